// Finance (issue 16) as a back office lives it, on the real stack: a payment
// request becomes an invoice in two clicks (the supplier becomes a
// counterparty with its BIN checked as typed); the chain asks finance and —
// because of the amount (≥ 500 000 ₸) — the head; the head, on a 390 px phone,
// sees the budget impact before deciding and approves offline, the decision
// landing once the network is back; the accountant marks it paid; the budget
// line's actual moves; the registry exports to XLSX with its Cyrillic headers.
import fs from 'node:fs';
import type {APIRequestContext, Browser, BrowserContext, Page} from '@playwright/test';
import {readSheet} from 'read-excel-file/node';
import {binCheckDigit} from '#shared/finance/kz.ts';
import {expect, logIn, newDevice, test, uniqueEmail} from './fixtures.ts';
import {FinancePage} from './page-models/finance-page.ts';
import {offline, online} from './support/network.ts';
import {shoot} from './support/shoot.ts';

test.describe.configure({timeout: 180_000});

async function ok(res: Awaited<ReturnType<APIRequestContext['post']>>): Promise<any> {
  expect(res.status(), await res.text()).toBeLessThan(300);
  return res.json().catch(() => ({}));
}

async function member(api: APIRequestContext, name: string, role: string) {
  const email = uniqueEmail(role);
  await ok(await api.post('/api/v1/members', {data: {name, email, role, password: 'colleague1'}}));
  return {email, password: 'colleague1'};
}

async function upload(api: APIRequestContext, name: string): Promise<string> {
  const fileId = crypto.randomUUID();
  await ok(
    await api.put(`/api/v1/files/${fileId}`, {
      headers: {'content-type': 'application/pdf', 'x-file-name': name},
      data: Buffer.from(`%PDF-1.4\n% ${name}\n%%EOF\n`),
    }),
  );
  return fileId;
}

/** A valid BIN: eleven digits and their check digit. */
function validBin(): string {
  for (let n = 70_040_000_001; ; n++) {
    const check = binCheckDigit(String(n));
    if (check !== null) return `${n}${check}`;
  }
}

async function device(browser: Browser, baseURL: string | undefined, like: Page, who: {email: string; password: string}) {
  const context: BrowserContext = await newDevice(browser, baseURL, like);
  await logIn(context, who.email, who.password);
  return {context, app: new FinancePage(await context.newPage())};
}

const SUPPLIER = 'ТОО «Алатау Плаза Девелопмент»';

