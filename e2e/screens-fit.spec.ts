// No screen of the app scrolls sideways, whatever the data (issue 11, item 1):
// a company filled with the longest names a Kazakh salon really has, in
// Russian and in Kazakh, every screen opened at 360 and 390 px on a phone and
// at 1280 on a desktop. A failure names the elements that stick out.
import type {APIRequestContext, Page} from '@playwright/test';
import {expect, logIn, test} from './fixtures.ts';
import {clientWrites, startSharedTelegram} from './support/messengers.ts';
import {show, sideways} from './support/screen-fit.ts';

// The shared bot answers a client through the local Telegram API (a conversation for the inbox's screens).
let telegram: Awaited<ReturnType<typeof startSharedTelegram>>;
test.beforeAll(async () => {
  telegram = await startSharedTelegram();
});
test.afterAll(async () => {
  await telegram.close();
});

const LONG = {
  client: 'Ахметова Динара Сериковна (мама Айлин)',
  clientKk: 'Жақсыбекова Әсемгүл Төлегенқызы (Айлиннің анасы)',
  title: 'Перезвонить насчёт предоплаты за свадебную причёску и макияж невесты и двух подружек',
  text: 'Клиентка просит перенести пробную укладку на субботу, уточнить стоимость выезда в Каскелен и забронировать мастера Айгерим на весь день',
  email: 'ahmetova.dinara.serikovna.mama.ailin@example-salon-almaty.kz',
  member: 'Нұрсұлтанова Айгерім-Бибігүл Қайратқызы',
  item: 'Комплексный уход «Сияние» для окрашенных и повреждённых волос с кератиновым восстановлением',
  master: 'Төлеубергенова Шынар-Әйгерім',
};

// The answers are read a field at a time by the seed below.
async function ok(res: Awaited<ReturnType<APIRequestContext['post']>>): Promise<any> {
  expect(res.status(), await res.text()).toBeLessThan(300);
  return res.json().catch(() => ({}));
}

/** A company as full as a real one after a month, with the longest names. */
async function seed(api: APIRequestContext, ownerMemberId: string) {
  await ok(await api.post('/api/v1/request-types/templates/back_office'));
  const types = (await ok(await api.get('/api/v1/request-types'))).data as {id: string; key: string}[];
  for (const [i, name] of [LONG.client, LONG.clientKk].entries()) {
    await ok(await api.post('/api/v1/clients', {data: {name, phone: `+7701555000${i}`, email: LONG.email}}));
    await ok(
      await api.post('/api/v1/requests', {
        data: {clientName: name, clientPhone: `+7701555000${i}`, clientEmail: LONG.email, title: LONG.title, text: LONG.text, priority: 'urgent'},
      }),
    );
  }
  // A purchase taken to its longest status, "Ожидает оплаты/выполнения".
  const purchase = types.find((t) => t.key === 'purchase')!;
  const bought = await ok(
    await api.post('/api/v1/requests', {data: {typeId: purchase.id, clientName: LONG.client, title: LONG.title, fields: {what: LONG.item, quantity: 12}}}),
  );
  for (const status of ['in_progress', 'approval', 'awaiting']) await ok(await api.patch(`/api/v1/requests/${bought.id}`, {data: {status}}));
  const member = await ok(
    await api.post('/api/v1/members', {data: {name: LONG.member, email: `long.${Date.now()}@example-salon-almaty.kz`, role: 'staff', password: 'colleague1'}}),
  );
  await ok(await api.post('/api/v1/catalog/items', {data: {title: LONG.item, price: 1_850_000_00, description: LONG.text}}));
  // Company hours with a break: the site's hours editor shows its time fields.
  const week = Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [
      d,
      {
        open: d !== 'sun',
        intervals:
          d === 'sun'
            ? []
            : [
                {from: '10:00', to: '14:00'},
                {from: '15:00', to: '22:30'},
              ],
      },
    ]),
  );
  await ok(await api.patch('/api/v1/company/profile', {data: {hours: week}}));
  const master = crypto.randomUUID();
  await ok(
    await api.put(`/api/v1/booking/masters/${master}`, {data: {memberId: ownerMemberId, masterSlug: 'shynar', displayName: LONG.master, about: LONG.text}}),
  );
  const place = crypto.randomUUID();
  const hours = Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, {open: d !== 'sun', intervals: d === 'sun' ? [] : [{from: '09:00', to: '18:00'}]}]),
  );
  await ok(
    await api.put(`/api/v1/booking/places/${place}`, {
      data: {masterId: master, name: 'Салон красоты «Әсем-Ай» на проспекте Назарбаева', address: LONG.text, timezone: 'Asia/Almaty', hours},
    }),
  );
  await ok(
    await api.put(`/api/v1/booking/services/${crypto.randomUUID()}`, {
      data: {masterId: master, title: LONG.item, durationMin: 90, price: 1_850_000_00, placeIds: [place]},
    }),
  );
  // A client writes to the master through the shared Telegram bot: a conversation in the inbox.
  await clientWrites(api, master, {chatId: 880_001, firstName: LONG.clientKk}, LONG.text);
  return {request: bought.id as string, member: member.id as string};
}

