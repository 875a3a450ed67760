// The team screen and an invitation link, as an owner and a colleague use them.
import {expect, type Locator, type Page} from '@playwright/test';

export class TeamPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/team');
    await expect(this.page.getByRole('heading', {name: 'Команда'})).toBeVisible();
  }

  get tempPasswordForm(): Locator {
    return this.page.locator('form', {has: this.page.getByRole('heading', {name: 'Или задать временный пароль'})});
  }

  /** "Add with a temporary password"; returns what the form then says. */
  async addWithPassword(v: {name: string; email: string; password: string}): Promise<Locator> {
    const form = this.tempPasswordForm;
    // The colleague's name, not "your name" (issue 11, item 10).
    await form.getByLabel('Имя сотрудника').fill(v.name);
    await form.getByLabel('Email').fill(v.email);
    await form.getByLabel('Пароль').fill(v.password);
    await form.getByRole('button', {name: 'Создать'}).click();
    return form;
  }

  async inviteLinkShown(): Promise<string> {
    const input = this.tempPasswordForm.locator('.invite-link input');
    await expect(input).toBeVisible();
    return input.inputValue();
  }

  members(): Locator {
    return this.page.locator('.members .member');
  }

  member(name: string): Locator {
    return this.members().filter({hasText: name});
  }

  /** "Switch off" on a colleague's row, confirming the question the app asks. */
  async switchOff(name: string): Promise<void> {
    this.page.once('dialog', (d) => void d.accept());
    await this.member(name).getByRole('button', {name: 'Отключить'}).click();
    await expect(this.member(name)).toContainText('отключён');
  }

  /** "Temporary password" on a colleague's row; returns the form it opens. */
  async setTemporaryPassword(name: string, password: string): Promise<Locator> {
    await this.member(name).getByRole('button', {name: 'Временный пароль'}).click();
    const form = this.member(name).locator('form.member-password');
    await form.getByLabel('Пароль').fill(password);
    await form.getByRole('button', {name: 'Задать пароль'}).click();
    return form;
  }
}

export class InvitePage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(new URL(url).pathname);
    await expect(this.page.getByRole('heading', {name: /Приглашение в компанию/})).toBeVisible();
  }

  /** Who the page says is signed in. */
  signedInAs(): Locator {
    return this.page.locator('.invite-as');
  }

  join(): Locator {
    return this.page.getByRole('button', {name: 'Присоединиться', exact: true});
  }

  async signInAndJoin(email: string, password: string): Promise<void> {
    await this.page.getByRole('button', {name: 'Уже есть аккаунт в dot? Войти и присоединиться'}).click();
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Пароль').fill(password);
    await this.page.getByRole('button', {name: 'Войти и присоединиться'}).click();
  }
}
