import {expect, type Page} from '@playwright/test';

/** The server-rendered form a customer opens from a link or a QR code. */
export class PublicRequestPage {
  constructor(readonly page: Page) {}

  async open(slug: string, src?: string): Promise<void> {
    await this.page.goto(`/c/${slug}/request${src ? `?src=${src}` : ''}`);
  }

  async submit(v: {name?: string; phone?: string; text?: string}): Promise<void> {
    if (v.name !== undefined) await this.page.getByLabel('Ваше имя').fill(v.name);
    if (v.phone !== undefined) await this.page.getByLabel('Телефон').fill(v.phone);
    if (v.text !== undefined) await this.page.getByLabel('Что вам нужно?').fill(v.text);
    await this.page.getByRole('button', {name: 'Отправить заявку'}).click();
  }

  async expectThanks(): Promise<void> {
    await expect(this.page.getByRole('heading', {name: 'Спасибо! Заявка принята'})).toBeVisible();
  }
}
