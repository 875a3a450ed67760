import {expect, type Locator, type Page} from '@playwright/test';

/** My tasks, a task's card and the team's views, at any screen width. */
export class TasksPage {
  readonly card: Locator;
  readonly connection: Locator;

  constructor(readonly page: Page) {
    this.card = page.locator('article.task-card');
    this.connection = page.locator('.conn');
  }

  async open(path = '/tasks'): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.locator('main')).not.toBeEmpty();
  }

  async waitOnline(): Promise<void> {
    await expect(this.connection).toHaveAttribute('data-state', 'connected', {timeout: 30_000});
  }

  /** The task whose title is exactly this (another row may name it as what it waits on). */
  row(title: string, within: Locator | Page = this.page): Locator {
    return within.locator('.task-row').filter({has: this.page.locator('.task-title').getByText(title, {exact: true})});
  }

  group(name: 'returned' | 'overdue' | 'today' | 'upcoming' | 'none' | 'review'): Locator {
    return this.page.locator(`.task-group[data-group="${name}"]`);
  }

  async openTask(title: string): Promise<void> {
    await this.row(title).first().click();
    await expect(this.card).toBeVisible();
  }

  status(): Locator {
    return this.card.locator('.card-head .task-status');
  }

  move(label: string): Locator {
    return this.card.locator('.task-actions').getByRole('button', {name: label, exact: true});
  }

  whyNot(): Locator {
    return this.card.locator('.task-actions .why-list');
  }

  handIn(): Locator {
    return this.card.locator('form.hand-in');
  }

  handInButton(): Locator {
    return this.handIn().locator('button.primary[data-to]');
  }

  /** "N waiting to send" in the top bar (0 when the chip is gone), read in one step. */
  waitingCount(): Promise<number> {
    return this.page.evaluate(() => Number(document.querySelector('.outbox-chip')?.getAttribute('data-waiting') ?? 0));
  }

  attentionCount(): Promise<number> {
    return this.page.evaluate(() => Number(document.querySelector('.outbox-chip')?.getAttribute('data-attention') ?? 0));
  }

  async expectFitsScreen(): Promise<void> {
    const {scroll, client} = await this.page.evaluate(() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth}));
    expect(scroll).toBeLessThanOrEqual(client);
  }
}
