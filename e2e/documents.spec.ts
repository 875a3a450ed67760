// The document archive (issue 16, D1–D4) as a back office lives it, on the
// real stack: a lawyer files a contract with its counterparty and a PDF, adds
// a second version (both kept, the first still opens), sends it for approval;
// the lawyer's step and then the head's are decided (the head on their own
// device), and the "Signed" move, blocked until then, says why before the
// click; the archive finds it by counterparty (on the device) and by a word
// inside its PDF (the server); the version opened before opens with the
// network off.
import PDFDocument from 'pdfkit';
import type {APIRequestContext, Browser, BrowserContext, Page} from '@playwright/test';
import {expect, logIn, newDevice, test, uniqueEmail} from './fixtures.ts';
import {DocumentsPage} from './page-models/documents-page.ts';
import {offline, online} from './support/network.ts';
import {shoot} from './support/shoot.ts';

test.describe.configure({timeout: 240_000});

async function ok(res: Awaited<ReturnType<APIRequestContext['post']>>): Promise<any> {
  expect(res.status(), await res.text()).toBeLessThan(300);
  return res.json().catch(() => ({}));
}

async function member(api: APIRequestContext, name: string, role: string) {
  const email = uniqueEmail(role);
  await ok(await api.post('/api/v1/members', {data: {name, email, role, password: 'colleague1'}}));
  return {email, password: 'colleague1'};
}

/** A real PDF with a line of text a reader can extract (pdfkit's built-in font: Latin). */
function pdf(text: string): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.fontSize(14).text(text);
    doc.end();
  });
}

async function device(browser: Browser, baseURL: string | undefined, like: Page, who: {email: string; password: string}) {
  const context: BrowserContext = await newDevice(browser, baseURL, like);
  await logIn(context, who.email, who.password);
  return {context, app: new DocumentsPage(await context.newPage())};
}

