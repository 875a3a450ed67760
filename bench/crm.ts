// The CRM's two closing figures (issue 6):
// 1. Matching accuracy on a test set of phone spellings: precision and recall
//    of shared/crm matching, beside two naive rules for contrast.
// 2. Search over 20 000 clients on the device: the pure function in Node, and
//    in Chromium the time from a keystroke in the search box to the list
//    repainted (the real app, its replica synced from a real stack).
// Usage: npm run bench -- crm   (starts its own stack; CRM_BENCH_CLIENTS=20000)
import pg from 'pg';
import {filterClients} from '#shared/crm/filters.ts';
import {contactIndex, matchClient, probeContacts, type KnownClient} from '#shared/crm/match.ts';
import {buildSearchIndex, matchesSearch, prepareQuery} from '#shared/crm/search.ts';
import {phoneSlips, phoneSpellings} from '#shared/crm/spellings.ts';
import {startStack} from '#server/testing/stack.ts';
import {fmt, launchChromium, stats} from './browser.ts';

const CLIENTS = Number(process.env.CRM_BENCH_CLIENTS ?? 20_000);

/** A small deterministic generator, so every run measures the same data. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PREFIXES = ['700', '701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778'];

function numbers(n: number, seed: number): string[] {
  const r = rng(seed);
  const out = new Set<string>();
  while (out.size < n) out.add(PREFIXES[Math.floor(r() * PREFIXES.length)]! + String(Math.floor(r() * 1e7)).padStart(7, '0'));
  return [...out];
}

/** Numbers one slip away from a real one: a digit changed, two digits swapped, a digit lost. */
function nearMisses(d: string, r: () => number): string[] {
  const i = 3 + Math.floor(r() * 6);
  const changed = d.slice(0, i) + String((Number(d[i]) + 1 + Math.floor(r() * 8)) % 10) + d.slice(i + 1);
  const swapped = d[i] === d[i + 1] ? null : d.slice(0, i) + d[i + 1] + d[i] + d.slice(i + 2);
  return [changed, ...(swapped ? [swapped] : []), `8${d.slice(0, 9)}`];
}

export function matchingAccuracy(people = 2000) {
  const r = rng(7);
  const digits = numbers(people, 11);
  const known = new Set(digits);
  const clients = new Map<string, KnownClient>(digits.map((d, i) => [`c${i}`, {id: `c${i}`, created_at: i}]));
  const index = contactIndex(digits.map((d, i) => ({client_id: `c${i}`, kind: 'phone' as const, value: `+7${d}`})));
  // Two naive rules people write by hand: the text as typed, and "the digits are equal".
  const raw = new Map(digits.map((d, i) => [`+7${d}`, `c${i}`]));
  const digitsOnly = new Map(digits.map((d, i) => [`7${d}`, `c${i}`]));
  type Probe = {text: string; truth: string | null};
  const probes: Probe[] = [];
  digits.forEach((d, i) => {
    for (const s of phoneSpellings(d)) probes.push({text: s, truth: `c${i}`});
    // Counted as "should match" although no rule reads them: the honest ceiling of recall.
    for (const s of phoneSlips(d)) probes.push({text: s, truth: `c${i}`});
    for (const miss of nearMisses(d, r)) if (!known.has(miss)) probes.push({text: miss, truth: null});
  });
  const score = (predict: (text: string) => string | null) => {
    let tp = 0;
    let fp = 0;
    let positives = 0;
    for (const p of probes) {
      const got = predict(p.text);
      if (p.truth) positives++;
      if (got && got === p.truth) tp++;
      else if (got) fp++;
    }
    return {precision: tp / Math.max(1, tp + fp), recall: tp / positives, tp, fp, positives};
  };
  return {
    probes: probes.length,
    people,
    spellings: phoneSpellings('7011234567').length,
    dot: score((text) => matchClient(probeContacts({phone: text}), index, clients)?.clientId ?? null),
    asTyped: score((text) => raw.get(text.trim()) ?? null),
    digitsOnly: score((text) => digitsOnly.get(text.replace(/\D/g, '')) ?? null),
  };
}

