// Public pages and intake under load (issue 20): the catalog page of a real
// catalog (60 items in 6 categories with photos) and the booking times page at
// >= 2,000 req/s with p99 < 50 ms, side by side with a bare Express 5 "hello"
// in the same run (the ceiling), and the public request form at the rate its
// limits allow — beyond the per-address limit a 429 in the visitor's language.
// First the same pages without the page cache (BENCH_PUBLIC_UNCACHED=0 skips it).
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import os from 'node:os';
import {createInterface} from 'node:readline';
import {startStack, ROOT} from '#server/testing/stack.ts';
import {createTranslator} from '#shared/i18n/translate.ts';
import {figure} from './report.ts';
import {formLoad, formLimit} from './public-load/form.ts';
import {load, PHONE} from './public-load/load.ts';
import {seedCompany} from './public-load/seed.ts';

async function startHello(): Promise<{url: string; stop: () => void}> {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./public-load/hello.ts', import.meta.url).pathname], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await once(createInterface({input: child.stdout!}), 'line')) as [string];
  return {url: `http://127.0.0.1:${(JSON.parse(line) as {port: number}).port}/`, stop: () => child.kill('SIGTERM')};
}

/** The seeded company's catalog and times pages, checked to be the real ones. */
async function pages(baseUrl: string) {
  const s = await seedCompany(baseUrl);
  const day = new Intl.DateTimeFormat('en-CA', {timeZone: 'Asia/Almaty'}).format(Date.now() + 86_400_000);
  const catalogUrl = `${baseUrl}/c/${s.slug}/catalog`;
  const timesUrl = `${baseUrl}/c/${s.slug}/book/aigerim?service=${s.service}&place=${s.place}&day=${day}`;
  // The pages measured are the real ones: a full first page of items, and a day full of times.
  const catalog = await (await fetch(catalogUrl, {headers: PHONE})).text();
  const items = catalog.match(/href="\/c\/[^"]+\/i\//g)?.length ?? 0;
  const times = await (await fetch(timesUrl, {headers: PHONE})).text();
  const slots = times.match(/time=\d+/g)?.length ?? 0;
  console.error(`catalog page: ${catalog.length} chars, ${items} item links; times page: ${slots} times`);
  if (items < 20 || slots < 10) throw new Error('the seeded pages are not what the benchmark means to measure');
  return {s, catalogUrl, timesUrl, items, slots};
}

const note = (x: {non2xx: number; errors: number}) =>
  `32 connections, 10 s after 5 s warm-up; non-2xx ${x.non2xx}, errors ${x.errors}; load ${os.loadavg()[0]!.toFixed(2)}`;
const hello = await startHello();
try {
  // The same pages made afresh on every request (DOT_PUBLIC_CACHE=off), as before the page cache: the "before".
  if (process.env.BENCH_PUBLIC_UNCACHED !== '0') {
    const bare = await startStack({sync: false, env: {DOT_JOBS: 'off', DOT_PUBLIC_CACHE: 'off'}});
    try {
      const p = await pages(bare.baseUrl);
      const c = await load(p.catalogUrl);
      const t = await load(p.timesUrl);
      figure({name: 'public.uncached.catalog.rps', value: c.rps, unit: 'req/s', note: `made afresh each time, ${note(c)}`});
      figure({name: 'public.uncached.catalog.p99', value: c.p99, unit: 'ms'});
      figure({name: 'public.uncached.times.rps', value: t.rps, unit: 'req/s', note: `made afresh each time, ${note(t)}`});
      figure({name: 'public.uncached.times.p99', value: t.p99, unit: 'ms'});
    } finally {
      await bare.stop();
    }
  }

  const stack = await startStack({sync: false, env: {DOT_JOBS: 'off'}});
  try {
    const p = await pages(stack.baseUrl);
    const h = await load(hello.url);
    const c = await load(p.catalogUrl);
    const t = await load(p.timesUrl);
    figure({name: 'public.hello.rps', value: h.rps, unit: 'req/s', note: `bare Express 5 "hello", ${note(h)}`});
    figure({name: 'public.catalog.rps', value: c.rps, unit: 'req/s', baseline: h.rps, goal: '>= 2000', note: `${p.items} items, ${note(c)}`});
    figure({name: 'public.catalog.p50', value: c.p50, unit: 'ms', baseline: h.p50});
    figure({name: 'public.catalog.p99', value: c.p99, unit: 'ms', baseline: h.p99, goal: '< 50'});
    figure({name: 'public.times.rps', value: t.rps, unit: 'req/s', baseline: h.rps, goal: '>= 2000', note: `${p.slots} times, ${note(t)}`});
    figure({name: 'public.times.p50', value: t.p50, unit: 'ms', baseline: h.p50});
    figure({name: 'public.times.p99', value: t.p99, unit: 'ms', baseline: h.p99, goal: '< 50'});

    const f = await formLoad(stack.baseUrl, p.s.slug);
    figure({
      name: 'public.form.rps',
      value: f.rps,
      unit: 'req/s',
      baseline: h.rps,
      note: `accepted requests (303), each visitor its own address; non-303 ${f.other}`,
    });
    figure({name: 'public.form.p99', value: f.p99, unit: 'ms', baseline: h.p99});
    for (const locale of ['ru', 'kk'] as const) {
      const l = await formLimit(stack.baseUrl, p.s.slug, locale, createTranslator(locale)('pub.rateLimited'));
      figure({name: `public.form.limit.${locale}`, value: l.accepted, unit: 'count', note: `one address: ${l.accepted} accepted, then ${l.refused} × 429`});
      figure({name: `public.form.429-in-language.${locale}`, value: l.inLanguage, unit: '%', goal: '>= 100', note: `other answers: ${l.other}`});
    }
  } finally {
    await stack.stop();
  }
  console.error(
    `load average now ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
} finally {
  hello.stop();
}