/** Finance switched on, with the longest names: an item, a counterparty, a budget line and an invoice on approval (the owner decides it). */
async function seedFinance(api: APIRequestContext): Promise<string> {
  await ok(await api.patch('/api/v1/company/modules', {data: {modules: {finance: true}}}));
  const item = {id: crypto.randomUUID()};
  await ok(await api.post('/api/v1/expense-items', {data: {id: item.id, name: LONG.item}}));
  const counterparty = await ok(
    await api.post('/api/v1/counterparties', {
      data: {name: `ТОО «${LONG.clientKk}» — ${LONG.master}`, bin: '', iban: '', bik: '', bank: LONG.text, contact: LONG.email},
    }),
  );
  const period = new Date().toISOString().slice(0, 7);
  const line = await ok(
    await api.post('/api/v1/budget-lines', {data: {period, itemId: item.id, project: LONG.title, branch: LONG.master, plan: 1_000_000_00}}),
  );
  const fileId = crypto.randomUUID();
  await ok(
    await api.put(`/api/v1/files/${fileId}`, {
      headers: {'content-type': 'application/pdf', 'x-file-name': 'schet-faktura-2026-12-000318-almaty.pdf'},
      data: Buffer.from('%PDF-1.4\n%%EOF\n'),
    }),
  );
  const invoice = await ok(
    await api.post('/api/v1/invoices', {
      data: {
        number: 'СФ-2026/12/000318-АЛМ',
        counterpartyId: counterparty.id,
        amount: 1_250_000_00,
        currency: 'KZT',
        purpose: LONG.text,
        project: LONG.title,
        branch: LONG.master,
        budgetLineId: line.id,
        invoiceDate: `${period}-01`,
        payBy: `${period}-28`,
        fileId,
      },
    }),
  );
  await ok(await api.post(`/api/v1/invoices/${invoice.id}/submit`, {data: {}}));
  return invoice.id as string;
}

/** A meeting with the longest words, a colleague, a guest and a late commitment of the colleague's, to the head. */
async function seedMeeting(api: APIRequestContext, memberId: string): Promise<string> {
  const id = crypto.randomUUID();
  const startsAt = Date.now() + 24 * 3600_000;
  await ok(
    await api.put(`/api/v1/meetings/${id}`, {
      data: {
        topic: LONG.title,
        startsAt,
        endsAt: startsAt + 3600_000,
        place: LONG.text,
        agenda: LONG.text,
        participants: [{memberId}, {memberId: null, email: LONG.email, name: LONG.clientKk}],
      },
    }),
  );
  await ok(
    await api.put(`/api/v1/meetings/${id}/commitments`, {
      data: {items: [{id: crypto.randomUUID(), text: LONG.text, ownerId: memberId, toWhom: 'head', dueAt: Date.parse('2025-12-01T18:00:00Z')}]},
    }),
  );
  return id;
}

