import {expect, type Locator, type Page} from '@playwright/test';

/** The requests list and the open request, at any screen width. */
export class RequestsPage {
  readonly list: Locator;
  readonly card: Locator;
  readonly connection: Locator;
  readonly outbox: Locator;

  constructor(readonly page: Page) {
    this.list = page.locator('.request-list');
    this.card = page.locator('article.request-card');
    this.connection = page.locator('.conn');
    this.outbox = page.locator('.outbox-chip');
  }

  /** "N waiting to send" in the top bar (0 when the chip is gone). */
  waitingCount(): Promise<number> {
    return this.#chipCount('data-waiting');
  }

  attentionCount(): Promise<number> {
    return this.#chipCount('data-attention');
  }

  /**
   * Read in one step: a count() and then a getAttribute() would wait for the
   * chip without end when the last write lands between the two (seen in CI:
   * one such wait outlasted a 60 s poll).
   */
  #chipCount(attribute: string): Promise<number> {
    return this.page.evaluate((a) => Number(document.querySelector('.outbox-chip')?.getAttribute(a) ?? 0), attribute);
  }

  async addPhoto(file: {name: string; mimeType: string; buffer: Buffer}): Promise<void> {
    await this.card.locator('input[type=file][accept="image/*"]').setInputFiles(file);
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

  /** The row whose request text is exactly this. */
  rowWithText(text: string): Locator {
    return this.list.locator('.request-row').filter({has: this.page.locator('.row-text').getByText(text, {exact: true})});
  }

  async showAll(): Promise<void> {
    await this.page.getByRole('button', {name: /^(Все|Барлығы|All)\s*\d*$/}).click();
  }

  /** Nothing may stick out sideways on a phone: the screen never scrolls left and right. */
  async expectFitsScreen(): Promise<void> {
    const {scroll, client} = await this.page.evaluate(() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth}));
    expect(scroll).toBeLessThanOrEqual(client);
  }

  /** Back to the list (on a phone the open request covers it). */
  async backToList(): Promise<void> {
    const back = this.page.locator('.back-link:visible');
    if (await back.count()) await back.first().click();
  }

  async createManual(v: {client?: string; phone?: string; email?: string; text?: string}): Promise<void> {
    await this.backToList();
    await this.page.getByRole('link', {name: 'Новая заявка'}).click();
    const form = this.page.locator('form.request-card');
    if (v.client !== undefined) await form.getByLabel('Имя клиента', {exact: true}).fill(v.client);
    if (v.phone !== undefined) await form.getByLabel('Телефон', {exact: true}).fill(v.phone);
    if (v.email !== undefined) await form.getByLabel('Email', {exact: true}).fill(v.email);
    if (v.text !== undefined) await form.getByLabel('Текст заявки').fill(v.text);
    await form.getByRole('button', {name: 'Создать'}).click();
  }

  async openRequest(text: string | RegExp, exact = false): Promise<void> {
    await this.backToList();
    await (exact && typeof text === 'string' ? this.rowWithText(text) : this.row(text)).click();
    await expect(this.card).toBeVisible();
  }

  async setStatus(label: string): Promise<void> {
    await this.card.locator('.status-actions').getByRole('button', {name: label, exact: true}).click();
  }

  async comment(body: string): Promise<void> {
    await this.card.getByLabel('Написать комментарий…').fill(body);
    await this.card.locator('.comment-form').getByRole('button', {name: 'Добавить', exact: true}).click();
  }

  status(): Locator {
    return this.card.locator('.card-head .badge[data-status]');
  }

  history(): Locator {
    return this.card.locator('ol.history');
  }

  /** A typed request from the "new request" form: type, subject, and the type's fields by their labels. */
  async createTyped(v: {type?: string; title: string; priority?: string; responsible?: string; fields?: Record<string, string>}): Promise<void> {
    await this.backToList();
    await this.page.getByRole('link', {name: 'Новая заявка'}).click();
    const form = this.page.locator('form.request-card');
    if (v.type) await form.getByLabel('Тип заявки').selectOption({label: v.type});
    await form.getByLabel('Тема', {exact: true}).fill(v.title);
    if (v.priority) await form.getByLabel('Приоритет').selectOption({label: v.priority});
    if (v.responsible) await form.getByLabel('Ответственный').selectOption({label: v.responsible});
    for (const [label, value] of Object.entries(v.fields ?? {})) {
      const input = form.getByLabel(label, {exact: false}).first();
      if ((await input.evaluate((el) => el.tagName)) === 'SELECT') await input.selectOption({label: value});
      else {
        await input.fill(value);
        await input.blur();
      }
    }
    await form.getByRole('button', {name: 'Создать'}).click();
    await expect(this.card).toBeVisible();
  }

  /** A status move on the open card, by its button label. */
  move(label: string): Locator {
    return this.card.locator('.status-actions').getByRole('button', {name: label, exact: true});
  }

  /** Why the moves that cannot be made yet are blocked, as the card lists them. */
  whyNot(): Locator {
    return this.card.locator('.why-list');
  }

  async fillField(label: string, value: string): Promise<void> {
    const input = this.card.locator('.custom-fields').getByLabel(label).first();
    if ((await input.evaluate((el) => el.tagName)) === 'SELECT') await input.selectOption({label: value});
    else {
      await input.fill(value);
      await input.blur();
    }
  }

  async attach(kind: string, file: {name: string; mimeType: string; buffer: Buffer}): Promise<void> {
    await this.card.getByLabel('Что это за файл').selectOption({label: kind});
    await this.card.getByTestId('attach-file').setInputFiles(file);
    await expect(this.card.locator(`.files li[data-kind]`, {hasText: file.name})).toBeVisible();
  }
}
