import {expect, type Page} from '@playwright/test';

/** A client on a master's public booking pages (no JavaScript needed). */
export class PublicBookingPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', {name: 'Онлайн-запись'})).toBeVisible();
  }

  async chooseService(title: string): Promise<void> {
    await this.page.getByRole('link', {name: new RegExp(title)}).click();
  }

  async choosePlace(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', {name: 'Где вам удобно?'})).toBeVisible();
    await this.page.getByRole('link', {name: new RegExp(name)}).click();
  }

  /** The n-th day that has free time (0 = the first); returns its date. */
  async chooseDay(n: number): Promise<string> {
    await expect(this.page.getByRole('heading', {name: 'Выберите день'})).toBeVisible();
    const link = this.page.locator('ul.days a.slot').nth(n);
    const day = new URL((await link.getAttribute('href'))!, 'http://x').searchParams.get('day')!;
    await link.click();
    return day;
  }

  /** The times offered on the open day, as "HH:MM" labels. */
  async times(): Promise<string[]> {
    await expect(this.page.getByRole('heading', {name: 'Выберите время'})).toBeVisible();
    return this.page.locator('main > ul.slots a.slot').allTextContents();
  }

  /** Picks a time; returns its moment (epoch ms) from the link. */
  async chooseTime(label: string): Promise<number> {
    const link = this.page.locator('main > ul.slots a.slot', {hasText: label}).first();
    const time = Number(new URL((await link.getAttribute('href'))!, 'http://x').searchParams.get('time'));
    await link.click();
    return time;
  }

  async fillDetails(v: {name: string; phone: string; email?: string}): Promise<void> {
    await this.page.getByLabel('Ваше имя').fill(v.name);
    await this.page.getByLabel('Телефон').fill(v.phone);
    if (v.email) await this.page.getByLabel(/^Email/).fill(v.email);
    await this.page.getByRole('button', {name: 'Записаться'}).click();
  }

  async expectBooked(): Promise<void> {
    await expect(this.page.getByText('Вы записаны!')).toBeVisible();
  }
}