test('a lawyer files a contract with two versions, the head approves, it is signed; found by counterparty and by its text; the opened version opens offline', async ({
  page,
  owner,
  browser,
  baseURL,
}) => {
  expect(owner.member.role).toBe('owner');
  const api = page.request;
  await ok(await api.patch('/api/v1/company/modules', {data: {modules: {finance: true}}}));
  await ok(await api.post('/api/v1/request-types/templates/back_office'));
  const lawyerLogin = await member(api, 'Юрист Айгерим Сапарова', 'lawyer');
  const headLogin = await member(api, 'Руководитель Ержан', 'head');
  const stamp = Date.now();
  const counterparty = `ТОО «Жетысу Логистик ${stamp}»`;
  await ok(await api.post('/api/v1/counterparties', {data: {name: counterparty}}));
  const word = `forcemajeure${stamp}`;
  const request = await ok(await api.post('/api/v1/requests', {data: {title: `Закупка оборудования для склада ${stamp}`, text: 'По договору поставки'}}));
  const first = await pdf(`Supply contract, version one. Clause 9: ${word}.`);
  const second = await pdf('Supply contract, version two, the price agreed.');

  // a) The lawyer files the contract with its counterparty and its PDF.
  const lawyer = await device(browser, baseURL, page, lawyerLogin);
  const docs = lawyer.app;
  await docs.open('/documents');
  await docs.waitOnline();
  await docs.page.getByRole('link', {name: 'Новый документ'}).click();
  const form = docs.page.locator('form.new-document');
  await form.getByLabel('Название').fill('Договор поставки оборудования');
  await form.getByLabel('Номер').fill(`П-${stamp}`);
  await form.getByLabel('Контрагент').selectOption({label: counterparty});
  await form.getByLabel('Проект').fill('Склад Алматы');
  await form.getByLabel('Действует до').fill('2027-12-31');
  await form.getByTestId('document-file').setInputFiles({name: 'dogovor-v1.pdf', mimeType: 'application/pdf', buffer: first});
  await form.getByLabel('Комментарий к версии').fill('Проект от контрагента');
  await form.getByRole('button', {name: 'Создать'}).click();
  await expect(docs.card).toBeVisible();
  await expect(docs.status()).toHaveText('Черновик');
  await expect(docs.version(1)).toContainText('dogovor-v1.pdf', {timeout: 30_000});
  await expect(docs.version(1)).toContainText('Юрист Айгерим Сапарова');
  const documentId = (await docs.card.getAttribute('data-document-id'))!;

  // b) A second version: never written over the first; both listed, newest first; the first still opens.
  await docs.card.getByTestId('version-file').setInputFiles({name: 'dogovor-v2.pdf', mimeType: 'application/pdf', buffer: second});
  await docs.card.locator('.new-version').getByLabel('Что изменилось').fill('Согласована цена');
  await docs.card.locator('.new-version').getByRole('button', {name: 'Новая версия'}).click();
  await expect(docs.version(2)).toContainText('dogovor-v2.pdf', {timeout: 30_000});
  await expect(docs.version(2)).toContainText('Согласована цена');
  await expect(docs.card.locator('.doc-version[data-version]')).toHaveCount(2);
  expect(await docs.card.locator('.doc-version[data-version]').first().getAttribute('data-version')).toBe('2');
  expect((await docs.download(1)).equals(first)).toBe(true);
  await expect(docs.version(1).getByTestId('version-kept')).toHaveText('на устройстве');

  // A comment on version 2.
  await docs.card.getByLabel('Написать комментарий…').fill('Проверьте пункт о неустойке');
  await docs.card.locator('.doc-comments').getByRole('button', {name: 'Добавить'}).click();
  await expect(docs.card.locator('.comment')).toContainText('Проверьте пункт о неустойке');

  // Linked to the request it serves (and a link removed).
  const links = docs.card.locator('.doc-links');
  await links.getByLabel('Добавить связь').selectOption({label: `№${request.number} Закупка оборудования для склада ${stamp}`});
  await expect(links.locator('.doc-link')).toHaveCount(1);
  await expect(links.locator('.doc-link a')).toHaveAttribute('href', `/requests/${request.id}`);
  await links.getByRole('button', {name: /^Убрать связь/}).click();
  await expect(links.locator('.doc-link')).toHaveCount(0);
  await links.getByLabel('Добавить связь').selectOption({label: `№${request.number} Закупка оборудования для склада ${stamp}`});
  await expect(links.locator('.doc-link')).toContainText('Заявка');

  // c) Sent for approval: the chain is the lawyer, then the head, each pinned to version 2. "Signed" says why not yet.
  await docs.move('На согласование').click();
  await expect(docs.status()).toHaveText('На согласовании');
  await expect(docs.approval('lawyer')).toContainText('к версии 2');
  await expect(docs.approval('head')).toContainText('ждёт решения');
  await expect(docs.move('Подписан')).toBeDisabled();
  await expect(docs.whyNot()).toContainText('Юрист, Руководитель');
  await docs.approval('lawyer').getByRole('button', {name: 'Согласовать'}).click();
  await expect(docs.approval('lawyer')).toHaveAttribute('data-decision', 'approved');
  await expect(docs.whyNot()).toContainText('Руководитель');

  // d) The head, on their own device, sees whose turn it is and approves.
  const head = await device(browser, baseURL, page, headLogin);
  await head.app.open(`/documents/${documentId}`);
  await head.app.waitOnline();
  await expect(head.app.approval('lawyer')).toContainText('Юрист Айгерим Сапарова');
  await expect(head.app.card.locator('.doc-moves')).toHaveCount(0);
  // The lawyer's comment is on version 2 (the latest when it was written).
  await expect(head.app.card.locator('.doc-comments .comment')).toContainText('Проверьте пункт о неустойке');
  await head.app.card.getByLabel('К какой версии').selectOption({label: 'Версия 1'});
  await expect(head.app.card.locator('.doc-comments .comment')).toHaveCount(0);
  await head.app.card.getByLabel('К какой версии').selectOption({label: 'Все комментарии'});
  await expect(head.app.card.locator('.doc-comments .comment')).toContainText('Юрист Айгерим Сапарова · Версия 2');
  // The head decides with the network gone (a phone on the road): the decision waits on the device, then lands.
  await offline(head.context);
  await head.app.approval('head').getByRole('button', {name: 'Согласовать'}).click();
  await expect(head.app.approval('head').locator('.banner.handing')).toHaveText('Ваше решение «согласовано» отправится, как только появится сеть');
  await online(head.context);
  await expect(head.app.approval('head')).toHaveAttribute('data-decision', 'approved', {timeout: 30_000});
  await expect(head.app.approval('head').locator('.banner.handing')).toHaveCount(0, {timeout: 30_000});
  await shoot(head.app.page, 'document-approved');

  // e) Signed.
  await expect(docs.move('Подписан')).toBeEnabled({timeout: 30_000});
  await docs.move('Подписан').click();
  await expect(docs.status()).toHaveText('Подписан');
  await shoot(docs.page, 'document-signed');

  // f) The archive finds it by counterparty on the device, and by a word inside its first PDF on the server.
  await docs.open('/documents');
  await docs.page.getByLabel('Поиск по названию, номеру и контрагенту').fill('жетысу логистик');
  await expect(docs.row('Договор поставки оборудования')).toContainText(counterparty);
  await expect(docs.row('Договор поставки оборудования')).toContainText('Подписан');
  await docs.page.getByLabel('Поиск по названию, номеру и контрагенту').fill(word);
  await expect(docs.page.locator('.doc-row')).toHaveCount(0);
  await expect(async () => {
    await docs.page.getByTestId('search-files').click();
    await expect(docs.row('Договор поставки оборудования')).toContainText('найдено в тексте файла', {timeout: 3000});
  }).toPass({timeout: 30_000});
  await shoot(docs.page, 'documents-archive');

  // g) The network off: the archive and the card come from the device; the version opened before opens.
  await docs.page.evaluate(() => navigator.serviceWorker.ready);
  await offline(lawyer.context);
  await docs.page.goto(`/documents/${documentId}`).catch(() => {});
  await expect(docs.status()).toHaveText('Подписан');
  await expect(docs.card.locator('.doc-versions')).toContainText('Нет сети');
  expect((await docs.download(1)).equals(first)).toBe(true);
  await expect(docs.version(2).getByRole('button', {name: 'Скачать'})).toBeDisabled();
  await docs.page.goto('/documents').catch(() => {});
  await expect(docs.page.getByTestId('search-offline')).toContainText('только при подключении к сети');
  await expect(docs.page.getByTestId('search-files')).toBeDisabled();
  await docs.expectFitsScreen();
  await shoot(docs.page, 'documents-offline');
  // "Open" shows it in a tab of its own, from the device's copy (a blob of the PDF type, never active content). Last:
  // in this Chromium a popup's arrival ends the context's offline emulation (navigator.onLine reads true after it).
  await docs.page.goto(`/documents/${documentId}`).catch(() => {});
  await expect(docs.version(1).getByTestId('version-kept')).toBeVisible();
  const [tab] = await Promise.all([docs.page.waitForEvent('popup'), docs.version(1).getByRole('button', {name: 'Открыть'}).click()]);
  await expect.poll(() => tab.url()).toMatch(/^blob:/);
  await head.context.close();
  await lawyer.context.close();
});
