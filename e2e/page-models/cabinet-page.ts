import {expect, type Locator, type Page} from '@playwright/test';

/** "My site" in the app: the company profile and what the public site shows. */
export class CabinetPage {
  readonly saved: Locator;
  constructor(readonly page: Page) {
    this.saved = page.getByRole('status').filter({hasText: 'Сохранено'});
  }

  async openProfile(): Promise<void> {
    await this.page.goto('/site');
    await expect(this.page.getByRole('heading', {name: 'Сайт компании'})).toBeVisible();
    await expect(this.page.getByLabel('О компании', {exact: true})).toBeVisible();
  }

  async fillProfile(v: {description: string; activities: string[]; phone: string; whatsapp: string; telegram: string; address: string}): Promise<void> {
    await this.page.getByLabel('О компании', {exact: true}).fill(v.description);
    await this.page.getByLabel('Направления деятельности', {exact: true}).fill(v.activities.join('\n'));
    await this.page.getByLabel('Телефоны', {exact: true}).fill(v.phone);
    await this.page.getByLabel('Адрес', {exact: true}).fill(v.address);
    await this.page.getByLabel('WhatsApp (номер)').fill(v.whatsapp);
    await this.page.getByLabel('Telegram (имя пользователя)').fill(v.telegram);
  }

  /** Working days Monday–Friday 09:00–13:00 and 14:00–18:00 (a lunch break), Saturday short, Sunday off. */
  async setWeekdayHoursWithBreak(): Promise<void> {
    const mon = this.page.locator('[data-day="mon"]');
    await mon.getByRole('checkbox').check();
    await mon.getByLabel('Пн до').fill('13:00');
    await mon.getByRole('button', {name: '+ интервал'}).click();
    await this.page.getByRole('button', {name: 'Как в понедельник — на все будни'}).click();
    await this.page.locator('[data-day="sat"]').getByRole('checkbox').check();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', {name: 'Сохранить'}).click();
    await expect(this.saved).toBeVisible();
  }
}
