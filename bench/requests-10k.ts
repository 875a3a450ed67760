// 10 000 requests on one device: how long filter + sort + search take.
//  1. Node: the pure view function (shared/requests/view.ts) that the table,
//     the cards, the board and the export all run.
//  2. Chromium: a real stack with 10 000 requests of one company (written
//     with SQL), the requests page at 1280 px; from typing in the search box /
//     ticking a filter / clicking a sort header to the frame that shows the
//     new table.
// Usage: npm run bench -- requests-10k   (starts its own stack). Figures are printed, never asserted.
import pg from 'pg';
import {EMPTY_FILTERS, type RequestFilters} from '#shared/requests/filter.ts';
import type {SortColumn} from '#shared/requests/sort.ts';
import {runView, type ViewEnv, type ViewState} from '#shared/requests/view.ts';
import {startStack} from '#server/testing/stack.ts';
import {fmt, launchChromium, stats} from './browser.ts';

const N = Number(process.env.BENCH_N ?? 10_000);
const ROUNDS = 15;

// ── Data: deterministic, Russian and Kazakh, the shape of a real company's requests ──

const SUBJECTS = [
  'Замена смесителя',
  'Доставка цветов',
  'Ремонт двери',
  'Қала ішінде жеткізу',
  'Счёт на оплату',
  'Ёлка к празднику',
  'Тапсырыс беру',
  'Консультация по тарифу',
  'Шаһар бойынша курьер',
  'Жөндеу жұмыстары',
  'Возврат товара',
  'Установка кондиционера',
];
const TEXTS = [
  'Клиент просит перезвонить после обеда',
  'Өтінімді тезірек орындау керек',
  'Адрес: ул. Абая 10, кв. 5',
  'Нужен счёт на ТОО',
  'Гүлдер шоғы, Әсем апаға',
  '',
];
const CLIENTS = ['Әсем', 'Ержан', 'Ольга', 'ТОО Арман', 'Бауыржан', 'Нұрлан', 'Гүлнар', 'Иван Петров', 'Айгүл', 'Сергей'];
const SOURCES = ['manual', 'form', 'api', 'qr-door', 'qr-card', 'wa'];
const PRIORITIES = ['low', 'medium', 'medium', 'high', 'urgent'] as const;
const STATUSES = ['new', 'in_progress', 'waiting', 'done', 'cancelled'];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

type BenchRow = {
  id: string;
  number: number;
  title: string;
  text: string;
  client_name: string;
  client_phone: string;
  source: string;
  status: string;
  type_id: string | null;
  priority: string;
  responsible_id: string | null;
  created_at: number;
  deadline: number | null;
  sla_due_at: number | null;
};

function makeRows(n: number, typeId: string | null, memberIds: string[], now: number): BenchRow[] {
  const r = rng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  return Array.from({length: n}, (_, i) => {
    const created = now - Math.floor(r() * 365 * 86_400_000);
    return {
      id: `bench-${String(i).padStart(5, '0')}`,
      number: i + 1,
      title: `${pick(SUBJECTS)} ${i}`,
      text: pick(TEXTS),
      client_name: pick(CLIENTS),
      client_phone: `+7701${String(Math.floor(r() * 1e7)).padStart(7, '0')}`,
      source: pick(SOURCES),
      status: pick(STATUSES),
      type_id: typeId,
      priority: pick(PRIORITIES),
      responsible_id: r() < 0.3 ? null : pick(memberIds),
      created_at: created,
      deadline: r() < 0.4 ? created + Math.floor(r() * 30 * 86_400_000) : null,
      sla_due_at: r() < 0.5 ? created + Math.floor(r() * 3 * 86_400_000) : null,
    };
  });
}

// ── 1. Node: the pure function ──

