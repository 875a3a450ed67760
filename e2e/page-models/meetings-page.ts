import {expect, type Locator, type Page} from '@playwright/test';

export type CommitmentInput = {text: string; owner: string; due: string; toWhom?: 'head' | 'team'};

/** Meetings: the list, the form, a meeting's page with its commitments, and the commitments view. */
export class MeetingsPage {
  readonly form: Locator;
  readonly card: Locator;
  readonly results: Locator;
  readonly board: Locator;

  constructor(readonly page: Page) {
    this.form = page.locator('form.meeting-form');
    this.card = page.locator('article.meeting-card');
    this.results = page.locator('form.results');
    this.board = page.locator('.commitments-board');
  }

  async open(): Promise<void> {
    await this.page.goto('/meetings');
    await expect(this.page.getByRole('heading', {name: /^(Встречи|Кездесулер|Meetings)$/})).toBeVisible();
  }

  async waitOnline(): Promise<void> {
    await expect(this.page.locator('.conn')).toHaveAttribute('data-state', 'connected', {timeout: 30_000});
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('link', {name: 'Новая встреча'}).click();
    await expect(this.form).toBeVisible();
  }

  /** The form's error summary ("Проверьте поля: …"). */
  summary(): Locator {
    return this.form.getByRole('alert').first();
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', {name: /^(Создать|Сохранить)$/}).click();
  }

  async fill(v: {
    topic?: string;
    members?: string[];
    guest?: {email: string; name: string};
    date?: string;
    start?: string;
    end?: string;
    place?: string;
    agenda?: string;
    repeat?: string;
  }) {
    if (v.topic !== undefined) await this.form.getByLabel('Тема').fill(v.topic);
    for (const name of v.members ?? []) await this.form.locator('.member-pick', {hasText: name}).locator('input').check();
    if (v.guest) {
      await this.form.getByRole('button', {name: 'Добавить гостя'}).click();
      const row = this.form.locator('.guest-row').last();
      await row.getByLabel('Email гостя').fill(v.guest.email);
      await row.getByLabel('Имя гостя').fill(v.guest.name);
    }
    if (v.date !== undefined) await this.form.getByLabel('Дата').fill(v.date);
    if (v.start !== undefined) await this.form.getByLabel('Начало').fill(v.start);
    if (v.end !== undefined) await this.form.getByLabel('Окончание').fill(v.end);
    if (v.place !== undefined) await this.form.getByLabel('Место').fill(v.place);
    if (v.agenda !== undefined) await this.form.getByLabel('Повестка').fill(v.agenda);
    if (v.repeat !== undefined) await this.form.getByLabel('Повтор').selectOption({label: v.repeat});
  }

  busyPanel(): Locator {
    return this.form.getByTestId('busy-panel');
  }

  /** The id in /meetings/<id>, once the meeting's page is open. */
  async openedId(): Promise<string> {
    await expect(this.page).toHaveURL(/\/meetings\/[0-9a-f-]{20,}$/);
    return new URL(this.page.url()).pathname.split('/').pop()!;
  }

  commitmentRows(): Locator {
    return this.results.locator('.commitment-row');
  }

  async addCommitment(c: CommitmentInput): Promise<void> {
    await this.results.getByRole('button', {name: 'Добавить договорённость'}).click();
    const row = this.commitmentRows().last();
    await row.getByLabel('Что сделать').fill(c.text);
    await row.getByLabel('Кто').selectOption({label: c.owner});
    await row.getByLabel('Срок').fill(c.due);
    await row.getByLabel('Кому обещано').selectOption(c.toWhom ?? 'team');
  }

  async saveResults(): Promise<void> {
    await this.results.getByRole('button', {name: 'Сохранить итоги'}).click();
    await expect(this.results.getByRole('status')).toContainText('Итоги сохранены');
  }

  /** A commitment row of the editor and the task it became ([data-task-id], its status). */
  taskOf(row: Locator): Locator {
    return row.locator('.task-link');
  }

  /** "Перенесено с прошлой встречи": the open commitments of the series' earlier meetings. */
  carried(): Locator {
    return this.results.locator('.carried-list > li');
  }

  async takeCarried(text: string): Promise<void> {
    await this.carried().filter({hasText: text}).getByRole('button', {name: 'Добавить в договорённости'}).click();
  }

  calendar(): Locator {
    return this.page.locator('.calendar-panel');
  }

  boardRow(text: string): Locator {
    return this.board.locator('.commitment-row', {hasText: text});
  }
}