test('a payment request becomes an invoice; the head approves it from a phone seeing the budget impact; the accountant pays; the budget and the export follow', async ({
  page,
  owner,
  browser,
  baseURL,
}) => {
  expect(owner.member.role).toBe('owner');
  const api = page.request;
  await ok(await api.patch('/api/v1/company/modules', {data: {modules: {finance: true}}}));
  await ok(await api.post('/api/v1/request-types/templates/back_office'));
  const accountantLogin = await member(api, 'Бухгалтер Гульнар', 'finance');
  const headLogin = await member(api, 'Руководитель Ержан', 'head');

  // A payment request with its invoice and basis files.
  const types = (await ok(await api.get('/api/v1/request-types'))).data as {id: string; key: string}[];
  const title = `Оплата аренды офиса ${Date.now()}`;
  const request = await ok(
    await api.post('/api/v1/requests', {
      data: {
        typeId: types.find((t) => t.key === 'payment')!.id,
        title,
        fields: {supplier: SUPPLIER, amount: 650_000_00, pay_by: '2026-12-20', basis: 'contract', purpose: 'Аренда офиса за декабрь'},
      },
    }),
  );
  for (const [kind, name] of [
    ['invoice', 'schet-318.pdf'],
    ['basis', 'dogovor-arendy.pdf'],
  ] as const) {
    await ok(await api.post(`/api/v1/requests/${request.id}/attachments`, {data: {fileId: await upload(api, name), kind}}));
  }
  // The lease contract in the archive: the invoice's basis.
  const contract = await ok(
    await api.post('/api/v1/documents', {data: {title: 'Договор аренды офиса', kind: 'contract', number: 'А-17', createdAt: Date.now()}}),
  );

  // The owner sets up the expense item and the month's budget line on the screens. The device learns of the
  // module switched on at its first load (/auth/me); the write context is the session's as the app starts.
  const fin = new FinancePage(page);
  await fin.open('/requests');
  await page.waitForFunction(() => localStorage.getItem('dot.session')?.includes('finance.manage'));
  await fin.open('/finance/settings');
  await fin.waitOnline();
  await page.getByLabel('Новая статья расходов').fill('Аренда');
  await page.locator('.items-editor').getByRole('button', {name: 'Добавить'}).click();
  await expect(page.locator('.items-editor')).toContainText('Аренда');
  await fin.open('/finance/budgets');
  await page.getByRole('button', {name: 'Месяц'}).click();
  // The line is planned in December 2026 (the invoice's pay-by month), whatever today is.
  for (let i = 0; i < 24 && (await page.locator('.period-name').getAttribute('data-period')) !== '2026-12'; i++) {
    const now = (await page.locator('.period-name').getAttribute('data-period'))!;
    await page.getByRole('button', {name: now < '2026-12' ? 'Следующий период' : 'Предыдущий период'}).click();
  }
  await expect(page.locator('.period-name')).toHaveAttribute('data-period', '2026-12');
  await page.getByRole('button', {name: '+ Добавить статью бюджета'}).click();
  const editor = page.locator('.line-editor');
  await editor.getByLabel('Статья расходов').selectOption({label: 'Аренда'});
  await editor.getByLabel('Проект').fill('Офис Алматы');
  await editor.getByLabel('План', {exact: true}).fill('2 000 000');
  await editor.getByRole('button', {name: 'Сохранить'}).click();
  const line = page.locator('.budget-line').filter({hasText: 'Аренда'});
  await expect(fin.figure(line, 'plan')).toHaveText(/2\s000\s000\s₸/);

  // a) "Создать счёт" on the request: the supplier, amount, deadline and purpose come along.
  await page.goto(`/requests/${request.id}`);
  await page.getByTestId('create-invoice').click();
  const form = page.locator('form.new-invoice');
  await expect(form.getByLabel('Сумма', {exact: true})).toHaveValue('650000');
  await expect(form.getByLabel('Срок оплаты')).toHaveValue('2026-12-20');
  await expect(form.getByLabel('Назначение платежа')).toHaveValue('Аренда офиса за декабрь');
  await expect(form.getByLabel('Название контрагента')).toHaveValue(SUPPLIER);
  // The BIN is checked as it is typed.
  const bin = validBin();
  const wrong = `${bin.slice(0, 11)}${(Number(bin[11]) + 1) % 10}`;
  await form.getByLabel('БИН / ИИН').fill(wrong);
  await expect(form.locator('.field-error')).toContainText('БИН/ИИН');
  await form.getByLabel('БИН / ИИН').fill(bin);
  await expect(form.getByText('БИН/ИИН проверен')).toBeVisible();
  await fin.expectFitsScreen();
  await shoot(page, 'finance-new-from-request');
  await form.getByLabel('Номер счёта').fill('318');
  await form.getByLabel('Статья бюджета').selectOption({label: 'Аренда · Офис Алматы · 2026-12'});
  await form.getByRole('button', {name: 'Создать'}).click();
  await expect(fin.card).toBeVisible();
  await expect(fin.status()).toHaveText('Получен');
  await expect(fin.card.locator('[data-testid=counterparty-facts]')).toContainText(bin);
  // The request's files came along; the basis is picked from the archive.
  await expect(fin.card.locator('.invoice-files .file[data-kind=invoice]')).toHaveCount(1);
  await fin.card.getByLabel('Основание (договор)').selectOption(contract.id);
  await fin.move('На согласование').click();
  await expect(fin.status()).toHaveText('На согласовании');
  // The chain: finance first, then the head because of the amount.
  await expect(fin.step('finance')).toHaveAttribute('data-decision', 'pending');
  await expect(fin.step('head')).toContainText('из-за суммы');
  const invoiceUrl = page.url();

  // b) The accountant approves her step.
  const accountant = await device(browser, baseURL, page, accountantLogin);
  await accountant.app.open(new URL(invoiceUrl).pathname);
  await accountant.app.waitOnline();
  await accountant.app.card.getByTestId('my-decision').getByRole('button', {name: 'Согласовать'}).click();
  await expect(accountant.app.step('finance')).toHaveAttribute('data-decision', 'approved');

  // c) The head, on a 390 px phone: "Awaiting my approval" first, a count on the navigation, the budget impact before deciding.
  const head = await device(browser, baseURL, page, headLogin);
  await head.app.page.setViewportSize({width: 390, height: 844});
  await head.app.open('/finance');
  await head.app.waitOnline();
  await expect(head.app.page.getByTestId('finance-approvals').first()).toHaveText('1');
  await expect(head.app.tab('На согласовании у меня')).toHaveAttribute('aria-current', 'page');
  await expect(head.app.item(SUPPLIER)).toContainText('Ваш шаг: Руководитель');
  await head.app.expectFitsScreen();
  await shoot(head.app.page, 'finance-head-approvals');
  await head.app.item(SUPPLIER).click();
  const impact = head.app.impact();
  await expect(impact).toBeVisible();
  await expect(head.app.figure(impact, 'plan')).toHaveText(/2\s000\s000\s₸/);
  await expect(head.app.figure(impact, 'this')).toHaveText(/650\s000\s₸/);
  await expect(head.app.figure(impact, 'after')).toHaveText(/1\s350\s000\s₸/);
  // The basis is named though the archive's draft is not the head's to read.
  await expect(head.app.card.locator('#inv-basisId')).toHaveText('Договор аренды офиса № А-17');
  await head.app.expectFitsScreen();
  await shoot(head.app.page, 'finance-head-impact');
  // Offline: the decision waits on the phone, then lands.
  await offline(head.context);
  await head.app.card.getByTestId('my-decision').getByRole('button', {name: 'Согласовать'}).click();
  await expect(head.app.step('head')).toHaveAttribute('data-decision', 'approved');
  await expect.poll(() => head.app.waitingCount()).toBeGreaterThan(0);
  await online(head.context);
  await expect.poll(() => head.app.waitingCount(), {timeout: 30_000}).toBe(0);
  await expect(head.app.status()).toHaveText('Согласован', {timeout: 30_000});

  // d) The accountant marks it paid; the line's actual moves.
  await expect(accountant.app.status()).toHaveText('Согласован', {timeout: 30_000});
  await accountant.app.move('Оплачен').click();
  const pay = accountant.app.card.getByTestId('pay-form');
  await pay.getByLabel('Дата оплаты').fill('2026-12-18');
  await pay.getByRole('button', {name: 'Отметить оплаченным'}).click();
  await expect(accountant.app.status()).toHaveText('Оплачен');
  await fin.open('/finance/budgets');
  await expect(fin.figure(line, 'actual')).toHaveText(/650\s000\s₸/);
  await expect(fin.figure(line, 'remainder')).toHaveText(/1\s350\s000\s₸/);
  // The line's owner note on the over/under report, kept once saved.
  const report = page.locator('.report-line').filter({hasText: 'Аренда'});
  await expect(report).toContainText('Экономия 1 350 000 ₸');
  await report.getByLabel('Пояснение ответственного').fill('Часть аренды оплатим в январе');
  await report.getByRole('button', {name: 'Сохранить'}).click();
  await expect(report.getByRole('button', {name: 'Сохранить'})).toBeDisabled();
  await page.reload();
  await expect(report.getByLabel('Пояснение ответственного')).toHaveValue('Часть аренды оплатим в январе');
  await shoot(page, 'finance-budgets');

  // e) The registry exports what it shows to XLSX, headers in Russian.
  await fin.open('/finance/registry');
  await expect(fin.item(SUPPLIER)).toBeVisible();
  await shoot(page, 'finance-registry');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  const sheet = (await readSheet(fs.readFileSync(await download.path()))) as unknown[][];
  expect(sheet[0]).toEqual(expect.arrayContaining(['Номер', 'Контрагент', 'Сумма, ₸', 'Статус']));
  expect(sheet.length).toBe(2);
  expect(sheet[1]).toEqual(expect.arrayContaining(['318', SUPPLIER]));
  // The export carries the filter on the screen: no approved invoice is left, so only the headers.
  await page.locator('.fin-filters').getByLabel('Статус').selectOption({label: 'Согласован'});
  await expect(page.locator('.fin-registry .empty')).toHaveText('Под фильтр не подходит ни один счёт');
  const [filtered] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  expect(((await readSheet(fs.readFileSync(await filtered.path()))) as unknown[][]).length).toBe(1);
  await head.context.close();
  await accountant.context.close();
});