/** A document with the longest words, its counterparty, two versions, a comment, and on approval (issue 16). */
async function seedDocument(api: APIRequestContext): Promise<string> {
  const counterparty = await ok(
    await api.post('/api/v1/counterparties', {data: {name: `${LONG.clientKk} — ТОО «Алматы Құрылыс Инжиниринг Сервис»`, contact: LONG.email}}),
  );
  const upload = async () => {
    const fileId = crypto.randomUUID();
    await ok(
      await api.put(`/api/v1/files/${fileId}`, {
        headers: {'content-type': 'application/pdf', 'x-file-name': encodeURIComponent(`${LONG.item.replace(/[«»]/g, '')}.pdf`)},
        data: Buffer.from('%PDF-1.4\n%%EOF\n'),
      }),
    );
    return fileId;
  };
  const id = crypto.randomUUID();
  const data = {title: LONG.title, number: 'ДП-2026/12/0001-АЛМ-ҚҰРЫЛЫС', counterpartyId: counterparty.id, project: LONG.item, validUntil: '2026-12-20'};
  await ok(await api.post('/api/v1/documents', {data: {id, ...data, fileId: await upload(), note: LONG.text}}));
  const version = crypto.randomUUID();
  await ok(await api.post(`/api/v1/documents/${id}/versions`, {data: {id: version, fileId: await upload(), note: LONG.text}}));
  await ok(await api.post(`/api/v1/documents/${id}/comments`, {data: {versionId: version, body: LONG.text}}));
  await ok(await api.post(`/api/v1/documents/${id}/move`, {data: {to: 'approval'}}));
  return id;
}

/**
 * Every screen in both languages at each width, on one page: opened inside the
 * running app, then measured at each width in turn (a resize, not a reload).
 * The requests board is a choice the device remembers, not an address: it and
 * the screen after it are opened with a reload, the mode set first.
 */
async function walk(page: Page, device: string, widths: number[], screens: string[], seeded: Record<string, string>, problems: string[]) {
  for (const [language, lang] of [
    ['Русский', 'ru'],
    ['Қазақша', 'kk'],
  ] as const) {
    await show(page, '/settings');
    await page.getByRole('button', {name: language}).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    for (const [i, path] of screens.entries()) {
      // The first screen waits longer: the seeded rows are still on their way to this device.
      const quietMs = i === 0 ? 1000 : 250;
      if (path.endsWith('#board') || screens[i - 1]?.endsWith('#board')) {
        await page.evaluate((mode) => localStorage.setItem('dot.requests.mode', mode), path.endsWith('#board') ? 'board' : 'list');
        await page.goto(path.replace('#board', ''));
        await show(page, null, quietMs);
      } else {
        await show(page, path, quietMs);
      }
      // A seeded record's screen shows it: the long words are there to be measured.
      if (seeded[path]) await expect(page.locator('main'), `${device} ${path}`).toContainText(seeded[path]);
      // Every other screen the widths go the other way round: one resize fewer.
      for (const width of i % 2 ? [...widths].reverse() : widths) {
        if (page.viewportSize()?.width !== width) await page.setViewportSize({width, height: 800});
        const found = await sideways(page);
        if (found && (found.scroll > width || found.cut.length))
          problems.push(`${device} ${language} ${width}px ${path}: page ${found.scroll}px wide — ${found.cut.join('; ')}`);
        if (found?.narrow.length) problems.push(`${device} ${language} ${width}px ${path}: time fields narrower than their value — ${found.narrow.join('; ')}`);
      }
    }
  }
}

