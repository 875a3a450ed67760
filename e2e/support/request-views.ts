// Page model of the request views: search and filters, sort (table headers
// on a desktop, the sort list on a phone), saved filters, the board (drag by
// mouse or finger, or "Move to…"), and export.
import {expect, type Download, type Locator, type Page} from '@playwright/test';

export class RequestViews {
  readonly list: Locator;
  readonly board: Locator;
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.list = page.locator('.request-list');
    this.board = page.locator('.board');
    this.search = page.getByRole('searchbox', {name: 'Поиск по имени, телефону, тексту'});
  }

  get isPhone(): boolean {
    return (this.page.viewportSize()?.width ?? 1280) < 900;
  }

  async open(): Promise<void> {
    await this.page.goto('/requests');
    await expect(this.page.getByRole('heading', {name: 'Заявки'})).toBeVisible();
  }

  /** The subjects of the rows shown, top to bottom. */
  async subjects(): Promise<string[]> {
    return this.list.locator('.request-row .row-text').allInnerTexts();
  }

  async expectSubjects(expected: string[]): Promise<void> {
    await expect.poll(() => this.subjects()).toEqual(expected);
  }

  async typeSearch(text: string): Promise<void> {
    await this.search.fill(text);
  }

  async showAll(): Promise<void> {
    await this.page.getByRole('button', {name: /^Все\s*\d*$/}).click();
  }

  /** On a phone the filters fold behind one "Фильтры" button. */
  private async openFilters(): Promise<void> {
    const fold = this.page.locator('.fold-button');
    if ((await fold.count()) && (await fold.getAttribute('aria-expanded')) === 'false') await fold.click();
  }

  /** Ticks options of a filter ("Приоритет" → "Срочно"), then closes it. */
  async filter(name: string, ...options: string[]): Promise<void> {
    await this.openFilters();
    const group = this.page.getByRole('group', {name: 'Фильтры'});
    const pick = group.locator('details.pick').filter({has: this.page.locator('summary', {hasText: new RegExp(`^${name}`)})});
    await pick.locator('summary').click();
    for (const o of options) await pick.getByRole('checkbox', {name: o, exact: true}).check();
    await pick.locator('summary').click();
  }

  async period(from: string, to: string): Promise<void> {
    await this.openFilters();
    const pick = this.page.locator('details.pick-period');
    await pick.locator('summary').click();
    await pick.getByLabel('Создана с').fill(from);
    await pick.getByLabel('по', {exact: true}).fill(to);
    await pick.locator('summary').click();
  }

  async clearFilters(): Promise<void> {
    await this.openFilters();
    await this.page.getByRole('button', {name: /^Сбросить фильтры/}).click();
  }

  /** Sorts by a column the way the screen offers: a table header, or the sort list on a phone. */
  async sortBy(column: string, direction: 'asc' | 'desc'): Promise<void> {
    if (this.isPhone) {
      // The list names the number column in full.
      await this.page.getByRole('combobox', {name: 'Сортировка'}).selectOption({label: column === '№' ? 'Номер' : column});
      const toggle = this.page.locator('.sort-select button');
      if ((await toggle.getAttribute('aria-label')) !== (direction === 'asc' ? 'По возрастанию' : 'По убыванию')) await toggle.click();
      return;
    }
    const header = this.page.locator('th', {has: this.page.getByRole('button', {name: column, exact: true})});
    for (let i = 0; i < 3 && (await header.getAttribute('aria-sort')) !== (direction === 'asc' ? 'ascending' : 'descending'); i++) {
      await header.getByRole('button').click();
    }
    await expect(header).toHaveAttribute('aria-sort', direction === 'asc' ? 'ascending' : 'descending');
  }

  async saveView(name: string): Promise<void> {
    await this.page.getByRole('button', {name: '+ Сохранить фильтр'}).click();
    await this.page.getByRole('textbox', {name: 'Название фильтра'}).fill(name);
    await this.page.locator('.save-view-form').getByRole('button', {name: 'Сохранить'}).click();
    await expect(this.savedView(name)).toBeVisible();
  }

  savedView(name: string): Locator {
    return this.page.getByRole('group', {name: 'Мои фильтры'}).getByRole('button', {name, exact: true});
  }

  async deleteView(name: string): Promise<void> {
    await this.page.getByRole('button', {name: `Удалить фильтр «${name}»`}).click();
    await expect(this.savedView(name)).toHaveCount(0);
  }

  // ── Board ──

  async showBoard(typeName?: string): Promise<void> {
    await this.page.getByRole('group', {name: 'Вид'}).getByRole('button', {name: 'Доска'}).click();
    await expect(this.board).toBeVisible();
    if (typeName) await this.page.getByLabel('Тип заявок').selectOption({label: typeName});
  }

  async showList(): Promise<void> {
    await this.page.getByRole('group', {name: 'Вид'}).getByRole('button', {name: 'Список'}).click();
  }

  column(status: string): Locator {
    return this.board.getByRole('region', {name: status, exact: true});
  }

  card(text: string): Locator {
    return this.board.locator('.board-card', {hasText: text});
  }

  /** Where to put the pointer over a column: its middle, kept inside the visible part of the board. */
  private async pointOver(column: Locator): Promise<{x: number; y: number}> {
    const box = (await column.boundingBox())!;
    const view = (await this.board.boundingBox())!;
    const left = Math.max(box.x, view.x) + 8;
    const right = Math.min(box.x + box.width, view.x + view.width) - 8;
    return {x: (left + right) / 2, y: box.y + Math.min(box.height / 2, 60)};
  }

  /**
   * Scrolls the board (it scrolls sideways, a phone shows one column) so that
   * the card's column is in full view on the side away from the target, and
   * the target column shows beside it — where a person's thumb would go.
   */
  private async alignForDrag(cardText: string, toStatus: string): Promise<void> {
    const card = this.card(cardText);
    await card.evaluate(
      (el, status) => {
        const board = el.closest('.board') as HTMLElement;
        const from = el.closest('.board-column') as HTMLElement;
        const to = board.querySelector(`[data-column-status="${status}"]`) as HTMLElement;
        const left = (x: HTMLElement) => x.getBoundingClientRect().left - board.getBoundingClientRect().left + board.scrollLeft;
        board.scrollLeft = left(to) > left(from) ? left(from) - 4 : left(from) + from.offsetWidth - board.clientWidth + 4;
        el.scrollIntoView({block: 'center', inline: 'nearest'});
      },
      await this.column(toStatus).getAttribute('data-column-status'),
    );
  }

  /** Drags a card to a column with the mouse, as a person does (press, move in steps, release). */
  async dragWithMouse(cardText: string, toStatus: string): Promise<void> {
    const card = this.card(cardText);
    await this.alignForDrag(cardText, toStatus);
    const from = (await card.locator('.board-card-meta').boundingBox())!;
    const to = await this.pointOver(this.column(toStatus));
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, {steps: 12});
    await this.page.mouse.up();
  }

  /** Drags a card by its handle with a finger (real touch events through the DevTools protocol). */
  async dragWithFinger(cardText: string, toStatus: string): Promise<void> {
    const card = this.card(cardText);
    await this.alignForDrag(cardText, toStatus);
    const handle = (await card.locator('.drag-handle').boundingBox())!;
    const to = await this.pointOver(this.column(toStatus));
    const cdp = await this.page.context().newCDPSession(this.page);
    const at = (x: number, y: number) => [{x, y, id: 1, radiusX: 4, radiusY: 4, force: 1}];
    const x0 = handle.x + handle.width / 2;
    const y0 = handle.y + handle.height / 2;
    await cdp.send('Input.dispatchTouchEvent', {type: 'touchStart', touchPoints: at(x0, y0)});
    for (let i = 1; i <= 12; i++) {
      await cdp.send('Input.dispatchTouchEvent', {type: 'touchMove', touchPoints: at(x0 + ((to.x - x0) * i) / 12, y0 + ((to.y - y0) * i) / 12)});
    }
    await cdp.send('Input.dispatchTouchEvent', {type: 'touchEnd', touchPoints: []});
    await cdp.detach();
  }

  /** The keyboard way: "Move to…" on the card, then a status. */
  async moveWithMenu(cardText: string, moveLabel: string): Promise<void> {
    const card = this.card(cardText);
    await card.locator('.move-menu summary').focus();
    await this.page.keyboard.press('Enter');
    const option = card.locator('.move-option', {hasText: moveLabel}).first();
    await option.focus();
    await this.page.keyboard.press('Enter');
  }

  refusal(): Locator {
    return this.page.locator('.board-refusal');
  }

  // ── Export ──

  async export(kind: 'CSV' | 'Excel (XLSX)'): Promise<Download> {
    const menu = this.page.locator('.export-menu');
    await menu.locator('summary').click();
    const [download] = await Promise.all([this.page.waitForEvent('download'), menu.getByRole('button', {name: kind, exact: true}).click()]);
    return download;
  }
}
