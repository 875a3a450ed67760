import {expect, type Page} from '@playwright/test';

/** The company's public mini-site, as a visitor sees it (no JavaScript needed). */
export class PublicSitePage {
  constructor(readonly page: Page) {}

  async openCatalog(slug: string, src?: string): Promise<void> {
    await this.page.goto(`/c/${slug}/catalog${src ? `?src=${src}` : ''}`);
  }

  /** The catalog is read from the server; the owner's device may still be syncing. */
  async waitForItem(slug: string, title: string, src?: string): Promise<void> {
    await expect
      .poll(
        async () => {
          await this.openCatalog(slug, src);
          return this.page.getByRole('link', {name: title}).count();
        },
        {timeout: 20_000},
      )
      .toBeGreaterThan(0);
  }

  async openItem(title: string): Promise<void> {
    await this.page.getByRole('link', {name: title}).first().click();
    await expect(this.page.getByRole('heading', {name: title})).toBeVisible();
  }

  async order(): Promise<void> {
    await this.page.getByRole('link', {name: 'Заказать'}).click();
    await expect(this.page.getByRole('heading', {name: 'Оставить заявку'})).toBeVisible();
  }
}
