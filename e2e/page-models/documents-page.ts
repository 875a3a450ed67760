import fs from 'node:fs';
import {expect, type Download, type Locator, type Page} from '@playwright/test';

/** The document archive, a new document and a document's card, at any screen width. */
export class DocumentsPage {
  readonly card: Locator;
  readonly connection: Locator;

  constructor(readonly page: Page) {
    this.card = page.locator('article.doc-card');
    this.connection = page.locator('.conn');
  }

  async open(path = '/documents'): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.locator('main')).not.toBeEmpty();
  }

  async waitOnline(): Promise<void> {
    await expect(this.connection).toHaveAttribute('data-state', 'connected', {timeout: 30_000});
  }

  row(title: string): Locator {
    return this.page.locator('.doc-row').filter({has: this.page.locator('.doc-title').getByText(title, {exact: true})});
  }

  status(): Locator {
    return this.card.locator('.card-head .doc-status');
  }

  move(label: string): Locator {
    return this.card.locator('.doc-moves').getByRole('button', {name: label, exact: true});
  }

  whyNot(): Locator {
    return this.card.locator('.doc-moves .why-list');
  }

  version(number: number): Locator {
    return this.card.locator(`.doc-version[data-version="${number}"]`);
  }

  approval(step: string): Locator {
    return this.card.locator(`.approval[data-step="${step}"]`);
  }

  /** Downloads a version and returns its bytes. */
  async download(number: number): Promise<Buffer> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.version(number).getByRole('button', {name: 'Скачать'}).click()]);
    return bytes(download);
  }

  async expectFitsScreen(): Promise<void> {
    const {scroll, client} = await this.page.evaluate(() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth}));
    expect(scroll).toBeLessThanOrEqual(client);
  }
}

async function bytes(download: Download): Promise<Buffer> {
  const file = await download.path();
  return fs.readFileSync(file);
}