test('an invoice made from an uploaded file while offline keeps the file on the device and lands with it', async ({page, owner, context}) => {
  expect(owner.member.role).toBe('owner');
  const api = page.request;
  await ok(await api.patch('/api/v1/company/modules', {data: {modules: {finance: true}}}));
  const itemId = crypto.randomUUID();
  await ok(await api.post('/api/v1/expense-items', {data: {id: itemId, name: 'Канцтовары'}}));
  await ok(await api.post('/api/v1/counterparties', {data: {name: 'ИП «Қағаз әлемі»', bin: validBin()}}));
  await ok(await api.post('/api/v1/budget-lines', {data: {period: '2026-12', itemId, project: 'Офис', plan: 300_000_00}}));
  const fin = new FinancePage(page);
  await fin.open('/requests');
  await page.waitForFunction(() => localStorage.getItem('dot.session')?.includes('finance.manage'));
  await fin.open('/finance/new');
  await fin.waitOnline();
  const form = page.locator('form.new-invoice');
  await expect(form.getByLabel('Статья бюджета').locator('option', {hasText: 'Канцтовары'})).toHaveCount(1);
  await page.evaluate(() => navigator.serviceWorker.ready);

  await offline(context);
  await form.getByTestId('invoice-file').setInputFiles({name: 'schet-77.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% 77\n%%EOF\n')});
  await expect(form).toContainText('Файл счёта: schet-77.pdf');
  await form.getByLabel('Контрагент').selectOption({label: `ИП «Қағаз әлемі» (${validBin()})`});
  await form.getByLabel('Номер счёта').fill('77');
  await form.getByLabel('Сумма', {exact: true}).fill('48 500,50');
  await form.getByLabel('Срок оплаты').fill('2026-12-25');
  await form.getByLabel('Статья бюджета').selectOption({label: 'Канцтовары · Офис · 2026-12'});
  await form.getByRole('button', {name: 'Создать'}).click();
  await expect(fin.card).toBeVisible();
  await expect(fin.card.getByTestId('invoice-amount')).toHaveText(/48\s500,50\s₸/);
  await expect(fin.card.locator('.invoice-files .file.waiting')).toContainText('schet-77.pdf');
  await expect.poll(() => fin.waitingCount()).toBeGreaterThan(0);
  await fin.expectFitsScreen();
  await shoot(page, 'finance-invoice-offline');

  // The file waiting on the device counts: it may be sent for approval now; the outbox sends that after the file.
  await expect(fin.whyNot()).toBeEmpty();
  await fin.move('На согласование').click();
  await expect(fin.card.getByTestId('invoice-waiting')).toBeVisible();
  await expect(fin.move('На согласование')).toHaveCount(0);

  await online(context);
  await expect.poll(() => fin.waitingCount(), {timeout: 30_000}).toBe(0);
  expect(await page.evaluate(() => Number(document.querySelector('.outbox-chip')?.getAttribute('data-attention') ?? 0))).toBe(0);
  await expect(fin.card.locator('.invoice-files .file[data-kind=invoice]:not(.waiting)')).toContainText('schet-77.pdf', {timeout: 30_000});
  await expect(fin.status()).toHaveText('На согласовании', {timeout: 30_000});
  await expect(fin.step('finance')).toHaveAttribute('data-decision', 'pending');
});

