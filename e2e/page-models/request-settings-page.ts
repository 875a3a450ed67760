import {expect, type Locator, type Page} from '@playwright/test';

/** /settings/requests: templates, types, fields, workflows, message templates — in Russian. */
export class RequestSettingsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/settings');
    await this.fromSettings();
  }

  /** Through the menu, without a page load (a load starts a new sync client on the device). */
  async openViaMenu(): Promise<void> {
    await this.menu('Настройки');
    await this.fromSettings();
  }

  /** A phone's tab bar folds the later sections under «Ещё». */
  async menu(name: 'Заявки' | 'Настройки' | 'Команда'): Promise<void> {
    const nav = this.page.getByRole('navigation', {name: 'Меню'});
    const link = nav.getByRole('link', {name, exact: true});
    if (await link.isVisible()) return link.click();
    await nav.getByRole('link', {name: 'Ещё'}).click();
    await this.page.locator('.more-list').getByRole('link', {name, exact: true}).click();
  }

  private async fromSettings(): Promise<void> {
    await this.page.getByRole('link', {name: /Настроить заявки/}).click();
    await expect(this.page.getByRole('heading', {name: 'Настройка заявок'})).toBeVisible();
  }

  async installTemplate(name: string): Promise<void> {
    await this.page.getByRole('radio', {name: new RegExp(name)}).check();
    await this.page.getByRole('button', {name: `Установить «${name}»`}).click();
    await expect(this.page.getByRole('status').filter({hasText: `Шаблон «${name}» установлен`})).toBeVisible();
  }

  typeRow(name: string): Locator {
    return this.page.locator('.rs-type-row').filter({has: this.page.getByText(name, {exact: true})});
  }

  async openType(name: string, tab?: 'Поля' | 'Процесс'): Promise<void> {
    await this.typeRow(name).getByRole('link').click();
    await expect(this.page.getByRole('heading', {name})).toBeVisible();
    if (tab) await this.page.getByRole('link', {name: new RegExp(`^${tab}`)}).click();
  }

  /** The save bar of the form that holds `inside`. */
  async save(inside: Locator = this.page.locator('main'), name: string | RegExp = /^Сохранить/): Promise<void> {
    await inside.getByRole('button', {name}).click();
  }

  field(label: string): Locator {
    return this.page.locator('.rs-field').filter({has: this.page.locator('.rs-field-title b', {hasText: label})});
  }

  newFieldForm(): Locator {
    return this.page.locator('.rs-field-new form');
  }

  async startField(): Promise<Locator> {
    await this.page.getByRole('button', {name: 'Добавить поле'}).click();
    return this.newFieldForm();
  }

  /** A status by its Russian name as it stands in the draft. */
  status(name: string): Locator {
    return this.page.locator(`li.rs-status[data-name="${name}"]`);
  }

  statusByKey(key: string): Locator {
    return this.page.locator(`li.rs-status[data-status="${key}"]`);
  }

  async addStatus(name: string, kind: string): Promise<void> {
    await this.page.getByLabel('Название нового статуса').fill(name);
    await this.page.locator('.rs-add-row').getByLabel('Вид').selectOption({label: kind});
    await this.page.getByRole('button', {name: 'Добавить статус'}).click();
    await expect(this.status(name)).toBeVisible();
  }

  transition(from: string, to: string): Locator {
    return this.page.locator('li.rs-transition').filter({has: this.page.locator('summary b', {hasText: `${from} → ${to}`})});
  }

  async addTransition(from: string, to: string): Promise<Locator> {
    await this.page.getByLabel('Из статуса', {exact: true}).selectOption({label: from});
    await this.page.getByLabel('В статус', {exact: true}).selectOption({label: to});
    await this.page.getByRole('button', {name: 'Добавить переход'}).click();
    const row = this.transition(from, to);
    await expect(row.locator('details')).toHaveAttribute('open', '');
    return row;
  }

  async saveWorkflow(): Promise<void> {
    await this.page.getByRole('button', {name: 'Сохранить процесс'}).click();
  }

  workflowProblems(): Locator {
    return this.page.locator('.rs-workflow > .alert');
  }

  message(name: string): Locator {
    return this.page.locator('li.rs-message').filter({has: this.page.locator(':scope > details > summary b', {hasText: name})});
  }

  async openMessage(name: string): Promise<Locator> {
    await this.message(name).locator(':scope > details > summary').click();
    return this.message(name).locator('form');
  }

  /** Nothing may stick out sideways on a phone. */
  async expectFitsScreen(): Promise<void> {
    const {scroll, client} = await this.page.evaluate(() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth}));
    expect(scroll).toBeLessThanOrEqual(client);
  }
}
