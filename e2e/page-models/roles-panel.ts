// The company's roles on the team page: adopt a ready one, see and change what
// a role may do, and give a colleague several roles.
import {expect, type Locator, type Page} from '@playwright/test';

export class RolesPanel {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.locator('section', {has: this.page.getByRole('heading', {name: 'Роли', exact: true})});
  }

  async adopt(name: string): Promise<void> {
    await this.panel.getByLabel('Добавить готовую роль').selectOption({label: name});
    await this.panel.getByRole('button', {name: 'Добавить', exact: true}).click();
    await expect(this.role(name)).toBeVisible();
  }

  role(name: string): Locator {
    return this.panel.locator('.roles-list > li').filter({has: this.page.locator('summary', {hasText: name})});
  }

  /** Opens a role and returns its permission checkboxes' group. */
  async open(name: string): Promise<Locator> {
    await this.role(name).locator('summary').click();
    const group = this.role(name).getByRole('group', {name: `Что может роль «${name}»`});
    await expect(group).toBeVisible();
    return group;
  }

  /** Opens a colleague's roles and ticks or unticks one. */
  async setMemberRole(member: Locator, memberName: string, role: string, on: boolean): Promise<void> {
    const picker = member.locator('details.member-role-picker');
    if (!(await picker.getAttribute('open'))) await picker.locator('summary').click();
    const box = member.getByRole('group', {name: `Роли: ${memberName}`}).getByLabel(role);
    if (on) await box.check();
    else await box.uncheck();
  }
}