function nodeBench() {
  const members = ['m1', 'm2', 'm3', 'm4', 'm5'];
  const names: Record<string, string> = {m1: 'Әсем', m2: 'Арман', m3: 'Бауыржан', m4: 'Ольга', m5: 'Ержан'};
  const kinds: Record<string, 'open' | 'in_work' | 'waiting' | 'done' | 'cancelled'> = {
    new: 'open',
    in_progress: 'in_work',
    waiting: 'waiting',
    done: 'done',
    cancelled: 'cancelled',
  };
  const env: ViewEnv = {
    timeZone: 'Asia/Almaty',
    collation: 'ru-KZ',
    statusKind: (_t, s) => kinds[s],
    statusName: (_t, s) => s,
    typeName: () => 'Заявка',
    responsibleName: (id) => names[id] ?? '',
    sourceName: (s) => s,
  };
  const rows = makeRows(N, 't1', members, Date.UTC(2026, 10, 1));
  const view = (filters: Partial<RequestFilters>, column: SortColumn = 'created', desc = true): ViewState => ({
    filters: {...EMPTY_FILTERS, ...filters},
    sort: {column, desc},
  });
  const cases: [string, ViewState][] = [
    ['default (open, newest first)', view({})],
    ['search "кала" (Kazakh word, Russian keyboard)', view({search: 'кала'})],
    ['search phone "8 701 12"', view({search: '8 701 12'})],
    ['filter priority urgent+high', view({priorities: ['urgent', 'high']})],
    ['filter period (one quarter) + responsible', view({createdFrom: '2026-03-01', createdTo: '2026-05-31', responsible: ['m1', 'm2']})],
    ['sort by subject (collation)', view({scope: 'all'}, 'subject', false)],
    ['sort by responsible (collation)', view({scope: 'all'}, 'responsible', false)],
    ['search + filter + sort by deadline', view({search: 'жеткізу', priorities: ['medium', 'high'], scope: 'all'}, 'deadline', false)],
  ];
  // The first run folds every row's text once (remembered per row object), as a device does on first open.
  let t = performance.now();
  runView(rows, view({search: 'x'}), env);
  console.log(`node: first search over ${N} rows (folds their text once): ${fmt(performance.now() - t)}`);
  for (const [name, v] of cases) {
    const samples: number[] = [];
    let shown = 0;
    for (let i = 0; i < 30; i++) {
      t = performance.now();
      shown = runView(rows, v, env).length;
      samples.push(performance.now() - t);
    }
    const s = stats(samples);
    console.log(`node: ${name.padEnd(50)} ${String(shown).padStart(5)} rows  median ${fmt(s.median)}  p90 ${fmt(s.p90)}  max ${fmt(s.max)}`);
  }
}

// ── 2. Chromium: the page over a real replica ──

/** Installed in the page: resolves with ms from the next `kind` event to the frame after `done()` holds. */
const MEASURE = `
window.__measure = (kind, doneSrc) => new Promise((resolve) => {
  const done = new Function('return (' + doneSrc + ')()');
  let t0;
  document.addEventListener(kind, () => { t0 = performance.now(); }, {capture: true, once: true});
  const check = () => {
    if (t0 === undefined || !done()) return false;
    obs.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
    return true;
  };
  const obs = new MutationObserver(check);
  obs.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
  setTimeout(() => { obs.disconnect(); resolve(NaN); }, 20000);
});
window.__name = (f) => f;
`;