test('a decision made offline after a colleague decided is refused, the outbox and the card naming who decided', async ({page, owner, browser, baseURL}) => {
  expect(owner.member.role).toBe('owner');
  const api = page.request;
  await ok(await api.patch('/api/v1/company/modules', {data: {modules: {finance: true}}}));
  await ok(await api.post('/api/v1/request-types/templates/back_office'));
  const first = await member(api, 'Бухгалтер Айгуль', 'finance');
  const late = await member(api, 'Бухгалтер Сауле', 'finance');
  const itemId = crypto.randomUUID();
  await ok(await api.post('/api/v1/expense-items', {data: {id: itemId, name: 'Связь'}}));
  const cp = await ok(await api.post('/api/v1/counterparties', {data: {name: 'АО «Казахтелеком»'}}));
  const line = await ok(await api.post('/api/v1/budget-lines', {data: {period: '2026-12', itemId, plan: 500_000_00}}));
  const invoice = await ok(
    await api.post('/api/v1/invoices', {
      data: {
        number: '9001',
        counterpartyId: cp.id,
        amount: 120_000_00,
        currency: 'KZT',
        purpose: 'Интернет',
        budgetLineId: line.id,
        invoiceDate: '2026-12-01',
        payBy: '2026-12-10',
        fileId: await upload(api, 'kt-9001.pdf'),
      },
    }),
  );
  await ok(await api.post(`/api/v1/invoices/${invoice.id}/submit`, {data: {}}));

  // Сауле's phone holds the invoice, then loses the network and approves.
  const phone = await device(browser, baseURL, page, late);
  await phone.app.page.setViewportSize({width: 390, height: 844});
  await phone.app.open(`/finance/invoices/${invoice.id}`);
  await phone.app.waitOnline();
  await expect(phone.app.card.getByTestId('my-decision')).toBeVisible();
  await offline(phone.context);
  await phone.app.card.getByTestId('my-decision').getByRole('button', {name: 'Согласовать'}).click();
  await expect.poll(() => phone.app.waitingCount()).toBeGreaterThan(0);

  // Meanwhile Айгуль approves it online.
  const desk = await device(browser, baseURL, page, first);
  await desk.app.open(`/finance/invoices/${invoice.id}`);
  await desk.app.card.getByTestId('my-decision').getByRole('button', {name: 'Согласовать'}).click();
  await expect(desk.app.status()).toHaveText('Согласован');

  // Back online: Сауле's decision is refused, saying who decided first — in the outbox and on the card.
  await online(phone.context);
  await expect
    .poll(() => phone.app.page.evaluate(() => Number(document.querySelector('.outbox-chip')?.getAttribute('data-attention') ?? 0)), {timeout: 30_000})
    .toBe(1);
  await expect(phone.app.card.getByRole('alert')).toContainText('Бухгалтер Айгуль');
  await expect(phone.app.status()).toHaveText('Согласован');
  await expect(phone.app.step('finance')).toContainText('Бухгалтер Айгуль');
  await phone.app.expectFitsScreen();
  await shoot(phone.app.page, 'finance-late-decision');
  await phone.app.page.goto('/outbox');
  await expect(phone.app.page.locator('.op.attention')).toContainText('Бухгалтер Айгуль');
  await shoot(phone.app.page, 'finance-late-decision-outbox');
  await phone.context.close();
  await desk.context.close();
});

