import fs from 'node:fs';
import {expect, type Locator, type Page} from '@playwright/test';
import {readSheet} from 'read-excel-file/node';

/** /analytics: the dashboards, their filters, tables and export. */
export class AnalyticsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/analytics');
    await expect(this.page.getByRole('heading', {level: 1, name: 'Аналитика'})).toBeVisible();
  }

  /** Where the figures were computed: "device", "server" or "offline". */
  where(): Locator {
    return this.page.locator('[data-where]');
  }

  headline(): Locator {
    return this.page.getByTestId('requests-headline');
  }

  tile(id: string): Locator {
    return this.page.locator(`[data-tile="${id}"]`);
  }

  /** The cells of a table's row, by the text of its first cell. */
  async row(table: string, first: string): Promise<string[]> {
    const row = this.page.locator(`table[data-table="${table}"] tbody tr`).filter({has: this.page.getByRole('rowheader', {name: first, exact: true})});
    return (await row.locator('th, td').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
  }

  async preset(name: string): Promise<void> {
    await this.page.getByRole('group', {name: 'Период'}).getByRole('button', {name, exact: true}).click();
  }

  async custom(from: string, to: string): Promise<void> {
    await this.preset('Свой период');
    await this.page.getByLabel('С', {exact: true}).fill(from);
    await this.page.getByLabel('По', {exact: true}).fill(to);
  }

  async filter(label: string, option: string): Promise<void> {
    await this.page.getByLabel(label, {exact: true}).selectOption({label: option});
  }

  /** Turns a chart tile to its table and back. */
  async toggleTable(tile: string): Promise<void> {
    await this.tile(tile).locator('.an-toggle').click();
  }

  /** Downloads the XLSX and reads its one sheet. */
  async exportXlsx(): Promise<unknown[][]> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', {name: 'Excel (XLSX)'}).click()]);
    expect(download.suggestedFilename()).toMatch(/^analytics-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.xlsx$/);
    return (await readSheet(fs.readFileSync(await download.path()))) as unknown[][];
  }

  /** No element sticks out sideways (the tables scroll in their own boxes). */
  async expectFitsScreen(): Promise<void> {
    const wide = await this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(wide).toBeLessThanOrEqual(0);
  }
}
