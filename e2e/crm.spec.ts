// K1–K3 in real Chromium, on a phone and on a desktop: a customer who writes
// twice (the number typed differently) is one repeat client; a merge and its
// undo; 1 000 clients loaded from a spreadsheet, with row-level errors.
import writeXlsxFile from 'write-excel-file/node';
import {expect, newDevice, test} from './fixtures.ts';
import {ClientsPage} from './page-models/clients-page.ts';
import {PublicRequestPage} from './page-models/public-request-page.ts';
import {offline, online} from './support/network.ts';
import {waitForReplicaOnDisk} from './support/replica.ts';

test('a form request and a later one with the phone typed differently land on one repeat client', async ({page, owner, browser, baseURL, context}) => {
  // The request type has a field of kind "client": on the card it is a client picker.
  const types = await (await context.request.get('/api/v1/request-types')).json();
  const typeId = types.data.find((ty: {isDefault: boolean}) => ty.isDefault).id;
  const field = await context.request.post(`/api/v1/request-types/${typeId}/fields`, {
    data: {key: 'payer', label: {ru: 'Плательщик', kk: 'Төлеуші', en: 'Payer'}, kind: 'client'},
  });
  expect(field.status(), await field.text()).toBe(201);
  const app = new ClientsPage(page);
  await app.open();
  await app.waitOnline();

  const visitorContext = await newDevice(browser, baseURL, page, {javaScriptEnabled: false});
  const visitor = new PublicRequestPage(await visitorContext.newPage());
  await visitor.open(owner.company.slug);
  await visitor.submit({name: 'Айгерим', phone: '+7 777 123 45 67', text: 'Торт на субботу'});
  await visitor.expectThanks();
  await expect(app.row('Айгерим')).toBeVisible();
  await expect(app.row('Айгерим')).not.toContainText('Повторный клиент');

  await visitor.open(owner.company.slug);
  await visitor.submit({name: 'Айгерим', phone: '8 (777) 123-45-67', text: 'Ещё торт, на день рождения'});
  await visitor.expectThanks();
  await expect(app.row('Айгерим')).toContainText('Повторный клиент');
  await app.expectCount(1);

  await app.openClient('Айгерим');
  await expect(app.card.locator('[data-stat="contacts"]')).toHaveText('2');
  await expect(app.card.getByRole('link', {name: '+7 777 123 45 67'})).toHaveAttribute('href', 'tel:+77771234567');
  await expect(app.timeline()).toContainText('Заявка #1');
  await expect(app.timeline()).toContainText('Заявка #2');
  await expect(app.timeline()).toContainText('Клиент появился — Форма на сайте');

  // Search in another script and by part of the number, as typed on the phone.
  await app.search('aigerim');
  await expect(app.row('Айгерим')).toBeVisible();
  await app.search('777 123');
  await expect(app.row('Айгерим')).toBeVisible();
  await app.search('Ержан');
  await expect(page.getByText('Никого не нашлось')).toBeVisible();
  await app.search('');

  // The request card names the client and links to them.
  await app.openClient('Айгерим');
  await app.timeline().getByRole('link', {name: 'Заявка #2'}).click();
  const block = page.getByRole('region', {name: 'Клиент в базе'});
  await expect(block).toContainText('Айгерим');
  await expect(block).toContainText('Повторный клиент');
  await app.pickClientInField('Плательщик', 'айгер', 'Айгерим');
  await expect(page.locator('[data-field="payer"]').getByRole('link', {name: 'Айгерим'})).toBeVisible();
  await page.screenshot({path: test.info().outputPath('request-client.png'), fullPage: true});
  await block.getByRole('link', {name: 'Айгерим'}).click();
  await expect(app.card.getByRole('heading', {name: 'Айгерим'})).toBeVisible();
  await app.expectFitsScreen();
  await page.screenshot({path: test.info().outputPath('client-card.png'), fullPage: true});
  await visitorContext.close();
});

