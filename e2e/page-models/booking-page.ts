import {expect, type Locator, type Page} from '@playwright/test';

/** The master's booking screens in the app: setup, the week, one booking. */
export class BookingPage {
  constructor(readonly page: Page) {}

  async open(path = '/booking'): Promise<void> {
    await this.page.goto(path);
  }

  async createProfile(v: {name: string; slug: string}): Promise<void> {
    await this.open();
    await expect(this.page.getByRole('heading', {name: 'Станьте мастером'})).toBeVisible();
    await this.page.getByLabel('Имя для клиентов').fill(v.name);
    await this.page.getByLabel('Адрес вашей ссылки').fill(v.slug);
    await this.page.getByRole('button', {name: 'Создать профиль мастера'}).click();
    await expect(this.page.getByRole('heading', {name: v.name})).toBeVisible();
  }

  async openSetup(): Promise<void> {
    await this.page.getByRole('link', {name: 'Настройка', exact: true}).click();
    await expect(this.page.getByRole('heading', {name: 'Места работы'})).toBeVisible();
  }

  get places(): Locator {
    return this.page.locator('.places-panel');
  }

  /** A new place: the editor opens with weekday hours 09–13, 14–18; `saturday` adds Saturday 09–18. */
  async addPlace(v: {name: string; address?: string; saturday?: boolean}): Promise<void> {
    const add = this.places.getByRole('button', {name: '+ Добавить место'});
    if (await add.isVisible()) await add.click();
    const editor = this.places.locator('form.place-editor').last();
    await editor.getByLabel('Название места').fill(v.name);
    if (v.address) await editor.getByLabel('Адрес').fill(v.address);
    if (v.saturday) await editor.locator('.hours-day[data-day="sat"] input[type=checkbox]').check();
    await editor.getByRole('button', {name: 'Сохранить'}).click();
    await expect(this.places.locator('details.place', {hasText: v.name})).toBeVisible();
  }

  async addService(v: {title: string; duration: number; buffer?: number; price?: string; only?: string}): Promise<void> {
    const panel = this.page.locator('.services-panel');
    await panel.getByRole('button', {name: '+ Добавить услугу'}).click();
    const editor = panel.locator('form.service-editor').last();
    await editor.getByLabel('Название услуги').fill(v.title);
    await editor.getByLabel('Длительность, мин').fill(String(v.duration));
    if (v.buffer) await editor.getByLabel('Перерыв после, мин').fill(String(v.buffer));
    if (v.price) await editor.getByLabel(/Цена/).fill(v.price);
    if (v.only) {
      for (const box of await editor.locator('fieldset .check').all()) {
        const label = (await box.textContent()) ?? '';
        if (label.trim() !== v.only) await box.locator('input').uncheck();
      }
    }
    await editor.getByRole('button', {name: 'Сохранить'}).click();
    await expect(panel.locator('details.service', {hasText: v.title})).toBeVisible();
  }

  /** The public link shown in the setup. */
  async publicLink(): Promise<string> {
    return (await this.page.locator('a.master-link').getAttribute('href'))!;
  }

  async openWeek(day: string): Promise<void> {
    await this.open(`/booking?week=${day}`);
    await expect(this.page.locator('.week-head')).toBeVisible();
  }

  /** A booking in the week, whichever layout (day list or grid) is showing. */
  booking(text: string): Locator {
    return this.page.locator('a.bk:visible', {hasText: text});
  }

  async moveTo(time: string): Promise<void> {
    await this.page.getByRole('button', {name: 'Перенести'}).click();
    await this.page.locator('.move-form').getByRole('button', {name: time, exact: true}).click();
    await this.page.locator('.move-form').getByRole('button', {name: 'Перенести'}).click();
    await expect(this.page.locator('.move-form')).toHaveCount(0);
  }

  /** "Book a client" for someone who phoned: any time typed in (the master's own choice). */
  async bookClient(v: {day: string; time: string; name: string; phone: string}): Promise<void> {
    await this.page.getByRole('link', {name: '+ Записать клиента'}).click();
    await this.page.getByLabel('Дата', {exact: true}).fill(v.day);
    await this.page.getByLabel('Время', {exact: true}).fill(v.time);
    await this.page.getByLabel('Имя клиента').fill(v.name);
    await this.page.getByLabel('Телефон клиента').fill(v.phone);
    await this.page.getByRole('button', {name: 'Записать', exact: true}).click();
  }

  /** The open booking. */
  get card(): Locator {
    return this.page.locator('section.booking-card');
  }

  /** One of the booking screens' tabs: "Неделя", "Настройка", "Клиенты", "Журнал". */
  async openTab(name: string): Promise<void> {
    await this.page.locator('nav.tabs').getByRole('link', {name, exact: true}).click();
  }

  /** On the master's client list: the client's name, a link to their card in the CRM. */
  clientLink(name: string): Locator {
    return this.page.locator('.clients-panel').getByRole('link', {name});
  }

  async expectFitsScreen(): Promise<void> {
    const {scroll, client} = await this.page.evaluate(() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth}));
    expect(scroll).toBeLessThanOrEqual(client);
  }
}