async function browserBench() {
  const stack = await startStack();
  const browser = await launchChromium();
  const db = new pg.Client({connectionString: stack.pgUrl});
  await db.connect();
  try {
    const context = await browser.newContext({baseURL: stack.baseUrl, locale: 'ru-RU', timezoneId: 'Asia/Almaty', viewport: {width: 1280, height: 800}});
    const signup = await context.request.post('/api/v1/auth/signup', {
      data: {companyName: 'Bench 10k', name: 'Владелец', email: `b10k.${Date.now()}@example.kz`, password: 'password1'},
    });
    const session = await signup.json();
    const memberIds: string[] = [];
    for (const name of ['Әсем Нұрланқызы', 'Арман Серіков', 'Бауыржан', 'Ольга Ким', 'Ержан']) {
      const r = await context.request.post('/api/v1/members', {
        data: {name, email: `m.${memberIds.length}.${Date.now()}@example.kz`, role: 'staff', password: 'password1'},
      });
      memberIds.push(((await r.json()) as {id: string}).id);
    }
    const types = (await (await context.request.get('/api/v1/request-types')).json()).data as {id: string}[];
    const rows = makeRows(N, types[0]?.id ?? null, memberIds.filter(Boolean), Date.now());
    let t = performance.now();
    // The server numbers requests (a trigger); the number given here is ignored.
    const cols = [
      'id',
      'company_id',
      'number',
      'title',
      'text',
      'client_name',
      'client_phone',
      'source',
      'status',
      'type_id',
      'priority',
      'responsible_id',
      'created_at',
      'updated_at',
      'status_since',
      'deadline',
      'sla_due_at',
    ];
    for (let i = 0; i < rows.length; i += 500) {
      const batch = rows.slice(i, i + 500);
      const params: unknown[] = [];
      const ts = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
      const values = batch.map((r) => {
        const row = [
          r.id,
          session.company.id,
          r.number,
          r.title,
          r.text,
          r.client_name,
          r.client_phone,
          r.source,
          r.status,
          r.type_id,
          r.priority,
          r.responsible_id,
          ts(r.created_at),
          ts(r.created_at),
          ts(r.created_at),
          ts(r.deadline),
          ts(r.sla_due_at),
        ];
        const base = params.length;
        params.push(...row);
        return `(${row.map((_, k) => `$${base + k + 1}`).join(',')})`;
      });
      await db.query(`insert into request (${cols.join(',')}) values ${values.join(',')}`, params);
    }
    console.log(`chromium: ${N} requests written with SQL in ${fmt(performance.now() - t)}`);

    await context.addInitScript((s) => localStorage.setItem('dot.session', s), JSON.stringify(session));
    await context.addInitScript(MEASURE);
    const page = await context.newPage();
    t = performance.now();
    await page.goto('/requests');
    const count = page.locator('.pane-head .muted');
    // "All" shows every one of the 10 000 once the replica holds them.
    await page.getByRole('button', {name: /^Все\s*\d*$/}).click();
    await count.filter({hasText: String(N)}).waitFor({timeout: 180_000});
    console.log(`chromium: page open until all ${N} requests are on the device and counted: ${fmt(performance.now() - t)}`);
    await page.waitForTimeout(1500);

    const measure = async (kind: string, done: string, act: () => Promise<unknown>) => {
      await page.evaluate(
        ([k, d]) => {
          const w = window as unknown as {__measure: (k: string, d: string) => Promise<number>; __result?: Promise<number>};
          w.__result = w.__measure(k!, d!);
        },
        [kind, done],
      );
      await act();
      const ms = await page.evaluate(() => (window as unknown as {__result: Promise<number>}).__result);
      if (Number.isNaN(ms)) throw new Error(`no repaint seen after ${kind}: ${done}`);
      return ms;
    };
    const countText = () => page.locator('.pane-head .muted').innerText();
    const search = page.getByRole('searchbox');
    const run = async (name: string, step: (i: number) => Promise<number>) => {
      const samples: number[] = [];
      for (let i = 0; i < ROUNDS; i++) samples.push(await step(i));
      const s = stats(samples);
      console.log(`chromium: ${name.padEnd(52)} median ${fmt(s.median)}  p90 ${fmt(s.p90)}  max ${fmt(s.max)}  (n=${s.n})`);
    };

    await run('type in search ("кала") → table repainted', async (i) => {
      const before = await countText();
      await search.focus();
      const ms = await measure('input', `() => document.querySelector('.pane-head .muted').textContent !== ${JSON.stringify(before)}`, () =>
        page.keyboard.insertText(i % 2 ? 'жеткізу' : 'кала'),
      );
      const after = await countText();
      await search.fill('');
      await count.filter({hasText: before}).waitFor();
      if (after === before) throw new Error('search changed nothing');
      return ms;
    });

    const priority = page.locator('details.pick').filter({has: page.locator('summary', {hasText: /^Приоритет/})});
    await priority.locator('summary').click();
    await run('tick a filter (priority) → table repainted', async () => {
      const before = await countText();
      return measure('click', `() => document.querySelector('.pane-head .muted').textContent !== ${JSON.stringify(before)}`, () =>
        priority.getByRole('checkbox', {name: 'Срочно', exact: true}).click(),
      );
    });
    await priority.locator('summary').click();
    if (
      await priority
        .getByRole('checkbox', {name: 'Срочно'})
        .isChecked()
        .catch(() => false)
    )
      await priority.getByRole('checkbox', {name: 'Срочно'}).uncheck();

    // Done when the table's rows are those of the new order (data-sort is set in the same commit as the rows).
    const sortRound = (other: string, otherKey: string) => async (i: number) => {
      const [label, key] = i % 2 ? ['Создана', 'created:desc'] : [other, otherKey];
      const header = page.locator('th').getByRole('button', {name: label, exact: true});
      return measure('click', `() => document.querySelector('.req-table')?.dataset.sort === ${JSON.stringify(key)}`, () => header.click());
    };
    await run('click a sort header (subject, then back) → table repainted', sortRound('Тема / текст', 'subject:asc'));
    await run('click a sort header (responsible, collation) → repainted', sortRound('Ответственный', 'responsible:asc'));
    const rendered = await page.locator('tr.request-row').count();
    console.log(`chromium: table rows in the DOM with ${N} requests shown: ${rendered} (windowed)`);
  } finally {
    await db.end();
    await browser.close();
    await stack.stop();
  }
}

if (!process.env.BENCH_SKIP_NODE) nodeBench();
await browserBench();
