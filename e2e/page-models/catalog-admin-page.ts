import {expect, type Locator, type Page} from '@playwright/test';

/** The catalog in the app: categories, items, photos and their order. */
export class CatalogAdminPage {
  readonly rows: Locator;
  constructor(readonly page: Page) {
    this.rows = page.locator('.catalog-list .catalog-row');
  }

  async open(): Promise<void> {
    await this.page.goto('/catalog');
    await expect(this.page.getByRole('heading', {name: 'Каталог', exact: true})).toBeVisible();
  }

  async addCategory(title: string): Promise<void> {
    await this.page.goto('/catalog/categories');
    await this.page.getByLabel('Название', {exact: true}).fill(title);
    await this.page.getByRole('button', {name: 'Создать'}).click();
    await expect(this.page.locator('.category-list input').first()).toHaveValue(title);
  }

  async addItem(v: {title: string; category?: string; price?: string; from?: boolean; unit?: string; description?: string}): Promise<void> {
    await this.open();
    await this.page.getByRole('link', {name: '+ Новая позиция'}).click();
    await this.page.getByLabel('Название', {exact: true}).fill(v.title);
    if (v.category) await this.page.getByLabel('Категория').selectOption({label: v.category});
    if (v.from) await this.page.getByRole('button', {name: '«от»'}).click();
    if (v.price !== undefined) await this.page.getByLabel('Цена, ₸').fill(v.price);
    if (v.unit) await this.page.getByLabel('Единица').fill(v.unit);
    if (v.description) await this.page.getByLabel('Описание', {exact: true}).fill(v.description);
    await this.page.getByRole('button', {name: 'Создать'}).click();
    // Saved: the form turns into the item's card, with its photos.
    await expect(this.page.getByRole('heading', {name: 'Фотографии'})).toBeVisible();
  }

  async addPhoto(file: {name: string; mimeType: string; buffer: Buffer}): Promise<void> {
    const before = await this.page.locator('.photo-grid img').count();
    await this.page.locator('.item-images input[type=file]').setInputFiles(file);
    await expect(this.page.locator('.photo-grid img')).toHaveCount(before + 1, {timeout: 20_000});
  }

  async moveUp(title: string): Promise<void> {
    await this.page.getByRole('button', {name: `Выше: ${title}`}).click();
  }

  async titles(): Promise<string[]> {
    return this.rows.locator('.catalog-row-main b').allInnerTexts();
  }
}
