import {expect, type Locator, type Page} from '@playwright/test';

/** Finance: the registry, an invoice's card and its approvals, budgets and settings, at any screen width. */
export class FinancePage {
  readonly card: Locator;
  readonly connection: Locator;

  constructor(readonly page: Page) {
    this.card = page.locator('article.invoice-card');
    this.connection = page.locator('.conn');
  }

  async open(path = '/finance'): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.locator('main')).not.toBeEmpty();
  }

  async waitOnline(): Promise<void> {
    await expect(this.connection).toHaveAttribute('data-state', 'connected', {timeout: 30_000});
  }

  tab(name: string): Locator {
    return this.page.locator('.fin-tabs').getByRole('link', {name});
  }

  /** An invoice in a phone list or a desktop table row, by its counterparty's name. */
  item(counterparty: string): Locator {
    return this.page.locator('.invoice-item, tr.invoice-row').filter({hasText: counterparty});
  }

  status(): Locator {
    return this.card.locator('.card-head .invoice-status');
  }

  move(label: string): Locator {
    return this.card.locator('.invoice-actions').getByRole('button', {name: label, exact: true});
  }

  whyNot(): Locator {
    return this.card.locator('.invoice-actions .why-list');
  }

  approvals(): Locator {
    return this.card.locator('[data-testid=approval-panel]');
  }

  step(key: string): Locator {
    return this.approvals().locator(`.approval-step[data-step="${key}"]`);
  }

  impact(): Locator {
    return this.card.locator('[data-testid=budget-impact]');
  }

  figure(within: Locator, key: string): Locator {
    return within.locator(`[data-figure="${key}"] dd`);
  }

  waitingCount(): Promise<number> {
    return this.page.evaluate(() => Number(document.querySelector('.outbox-chip')?.getAttribute('data-waiting') ?? 0));
  }

  async expectFitsScreen(): Promise<void> {
    const {scroll, client} = await this.page.evaluate(() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth}));
    expect(scroll).toBeLessThanOrEqual(client);
  }
}