const FIRST = [
  'Айгерим',
  'Асель',
  'Дана',
  'Жанар',
  'Гульнара',
  'Алия',
  'Мадина',
  'Ерлан',
  'Нурлан',
  'Ержан',
  'Данияр',
  'Бекзат',
  'Қанат',
  'Әлия',
  'Ivan',
  'Olga',
  'Сергей',
  'Мария',
];
const LAST = ['Садыкова', 'Нурланова', 'Ахметов', 'Жумабаев', 'Касымова', 'Исаев', 'Омарова', 'Серикбаев', 'Петров', 'Ким', 'Тулегенова', 'Smirnova'];
const TAGS = ['vip', 'опт', 'розница', 'постоянный', 'новый'];

export function syntheticBase(n: number) {
  const r = rng(3);
  const phones = numbers(n, 5);
  const clients = phones.map((_, i) => ({
    id: `c${i}`,
    name: `${FIRST[Math.floor(r() * FIRST.length)]} ${LAST[Math.floor(r() * LAST.length)]}`,
    tags: r() < 0.3 ? [TAGS[Math.floor(r() * TAGS.length)]!] : [],
    source: r() < 0.5 ? 'form' : 'manual',
    created_at: 1_700_000_000_000 + i * 60_000,
  }));
  const contacts = phones.map((d, i) => ({client_id: `c${i}`, kind: 'phone' as const, value: `+7${d}`}));
  return {clients, contacts, phones};
}

const QUERIES = ['Айгерим', 'aigerim', 'Нурланова', 'nurlanova', 'vip', '701 23', '8 777 5', 'Қанат', 'kanat ahmetov', 'Мадина О'];

export function nodeSearch(n = CLIENTS) {
  const {clients, contacts} = syntheticBase(n);
  const t0 = performance.now();
  const index = buildSearchIndex(clients, contacts);
  const buildMs = performance.now() - t0;
  // A rebuild after one client changed (what the device does on each sync update).
  const t1 = performance.now();
  buildSearchIndex(
    clients.map((c, i) => (i === 0 ? {...c, name: `${c.name} 2`} : c)),
    contacts,
  );
  const rebuildMs = performance.now() - t1;
  const per: {query: string; ms: number; found: number}[] = [];
  for (const query of QUERIES) {
    const samples: number[] = [];
    let found = 0;
    for (let k = 0; k < 20; k++) {
      const s = performance.now();
      found = filterClients(clients, new Map(), index, {query}, 'recent', 0).length;
      samples.push(performance.now() - s);
    }
    per.push({query, ms: stats(samples).median, found});
  }
  // The bare test without sorting, for the share the sort takes.
  const q = prepareQuery('aigerim');
  const s = performance.now();
  for (let k = 0; k < 20; k++) clients.filter((c) => matchesSearch(index.get(c.id), q));
  return {buildMs, rebuildMs, per, filterOnlyMs: (performance.now() - s) / 20};
}

async function seed(db: pg.Client, companyId: string, n: number) {
  const {clients, phones} = syntheticBase(n);
  const names = clients.map((c) => c.name);
  const tags = clients.map((c) => JSON.stringify(c.tags));
  await db.query('begin');
  await db.query(
    `insert into client (id, company_id, name, tags, source, created_at)
     select 'bench-' || i, $1, n, t::jsonb, 'import', now() - (i || ' minutes')::interval
       from unnest($2::text[], $3::text[]) with ordinality as x(n, t, i)`,
    [companyId, names, tags],
  );
  await db.query(
    `insert into client_contact (id, company_id, client_id, kind, value)
     select 'bench-c-' || i, $1, 'bench-' || i, 'phone', '+7' || p from unnest($2::text[]) with ordinality as x(p, i)`,
    [companyId, phones],
  );
  await db.query('commit');
}

