import {expect, type Locator, type Page} from '@playwright/test';

/** Team → "Импорт исполнителей": pick a file, read the preview, tick rows, import. */
export class ExecutorsImportPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/team');
    await this.page.getByRole('link', {name: /Импорт исполнителей/}).click();
    await expect(this.page.getByRole('heading', {name: 'Импорт исполнителей из Excel'})).toBeVisible();
  }

  async pick(file: string): Promise<void> {
    await this.page.getByLabel('Файл со списком исполнителей').setInputFiles(file);
    await expect(this.summary()).toBeVisible();
  }

  summary(): Locator {
    return this.page.locator('.exec-summary');
  }

  /** The preview row of this line of the file. */
  row(line: number): Locator {
    return this.page.locator(`tr[data-line="${line}"]`);
  }

  tick(line: number): Locator {
    return this.page.getByRole('checkbox', {name: `Импортировать строку ${line}`});
  }

  async importAll(count: number): Promise<void> {
    await this.page.getByRole('button', {name: new RegExp(`^Импортировать ${count} строк`)}).click();
    await expect(this.page.getByRole('status').filter({hasText: /Добавлен/})).toBeVisible();
  }

  /** The team list, back on the team page. */
  async members(): Promise<Locator> {
    await this.page
      .getByRole('link', {name: /Команда/})
      .first()
      .click();
    return this.page.locator('ul.members');
  }
}
