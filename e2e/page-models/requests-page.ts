import {expect, type Locator, type Page} from '@playwright/test';

/** The requests list and the open request, at any screen width. */
export class RequestsPage {
  readonly list: Locator;
  readonly card: Locator;
  readonly connection: Locator;

  constructor(readonly page: Page) {
    this.list = page.locator('.request-list');
    this.card = page.locator('article.request-card');
    this.connection = page.locator('.conn');
  }

  async open(): Promise<void> {
    await this.page.goto('/requests');
    await expect(this.page.getByRole('heading', {name: /Заявки|Өтінімдер|Requests/})).toBeVisible();
  }

  async waitOnline(): Promise<void> {
    await expect(this.connection).toHaveAttribute('data-state', 'connected', {timeout: 30_000});
  }

  row(text: string | RegExp): Locator {
    return this.list.locator('.request-row', {hasText: text});
  }

  async showAll(): Promise<void> {
    await this.page.getByRole('button', {name: /^(Все|Барлығы|All)\s*\d*$/}).click();
  }

  async createManual(v: {client?: string; phone?: string; email?: string; text?: string}): Promise<void> {
    await this.page.getByRole('link', {name: 'Новая заявка'}).click();
    const form = this.page.locator('form.request-card');
    if (v.client !== undefined) await form.getByLabel('Клиент', {exact: true}).fill(v.client);
    if (v.phone !== undefined) await form.getByLabel('Телефон', {exact: true}).fill(v.phone);
    if (v.email !== undefined) await form.getByLabel('Email', {exact: true}).fill(v.email);
    if (v.text !== undefined) await form.getByLabel('Текст заявки').fill(v.text);
    await form.getByRole('button', {name: 'Создать'}).click();
  }

  async openRequest(text: string | RegExp): Promise<void> {
    await this.row(text).click();
    await expect(this.card).toBeVisible();
  }

  async setStatus(label: string): Promise<void> {
    await this.card.locator('.status-actions').getByRole('button', {name: label, exact: true}).click();
  }

  async comment(body: string): Promise<void> {
    await this.card.getByLabel('Написать комментарий…').fill(body);
    await this.card.getByRole('button', {name: 'Добавить'}).click();
  }

  status(): Locator {
    return this.card.locator('.card-head .badge');
  }

  history(): Locator {
    return this.card.locator('ol.history');
  }
}
