// No screen of the app scrolls sideways, whatever the data (issue 11, item 1):
// a company filled with the longest names a Kazakh salon really has, in
// Russian and in Kazakh, every screen opened at 360 and 390 px on a phone and
// at 1280 on a desktop. A failure names the elements that stick out.
import type {APIRequestContext, Page} from '@playwright/test';
import {expect, test} from './fixtures.ts';
import {MeetingsPage} from './page-models/meetings-page.ts';
import {clientWrites, startSharedTelegram} from './support/messengers.ts';

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
  await ok(
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
  return {request: bought.id as string};
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

/** A meeting with the longest words, a guest and a late commitment (through the screens: meetings have no REST yet). */
async function seedMeeting(page: Page): Promise<string> {
  const meetings = new MeetingsPage(page);
  await meetings.open();
  await meetings.startNew();
  await meetings.fill({topic: LONG.title, members: [LONG.member], guest: {email: LONG.email, name: LONG.clientKk}, place: LONG.text, agenda: LONG.text});
  await meetings.save();
  const id = await meetings.openedId();
  await meetings.addCommitment({text: LONG.text, owner: LONG.member, due: '2025-12-01', toWhom: 'head'});
  await meetings.saveResults();
  return id;
}

/** A document with the longest words, its counterparty and two versions (issue 16), through the screens. */
async function seedDocument(page: Page): Promise<string> {
  const api = page.request;
  await ok(await api.patch('/api/v1/company/modules', {data: {modules: {finance: true}}}));
  await ok(await api.post('/api/v1/counterparties', {data: {name: `${LONG.clientKk} — ТОО «Алматы Құрылыс Инжиниринг Сервис»`, contact: LONG.email}}));
  const file = {name: `${LONG.item.replace(/[«»]/g, '')}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n')};
  // The device's replica keeps the permissions it started with: once the refreshed session (finance on) is saved, start again.
  await page.goto('/documents/new');
  const form = page.locator('form.new-document');
  await expect(form).toBeVisible();
  await page.reload();
  await form.getByLabel('Название').fill(LONG.title);
  await form.getByLabel('Номер').fill('ДП-2026/12/0001-АЛМ-ҚҰРЫЛЫС');
  await form.getByLabel('Контрагент').selectOption({index: 1});
  await form.getByLabel('Проект').fill(LONG.item);
  await form.getByLabel('Действует до').fill('2026-12-20');
  await form.getByTestId('document-file').setInputFiles(file);
  await form.getByLabel('Комментарий к версии').fill(LONG.text);
  await form.getByRole('button', {name: 'Создать'}).click();
  const card = page.locator('article.doc-card');
  await expect(card.locator('.doc-version[data-version="1"]')).toBeVisible({timeout: 30_000});
  await card.getByTestId('version-file').setInputFiles(file);
  await card.locator('.new-version').getByLabel('Что изменилось').fill(LONG.text);
  await card.locator('.new-version').getByRole('button', {name: 'Новая версия'}).click();
  await expect(card.locator('.doc-version[data-version="2"]')).toBeVisible({timeout: 30_000});
  await card.getByLabel('Написать комментарий…').fill(LONG.text);
  await card.locator('.doc-comments').getByRole('button', {name: 'Добавить'}).click();
  await card.locator('.doc-moves').getByRole('button', {name: 'На согласование'}).click();
  await expect(card.locator('.approval')).toHaveCount(2);
  return (await card.getAttribute('data-document-id'))!;
}

/**
 * What a user would have to scroll sideways to see: the page wider than the
 * screen, or a control or status cut off at its edge (a parent that hides its
 * overflow would keep the page narrow and the button unreachable). A strip
 * meant to scroll sideways (the filter chips) may hold more than fits.
 */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scroll = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
    const inScroller = (el: HTMLElement) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const x = getComputedStyle(p).overflowX;
        if ((x === 'auto' || x === 'scroll') && p.scrollWidth > p.clientWidth) return true;
      }
      return false;
    };
    // Text cut on purpose with an ellipsis (a one-line summary) is not lost.
    const ellipsized = (el: HTMLElement) => {
      for (let p: HTMLElement | null = el; p && p !== document.body; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (s.textOverflow === 'ellipsis' && s.overflowX === 'hidden' && p.getBoundingClientRect().right <= width + 1) return true;
      }
      return false;
    };
    const cut: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height || r.right <= width + 1 || inScroller(el) || ellipsized(el)) continue;
      // Report the outermost element that sticks out, not each of its children.
      if (el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1 && el.parentElement !== document.body) continue;
      cut.push(
        `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} → ${Math.round(r.right)}px «${(el.innerText ?? '').replace(/\s+/g, ' ').slice(0, 50)}»`,
      );
      if (cut.length >= 6) break;
    }
    return scroll > width || cut.length ? {scroll, cut} : null;
  });
}

/**
 * Time fields narrower than the value they show: a phone on a 12-hour clock
 * writes "10:00 AM", and a field sized for "10:00" cuts it. Each visible time
 * field is compared with a copy of itself left at its natural width.
 */
async function narrowTimeFields(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLInputElement>('input[type=time]'))
      .filter((el) => el.getBoundingClientRect().width > 0)
      .flatMap((el) => {
        const copy = el.cloneNode() as HTMLInputElement;
        copy.style.cssText = 'position:absolute;visibility:hidden;width:auto;min-width:0;max-width:none;flex:none';
        el.parentElement!.appendChild(copy);
        const natural = copy.getBoundingClientRect().width;
        copy.remove();
        const width = el.getBoundingClientRect().width;
        return width + 2 < natural ? [`${el.getAttribute('aria-label') ?? el.id} ${Math.round(width)} < ${Math.round(natural)}px`] : [];
      })
      .slice(0, 4),
  );
}

test('no screen scrolls sideways with long Russian and Kazakh data, at 360 and 390 px and on a desktop', async ({page, owner}) => {
  test.setTimeout(300_000);
  const {request} = await seed(page.request, owner.member.id);
  const clients = (await (await page.request.get('/api/v1/clients')).json()).data as {id: string}[];
  await page.goto('/inbox');
  const conversation = await page.locator('.conversation-row').first().getAttribute('data-conversation-id', {timeout: 30_000});
  const meeting = await seedMeeting(page);
  // A task of the owner's with the longest words, on the request (its step tasks fill the board and the table).
  await page.goto(`/tasks/new?request=${request}`);
  await page.getByLabel('Название').fill(LONG.title);
  await page.getByLabel('Описание').fill(LONG.text);
  await page.getByRole('button', {name: 'Создать'}).click();
  await expect(page.locator('article.task-card')).toBeVisible();
  const task = page.url().split('/').pop()!;
  const invoice = await seedFinance(page.request);
  const documentId = await seedDocument(page);
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
  const widths = test.info().project.name === 'phone' ? [360, 390] : [1280];
  const problems: string[] = [];
  for (const language of ['Русский', 'Қазақша']) {
    await page.goto('/settings');
    await page.getByRole('button', {name: language}).click();
    for (const width of widths) {
      await page.setViewportSize({width, height: 800});
      for (const path of screens) {
        // The board is a choice the device remembers, not an address.
        await page.evaluate((mode) => localStorage.setItem('dot.requests.mode', mode), path.endsWith('#board') ? 'board' : 'list');
        await page.goto(path);
        if (path.endsWith('#board')) await page.reload();
        await expect(page.locator('main')).not.toBeEmpty();
        // Let the replica fill the screen (the seeded rows arrive through sync).
        await page.waitForTimeout(path === screens[0] ? 2000 : 400);
        const found = await overflow(page);
        if (found) problems.push(`${language} ${width}px ${path}: page ${found.scroll}px wide — ${found.cut.join('; ')}`);
        const narrow = await narrowTimeFields(page);
        if (narrow.length) problems.push(`${language} ${width}px ${path}: time fields narrower than their value — ${narrow.join('; ')}`);
      }
    }
  }
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