test('two records of one person are merged keeping both, and the merge is undone', async ({page, owner: _owner}) => {
  const app = new ClientsPage(page);
  await app.open();
  await app.waitOnline();
  await app.createClient({name: 'Асель Нурланова', phones: '8 701 000 00 01', tags: 'vip'});
  await app.createClient({name: 'Asel Nurlanova', emails: 'asel@mail.kz', tags: 'опт'});
  await app.expectCount(2);

  await app.openDuplicates();
  await expect(page.locator('.dup-pair')).toHaveCount(1);
  await expect(page.locator('.dup-pair')).toContainText('Одинаковое имя');
  await page.screenshot({path: test.info().outputPath('duplicates.png')});
  await app.mergeFirstProposal();
  await expect(app.card.getByRole('button', {name: 'Отменить объединение'})).toBeVisible();
  await expect(app.card.getByRole('heading', {name: 'Асель Нурланова'})).toBeVisible();
  await expect(app.card.getByRole('link', {name: '+7 701 000 00 01'})).toBeVisible();
  await expect(app.card.getByRole('link', {name: 'asel@mail.kz'})).toBeVisible();
  await expect(app.card.locator('.tags')).toHaveText('vipопт');
  await app.expectCount(1);
  await page.screenshot({path: test.info().outputPath('merged.png'), fullPage: true});

  await app.undoMerge();
  await expect(app.card.getByRole('button', {name: 'Отменить объединение'})).toHaveCount(0);
  await expect(app.card.getByRole('link', {name: 'asel@mail.kz'})).toHaveCount(0);
  await expect(app.card.locator('.tags')).toHaveText('vip');
  await app.expectCount(2);
  await app.openClient('Asel Nurlanova');
  await expect(app.card.getByRole('link', {name: 'asel@mail.kz'})).toBeVisible();
  await expect(app.card.locator('.tags')).toHaveText('опт');
});