// One run covers the phone (this project's page, at 360 and 390 px) and a
// desktop (a second device of the same owner, at 1280): the data is seeded once.
test('no screen scrolls sideways with long Russian and Kazakh data, at 360 and 390 px and on a desktop', async ({page, owner, browser, baseURL}) => {
  test.skip(test.info().project.name !== 'phone', 'the phone run opens a desktop as well');
  test.setTimeout(300_000);
  const {request, member} = await seed(page.request, owner.member.id);
  const clients = (await (await page.request.get('/api/v1/clients')).json()).data as {id: string}[];
  await page.goto('/inbox');
  const conversation = await page.locator('.conversation-row').first().getAttribute('data-conversation-id', {timeout: 30_000});
  const meeting = await seedMeeting(page.request, member);
  // A task of the owner's with the longest words, on the request (its step tasks fill the board and the table).
  await page.goto(`/tasks/new?request=${request}`);
  await page.getByLabel('Название').fill(LONG.title);
  await page.getByLabel('Описание').fill(LONG.text);
  await page.getByRole('button', {name: 'Создать'}).click();
  await expect(page.locator('article.task-card')).toBeVisible();
  const task = page.url().split('/').pop()!;
  const invoice = await seedFinance(page.request);
  const documentId = await seedDocument(page.request);
  // The device's replica keeps the permissions it started with: once the refreshed session (finance on) is saved, start again.
  await page.goto('/documents/new');
  await expect(page.locator('form.new-document')).toBeVisible();
  await page.reload();
  const screens = [
    '/requests',
    '/requests#board',
    `/requests/${request}`,
    '/requests/new',
    '/clients',
    `/clients/${clients[0]!.id}`,
    `/clients/${clients[0]!.id}/edit`,
    '/booking',
    '/booking/team',
    '/booking/team?view=week',
    '/booking/masters/new',
    '/booking/setup',
    '/booking/clients',
    '/booking/log',
    '/booking/new',
    '/catalog',
    '/catalog/items/new',
    '/catalog/categories',
    '/catalog/csv',
    '/site',
    '/site/visibility',
    '/site/qr',
    '/site/reviews',
    '/site/stats',
    '/inbox',
    `/inbox/${conversation}`,
    '/inbox/channels',
    '/meetings',
    '/meetings/new',
    `/meetings/${meeting}`,
    `/meetings/${meeting}/edit`,
    '/meetings/commitments',
    '/tasks',
    `/tasks/${task}`,
    '/tasks/new',
    '/tasks/board',
    '/tasks/table',
    '/tasks/workload',
    '/finance',
    '/finance/registry',
    `/finance/invoices/${invoice}`,
    '/finance/new',
    `/finance/new?request=${request}`,
    '/finance/budgets',
    '/finance/settings',
    '/documents',
    `/documents/${documentId}`,
    '/documents/new',
    '/analytics',
    '/team',
    '/team/import',
    '/settings',
    '/settings/requests',
    '/settings/requests/messages',
    '/outbox',
    '/notifications',
    '/more',
  ];
  const seeded = {
    [`/requests/${request}`]: LONG.title,
    [`/inbox/${conversation}`]: LONG.text,
    [`/meetings/${meeting}`]: LONG.title,
    [`/tasks/${task}`]: LONG.title,
    [`/finance/invoices/${invoice}`]: 'СФ-2026/12/000318-АЛМ',
    [`/documents/${documentId}`]: LONG.title,
  };
  const problems: string[] = [];
  const desktop = await browser.newContext({baseURL, viewport: {width: 1280, height: 800}, locale: 'ru-RU', timezoneId: 'Asia/Almaty'});
  await logIn(desktop, owner.user.email, owner.password);
  const desktopPage = await desktop.newPage();
  await desktopPage.goto('/requests');
  // The two devices side by side: while one waits for its screen to settle, the other measures.
  await Promise.all([walk(page, 'phone', [360, 390], screens, seeded, problems), walk(desktopPage, 'desktop', [1280], screens, seeded, problems)]);
  await desktop.close();
  expect(problems, problems.join('\n')).toEqual([]);
});

test('public pages: language links and rating choices are big enough to tap (44 px)', async ({page, owner}) => {
  test.skip(test.info().project.name !== 'phone', 'a phone’s fingers');
  const api = page.request;
  expect((await api.patch('/api/v1/company/visibility', {data: {locales: ['ru', 'kk', 'en']}})).status()).toBe(200);
  const small = async (selector: string) =>
    page.locator(selector).evaluateAll((els) =>
      els
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.height < 44 || r.width < 44)
        .map((r) => `${Math.round(r.width)}×${Math.round(r.height)}`),
    );
  for (const path of [`/c/${owner.company.slug}`, `/c/${owner.company.slug}/reviews`]) {
    await page.goto(path);
    await expect(page.locator('nav.lang a')).toHaveCount(3);
    expect(await small('nav.lang a'), `${path}: language links`).toEqual([]);
  }
  await expect(page.locator('.rating label')).toHaveCount(5);
  expect(await small('.rating label'), 'rating choices').toEqual([]);
});
