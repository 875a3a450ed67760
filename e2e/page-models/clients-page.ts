import {expect, type Locator, type Page} from '@playwright/test';

/** The client base and the open client, at any screen width. */
export class ClientsPage {
  readonly list: Locator;
  readonly card: Locator;
  readonly count: Locator;
  readonly connection: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('list', {name: 'Клиенты'});
    this.card = page.locator('article.client-card');
    this.count = page.getByTestId('client-count');
    this.connection = page.locator('.conn');
  }

  async open(): Promise<void> {
    await this.page.goto('/clients');
    await expect(this.page.getByRole('heading', {name: 'Клиенты', level: 1})).toBeVisible();
  }

  async waitOnline(): Promise<void> {
    await expect(this.connection).toHaveAttribute('data-state', 'connected', {timeout: 30_000});
  }

  /** Back to the list (on a phone an open client covers it). */
  async backToList(): Promise<void> {
    const back = this.page.locator('.back-link:visible');
    if (await back.count()) await back.first().click();
  }

  row(name: string | RegExp): Locator {
    return this.list.locator('.client-row', {hasText: name});
  }

  async search(query: string): Promise<void> {
    await this.backToList();
    await this.page.getByRole('searchbox', {name: 'Имя, телефон, почта или тег'}).fill(query);
  }

  async openClient(name: string | RegExp): Promise<void> {
    await this.backToList();
    await this.row(name).first().click();
    await expect(this.card).toBeVisible();
  }

  /** On a request card: a custom field of kind "client", filled by typing and choosing. */
  async pickClientInField(label: string, typed: string, name: string): Promise<void> {
    const field = this.page.locator('.custom-fields .field', {hasText: label});
    await field.getByRole('searchbox').fill(typed);
    await field.getByRole('option', {name}).click();
  }

  async openFilters(): Promise<void> {
    await this.backToList();
    await this.page.getByRole('button', {name: /^Фильтры/}).click();
  }

  async expectCount(n: number): Promise<void> {
    await expect(this.count).toHaveText(new RegExp(`^${n} клиент`), {timeout: 30_000});
  }

  timeline(): Locator {
    return this.card.locator('ol.timeline');
  }

  async createClient(v: {name: string; phones?: string; emails?: string; tags?: string}): Promise<void> {
    await this.backToList();
    await this.page.getByRole('link', {name: '+ Новый клиент'}).click();
    const form = this.page.locator('form.client-form');
    await form.getByLabel('Имя', {exact: true}).fill(v.name);
    if (v.phones) await form.getByLabel('Телефоны').fill(v.phones);
    if (v.emails) await form.getByLabel('Электронная почта').fill(v.emails);
    if (v.tags) await form.getByLabel('Теги').fill(v.tags);
    await form.getByRole('button', {name: 'Создать', exact: true}).click();
    await expect(this.card.getByRole('heading', {name: v.name})).toBeVisible();
  }

  async openDuplicates(): Promise<void> {
    await this.backToList();
    await this.page.getByRole('link', {name: /Возможные дубли/}).click();
    await expect(this.page.getByRole('heading', {name: 'Возможные дубли'})).toBeVisible();
  }

  /** From the duplicates page: merge the first proposed pair, keeping the older record. */
  async mergeFirstProposal(): Promise<void> {
    await this.page.locator('.dup-pair').first().getByRole('button', {name: 'Объединить'}).click();
    await this.card.locator('.merge-box').getByRole('button', {name: 'Объединить'}).click();
  }

  async undoMerge(): Promise<void> {
    await this.card.getByRole('button', {name: 'Отменить объединение'}).first().click();
  }

  async importFile(file: {name: string; mimeType: string; buffer: Buffer}): Promise<void> {
    await this.backToList();
    await this.page.getByRole('link', {name: 'Импорт'}).click();
    await this.page.getByLabel('Выбрать файл').setInputFiles(file);
  }

  importSummary(): Locator {
    return this.page.getByTestId('import-summary');
  }

  importButton(): Locator {
    return this.page.getByRole('button', {name: /^Загрузить \(\d+\)$/});
  }

  async skipRowsWithErrors(): Promise<void> {
    await this.page.getByRole('button', {name: 'Снять отметку со строк с ошибками'}).click();
  }

  /** Nothing may stick out sideways on a phone. */
  async expectFitsScreen(): Promise<void> {
    const {scroll, client} = await this.page.evaluate(() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth}));
    expect(scroll).toBeLessThanOrEqual(client);
  }
}
