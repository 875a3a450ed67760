// The request views in real Chromium, on a phone (cards, sort list, board
// scrolled sideways, drag by finger) and a desktop (table, header sort, drag
// by mouse): search in Russian and Kazakh, filters and sort, a saved filter
// that survives a reload, the board's guarded drag, and export of exactly
// the rows on screen.
import fs from 'node:fs';
import type {APIRequestContext} from '@playwright/test';
import Papa from 'papaparse';
import {readSheet} from 'read-excel-file/node';
import {expect, test} from './fixtures.ts';
import {RequestViews} from './support/request-views.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A moment on the company's clock (Almaty, UTC+5). */
const almaty = (ymd: string, hm = '10:00') => Date.parse(`${ymd}T${hm}:00+05:00`);

type Seed = {
  title: string;
  text?: string;
  clientName?: string;
  clientPhone?: string;
  priority?: string;
  createdAt: number;
  source?: string;
  typeId?: string;
  fields?: Record<string, unknown>;
};

async function create(request: APIRequestContext, seed: Seed): Promise<{id: string; number: number}> {
  const res = await request.post('/api/v1/requests', {data: {text: '', ...seed}});
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

/** Five requests on different days, priorities and channels; one Kazakh. */
async function seedFive(request: APIRequestContext) {
  await create(request, {
    title: 'Қала ішінде жеткізу',
    text: 'Гүлдер шоғы, Әсем апаға',
    clientName: 'Әсем',
    clientPhone: '+77015550011',
    priority: 'urgent',
    createdAt: almaty('2026-03-02'),
    source: 'form',
  });
  await create(request, {
    title: 'Замена смесителя',
    text: 'Течёт на кухне',
    clientName: 'Ержан',
    clientPhone: '+77012345678',
    priority: 'high',
    createdAt: almaty('2026-03-05', '02:00'),
    source: 'manual',
  });
  // 00:30 on 6 March in Almaty is still 5 March in UTC: the period filter counts the company's days.
  await create(request, {
    title: 'Ёлка к празднику',
    text: 'Доставка',
    clientName: 'Ольга',
    clientPhone: '+77771112233',
    priority: 'low',
    createdAt: almaty('2026-03-06', '00:30'),
    source: 'qr-door',
  });
  await create(request, {title: 'Счёт за аренду', clientName: 'ТОО Арман', priority: 'medium', createdAt: almaty('2026-02-20'), source: 'api'});
  await create(request, {title: 'Срочный ремонт двери', clientName: 'Бауыржан', priority: 'urgent', createdAt: almaty('2026-03-12'), source: 'manual'});
}

test('search in Russian and Kazakh, filters and sort narrow and order the list', async ({page, context, owner}) => {
  expect(owner.company.id).toMatch(UUID);
  await seedFive(context.request);
  const views = new RequestViews(page);
  await views.open();
  // Newest first by default.
  await views.expectSubjects(['Срочный ремонт двери', 'Ёлка к празднику', 'Замена смесителя', 'Қала ішінде жеткізу', 'Счёт за аренду']);

  // A Kazakh word typed on a Russian keyboard, in capitals, and with its own letters.
  await views.typeSearch('кала');
  await views.expectSubjects(['Қала ішінде жеткізу']);
  await views.typeSearch('ҚАЛА ІШІНДЕ');
  await views.expectSubjects(['Қала ішінде жеткізу']);
  await views.typeSearch('әсем апаға');
  await views.expectSubjects(['Қала ішінде жеткізу']);
  // ё and е are one letter; a phone matches however it is typed.
  await views.typeSearch('елка');
  await views.expectSubjects(['Ёлка к празднику']);
  await views.typeSearch('8 (701) 555-00-11');
  await views.expectSubjects(['Қала ішінде жеткізу']);
  await views.typeSearch('');

  await views.filter('Приоритет', 'Срочно');
  await views.expectSubjects(['Срочный ремонт двери', 'Қала ішінде жеткізу']);
  await views.sortBy('Тема / текст', 'asc');
  await views.expectSubjects(['Қала ішінде жеткізу', 'Срочный ремонт двери']);
  await views.sortBy('Тема / текст', 'desc');
  await views.expectSubjects(['Срочный ремонт двери', 'Қала ішінде жеткізу']);

  await views.clearFilters();
  await views.filter('Источник', 'Вручную', 'API');
  await views.sortBy('№', 'asc');
  await views.expectSubjects(['Замена смесителя', 'Счёт за аренду', 'Срочный ремонт двери']);

  await views.clearFilters();
  await views.period('2026-03-01', '2026-03-05');
  await views.expectSubjects(['Қала ішінде жеткізу', 'Замена смесителя']);
  await page.screenshot({path: test.info().outputPath('views-filtered.png')});
});

test('a saved filter opens again after a reload, and can be deleted', async ({page, context, owner}) => {
  expect(owner.member.role).toBe('owner');
  await seedFive(context.request);
  const views = new RequestViews(page);
  await views.open();
  await views.filter('Приоритет', 'Срочно', 'Высокий');
  await views.sortBy('Создана', 'asc');
  await views.expectSubjects(['Қала ішінде жеткізу', 'Замена смесителя', 'Срочный ремонт двери']);
  await views.saveView('Горящие');

  await page.reload();
  await views.expectSubjects(['Срочный ремонт двери', 'Ёлка к празднику', 'Замена смесителя', 'Қала ішінде жеткізу', 'Счёт за аренду']);
  await views.savedView('Горящие').click();
  await views.expectSubjects(['Қала ішінде жеткізу', 'Замена смесителя', 'Срочный ремонт двери']);
  await expect(views.savedView('Горящие')).toHaveAttribute('aria-pressed', 'true');

  await views.deleteView('Горящие');
  await page.reload();
  await expect(views.page.getByRole('group', {name: 'Мои фильтры'})).toBeVisible();
  await expect(views.savedView('Горящие')).toHaveCount(0);
});

test('the board moves a card by drag, refuses a guarded move with the reasons, and asks for a reason', async ({page, context, owner}) => {
  expect(owner.company.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  const installed = await context.request.post('/api/v1/request-types/templates/back_office');
  expect(installed.status(), await installed.text()).toBe(201);
  const types = (await installed.json()).data as {id: string; key: string}[];
  const paymentType = types.find((ty) => ty.key === 'payment')!;
  const payment = await create(context.request, {
    title: 'Оплата поставщику',
    typeId: paymentType.id,
    createdAt: Date.now(),
    fields: {supplier: 'ТОО Жеткізуші', amount: 150_000_000, pay_by: '2026-12-01', basis: 'contract'},
  });
  for (const status of ['in_progress', 'approval']) {
    const r = await context.request.patch(`/api/v1/requests/${payment.id}`, {data: {status}});
    expect(r.status(), await r.text()).toBe(200);
  }
  const fence = await create(context.request, {title: 'Покраска забора', clientName: 'Ержан', createdAt: Date.now()});
  const statusOf = async (id: string) => (await (await context.request.get(`/api/v1/requests/${id}`)).json()).status as string;

  const views = new RequestViews(page);
  await views.open();
  await views.showBoard('Заявка');
  await expect(views.column('Новая').locator('.board-card', {hasText: 'Покраска забора'})).toBeVisible();

  // Drag: a finger on the phone (by the handle), the mouse on a desktop.
  if (views.isPhone) await views.dragWithFinger('Покраска забора', 'В работе');
  else await views.dragWithMouse('Покраска забора', 'В работе');
  await expect(views.column('В работе').locator('.board-card', {hasText: 'Покраска забора'})).toBeVisible();
  await expect.poll(() => statusOf(fence.id)).toBe('in_progress');

  // The workflow has no way back to "new": the drop is refused, with the reason, and the card stays.
  await views.dragWithMouse('Покраска забора', 'Новая');
  await expect(views.refusal()).toContainText('в процессе нет перехода из «В работе» в «Новая»');
  await expect(views.column('В работе').locator('.board-card', {hasText: 'Покраска забора'})).toBeVisible();

  // A payment cannot be approved without the invoice and the basis attached.
  await views.showBoard('Оплата / счёт');
  await expect(views.column('На согласовании').locator('.board-card', {hasText: 'Оплата поставщику'})).toBeVisible();
  await views.dragWithMouse('Оплата поставщику', 'Ожидает оплаты/выполнения');
  await expect(views.refusal()).toContainText('Нельзя перевести заявку');
  await expect(views.refusal()).toContainText('приложите файл: счёт');
  await expect(views.refusal()).toContainText('приложите файл: основание (договор, акт или ТЗ)');
  await expect(views.column('На согласовании').locator('.board-card', {hasText: 'Оплата поставщику'})).toBeVisible();
  await expect(views.column('Ожидает оплаты/выполнения').locator('.board-card')).toHaveCount(0);
  expect(await statusOf(payment.id)).toBe('approval');
  await page.screenshot({path: test.info().outputPath('board-refused.png')});

  // The keyboard way, "Move to…": returning for rework asks for the reason first.
  await views.moveWithMenu('Оплата поставщику', 'Вернуть на доработку');
  const dialog = page.getByRole('dialog', {name: 'Перевод в «Возврат на доработку»: укажите причину'});
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', {name: 'Причина'}).fill('Нет счёта от поставщика');
  await dialog.getByRole('button', {name: 'Возврат на доработку'}).click();
  await expect(views.column('Возврат на доработку').locator('.board-card', {hasText: 'Оплата поставщику'})).toBeVisible();
  await expect.poll(() => statusOf(payment.id)).toBe('rework');
  const comments = (await (await context.request.get(`/api/v1/requests/${payment.id}/comments`)).json()).data as {body: string}[];
  expect(comments.map((c) => c.body)).toContain('Нет счёта от поставщика');
  await page.screenshot({path: test.info().outputPath('board.png')});
});

test('export downloads the rows on screen as CSV and XLSX, in their order', async ({page, context, owner}) => {
  expect(owner.company.id).toMatch(UUID);
  await seedFive(context.request);
  const views = new RequestViews(page);
  await views.open();
  await views.filter('Приоритет', 'Срочно', 'Высокий', 'Низкий');
  await views.sortBy('Тема / текст', 'asc');
  const shown = ['Ёлка к празднику', 'Замена смесителя', 'Қала ішінде жеткізу', 'Срочный ремонт двери'];
  await views.expectSubjects(shown);

  const csv = fs.readFileSync(await (await views.export('CSV')).path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel opens Cyrillic and Kazakh as UTF-8
  const table = Papa.parse<string[]>(csv.toString('utf8').replace(/^\uFEFF/, ''), {delimiter: ';', skipEmptyLines: true}).data;
  expect(table[0]).toEqual(['№', 'Тема / текст', 'Тип', 'Статус', 'Приоритет', 'Ответственный', 'Клиент', 'Телефон', 'Источник', 'Создана', 'Срок', 'SLA']);
  expect(table.slice(1).map((r) => r[1])).toEqual(shown);
  const kazakh = table.find((r) => r[1] === 'Қала ішінде жеткізу')!;
  expect(kazakh.slice(3, 10)).toEqual(['Новая', 'Срочно', '', 'Әсем', '+7 701 555 00 11', 'Форма на сайте', '02.03.2026 10:00']);

  const xlsx = fs.readFileSync(await (await views.export('Excel (XLSX)')).path());
  const sheet = (await readSheet(xlsx)) as unknown[][];
  expect(sheet[0]).toEqual(table[0]);
  expect(sheet.slice(1).map((r) => r[1])).toEqual(shown);
  const row = sheet.find((r) => r[1] === 'Қала ішінде жеткізу')!;
  expect(typeof row[0]).toBe('number');
  // A spreadsheet date is the company's wall clock: 10:00 in Almaty.
  expect((row[9] as Date).toISOString()).toBe('2026-03-02T10:00:00.000Z');
});