export async function browserSearch(n = CLIENTS) {
  const stack = await startStack();
  const browser = await launchChromium();
  const db = new pg.Client({connectionString: stack.pgUrl});
  await db.connect();
  try {
    const context = await browser.newContext({baseURL: stack.baseUrl, locale: 'ru-RU', viewport: {width: 1280, height: 800}});
    const res = await context.request.post('/api/v1/auth/signup', {
      data: {companyName: 'CRM bench', name: 'A', email: `crm.${Date.now()}@example.kz`, password: 'password1'},
    });
    const session = await res.json();
    const t0 = Date.now();
    await seed(db, session.company.id, n);
    const seedMs = Date.now() - t0;
    await context.addInitScript((s) => localStorage.setItem('dot.session', s), JSON.stringify(session));
    const page = await context.newPage();
    const t1 = Date.now();
    await page.goto('/clients');
    await page
      .getByTestId('client-count')
      .filter({hasText: `${n} `})
      .waitFor({timeout: 300_000});
    const firstSyncMs = Date.now() - t1;

    const search = page.getByRole('searchbox');
    await search.focus();
    const samples: {query: string; ms: number}[] = [];
    // Every query typed letter by letter from an empty box; each keystroke that
    // changes the list is a sample (one that leaves it as it was repaints nothing).
    for (const query of QUERIES) {
      await search.fill('');
      await page.waitForTimeout(200);
      for (let i = 0; i < query.length; i++) {
        await page.evaluate(() => {
          const w = window as unknown as {__t: {key?: number; painted?: number}};
          w.__t = {};
          document.addEventListener('input', () => (w.__t.key = performance.now()), {capture: true, once: true});
          new MutationObserver((_, obs) => {
            obs.disconnect();
            requestAnimationFrame(() => (w.__t.painted = performance.now()));
          }).observe(document.querySelector('.list-pane')!, {childList: true, subtree: true, characterData: true});
        });
        await page.keyboard.type(query[i]!);
        const painted = await page
          .waitForFunction(() => (window as unknown as {__t: {painted?: number}}).__t.painted !== undefined, undefined, {timeout: 2000})
          .then(
            () => true,
            () => false,
          );
        if (!painted) continue;
        const t = await page.evaluate(() => (window as unknown as {__t: {key: number; painted: number}}).__t);
        samples.push({query: query.slice(0, i + 1), ms: t.painted - t.key});
      }
    }
    const worst = [...samples].sort((a, b) => b.ms - a.ms)[0];
    return {seedMs, firstSyncMs, keystroke: stats(samples.map((s) => s.ms)), worst};
  } finally {
    await db.end();
    await browser.close();
    await stack.stop();
  }
}

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;

if (import.meta.main) {
  const m = matchingAccuracy();
  console.log(
    `matching: ${m.people} numbers × ${m.spellings} spellings each (+ a letter-O slip where there is a 0), plus near-miss numbers that must not match (${m.probes} probes)`,
  );
  for (const [label, s] of [
    ['dot (shared/crm)', m.dot],
    ['as typed (string equality)', m.asTyped],
    ['digits only', m.digitsOnly],
  ] as const) {
    console.log(
      `  ${label.padEnd(28)} precision ${pct(s.precision)}, recall ${pct(s.recall)} (${s.tp} right, ${s.fp} wrong of ${s.positives} that should match)`,
    );
  }
  const node = nodeSearch();
  console.log(
    `search in Node over ${CLIENTS} clients: index built in ${fmt(node.buildMs)} (rebuilt after one change: ${fmt(node.rebuildMs)}); filter only ${fmt(node.filterOnlyMs)}`,
  );
  for (const p of node.per) console.log(`  "${p.query}": ${fmt(p.ms)} (filter + sort, ${p.found} found)`);
  const b = await browserSearch();
  console.log(
    `search in Chromium over ${CLIENTS} clients (desktop 1280 px): seeded in ${b.seedMs} ms; first open until all ${CLIENTS} synced and listed: ${b.firstSyncMs} ms`,
  );
  console.log(
    `  keystroke → list repainted: median ${fmt(b.keystroke.median)}, p90 ${fmt(b.keystroke.p90)}, max ${fmt(b.keystroke.max)} (n=${b.keystroke.n}; slowest: "${b.worst?.query}")`,
  );
}