test('1 000 clients are loaded from a spreadsheet, rows with errors named and left out by choice', async ({page, owner: _owner}) => {
  test.setTimeout(180_000);
  const app = new ClientsPage(page);
  await app.open();
  await app.waitOnline();

  const header = ['ФИО', 'Телефон', 'Email', 'Теги', 'Дата рождения'];
  const rows = Array.from({length: 1000}, (_, i) => {
    const n = String(i).padStart(7, '0');
    return [
      `Клиент ${String(i + 1).padStart(4, '0')}`,
      `8 (707) ${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
      i % 3 ? '' : `client${i + 1}@mail.kz`,
      i % 2 ? 'опт' : 'розница',
      i % 5 ? '' : '15.03.1990',
    ];
  });
  rows.splice(500, 0, ['Ошибка Телефона', '12-34', '', '', '']);
  rows.splice(700, 0, ['Ошибка Даты', '8 777 000 00 00', '', '', '31.02.1990']);
  const buffer = await writeXlsxFile([header, ...rows]).toBuffer();
  await app.importFile({name: 'clients.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer});

  await expect(app.importSummary()).toHaveText('Новых клиентов: 1000. Дополнят уже известных: 0. Повторы внутри файла: 0.', {timeout: 30_000});
  await expect(page.getByRole('alert')).toContainText('2 строки с ошибками');
  await expect(page.getByText('Строка 502: Телефоны: Укажите номер телефона')).toBeVisible();
  await expect(page.getByText('Строка 702: День рождения: Нужна дата: ДД.ММ.ГГГГ')).toBeVisible();
  await expect(app.importButton()).toBeDisabled();
  await page.screenshot({
    path: test.info().outputPath('import-preview.png'),
    fullPage: true,
    clip: {x: 0, y: 0, width: page.viewportSize()!.width, height: 1500},
  });
  await app.skipRowsWithErrors();
  await expect(app.importButton()).toHaveText('Загрузить (1000)');
  await app.importButton().click();
  await expect(page.getByText('Готово: загружено строк — 1000.')).toBeVisible({timeout: 60_000});

  await app.open();
  await app.expectCount(1000);
  await app.search('Клиент 0777');
  await expect(app.row('Клиент 0777')).toBeVisible();
  await app.search('klient 0777');
  await expect(app.row('Клиент 0777')).toBeVisible();
  await app.search('707 000 07 76');
  await expect(app.row('Клиент 0777')).toBeVisible();
  await app.search('');
  await app.openFilters();
  await app.expectFitsScreen();
  await page.screenshot({path: test.info().outputPath('client-list.png')});
  // Written through to the server, all of it.
  await expect.poll(async () => (await (await page.request.get('/api/v1/clients?limit=1')).json()).total, {timeout: 60_000}).toBe(1000);
});

test('offline, the base is searched and a new client is kept until the network is back', async ({page, context, owner: _owner}) => {
  expect((await context.request.post('/api/v1/clients', {data: {name: 'Гульнара', phones: ['8 705 111 22 33']}})).status()).toBe(201);
  const app = new ClientsPage(page);
  await app.open();
  await app.waitOnline();
  await expect(app.row('Гульнара')).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await waitForReplicaOnDisk(page, 'Гульнара');
  await waitForReplicaOnDisk(page, '+77051112233');

  await offline(context);
  await page.reload();
  await expect(app.row('Гульнара')).toBeVisible({timeout: 20_000});
  await app.search('705 111');
  await expect(app.row('Гульнара')).toBeVisible();
  await app.search('');
  await app.createClient({name: 'Клиент без сети', phones: '8 700 555 66 77'});
  await expect(app.card.locator('.waiting-badge')).toBeVisible();

  await online(context);
  await expect(app.card.locator('.waiting-badge')).toHaveCount(0, {timeout: 60_000});
  const found = await (await context.request.get(`/api/v1/clients?q=${encodeURIComponent('700 555')}`)).json();
  expect(found.data.map((c: {name: string}) => c.name)).toEqual(['Клиент без сети']);
});

test('the client screens speak Kazakh and English completely', async ({page, context, owner}) => {
  // Latin client data, so any Cyrillic on an English screen is ours.
  const made = await (
    await context.request.post('/api/v1/clients', {data: {name: 'Dana Smith', phones: ['8 701 222 33 44'], tags: ['vip'], birthday: '1990-03-15'}})
  ).json();
  await context.request.post('/api/v1/requests', {data: {clientName: 'Dana Smith', clientPhone: '+77012223344', text: 'Bouquet'}});
  await context.request.post(`/api/v1/clients/${made.id}/notes`, {data: {body: 'Likes tulips'}});
  const screens = ['/clients', `/clients/${made.id}`, `/clients/${made.id}/edit`, '/clients/new', '/clients/import', '/clients/duplicates'];
  for (const [language, check] of [
    ['Қазақша', (text: string) => expect(text).not.toContain('⟦')],
    [
      'English',
      (text: string) =>
        expect(
          text
            .replace(/Қазақша|Русский/g, '')
            .replace(owner.company.name, '')
            .replaceAll(owner.user.name, ''),
        ).not.toMatch(/[\u0400-\u04FF]|⟦/),
    ],
  ] as const) {
    await page.goto('/settings');
    await page.getByRole('button', {name: language}).click();
    for (const path of screens) {
      await page.goto(path);
      await expect(page.locator('main')).not.toBeEmpty();
      await page.waitForTimeout(300);
      check(await page.evaluate(() => document.body.innerText));
    }
  }
  await page.goto(`/clients/${made.id}`);
  await expect(page.locator('article.client-card')).toContainText('Likes tulips');
  await expect(page.locator('article.client-card')).toContainText('Client appeared');
  await page.screenshot({path: test.info().outputPath('client-card-en.png'), fullPage: true});
});