test('the owner moves the head’s threshold in the chain editor; a smaller invoice then asks finance only', async ({page, owner}) => {
  expect(owner.member.role).toBe('owner');
  const api = page.request;
  await ok(await api.patch('/api/v1/company/modules', {data: {modules: {finance: true}}}));
  await ok(await api.post('/api/v1/request-types/templates/back_office'));
  await member(api, 'Бухгалтер Гульнар', 'finance');
  await member(api, 'Руководитель Ержан', 'head');
  const fin = new FinancePage(page);
  await fin.open('/requests');
  await page.waitForFunction(() => localStorage.getItem('dot.session')?.includes('finance.manage'));
  await fin.open('/finance/settings');
  await fin.waitOnline();
  const chain = page.getByTestId('chain-editor');
  const head = chain.locator('.chain-step[data-step="head"]');
  await expect(head.getByLabel('С суммы, ₸')).toHaveValue('500000');
  await head.getByLabel('С суммы, ₸').fill('1 000 000');
  await head.getByLabel('Название шага').click();
  await chain.getByRole('button', {name: 'Сохранить'}).click();
  await expect(chain.getByRole('button', {name: 'Сохранить'})).toBeDisabled();
  await page.reload();
  await expect(head.getByLabel('С суммы, ₸')).toHaveValue('1000000');

  const itemId = crypto.randomUUID();
  await ok(await api.post('/api/v1/expense-items', {data: {id: itemId, name: 'Аренда'}}));
  const cp = await ok(await api.post('/api/v1/counterparties', {data: {name: 'ТОО «Алатау Плаза»'}}));
  const line = await ok(await api.post('/api/v1/budget-lines', {data: {period: '2026-12', itemId, plan: 2_000_000_00}}));
  const invoice = await ok(
    await api.post('/api/v1/invoices', {
      data: {
        number: '42',
        counterpartyId: cp.id,
        amount: 650_000_00,
        currency: 'KZT',
        budgetLineId: line.id,
        invoiceDate: '2026-12-01',
        payBy: '2026-12-20',
        fileId: await upload(api, 'schet-42.pdf'),
      },
    }),
  );
  await ok(await api.post(`/api/v1/invoices/${invoice.id}/submit`, {data: {}}));
  await fin.open(`/finance/invoices/${invoice.id}`);
  await expect(fin.step('finance')).toHaveAttribute('data-decision', 'pending');
  await expect(fin.approvals().locator('.approval-step')).toHaveCount(1);
});
