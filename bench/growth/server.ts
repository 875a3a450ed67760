// Server side of growth: the figures a company's size could slow down, each
// timed over sequential calls (one at a time: latency, not throughput, which
// public-load.ts measures) after a warm-up.
import pg from 'pg';
import {stats} from '../browser.ts';
import type {Company} from './seed.ts';

export type Http = {base: string; cookie: string};

async function timed(n: number, call: () => Promise<Response>): Promise<{median: number; p90: number}> {
  for (let i = 0; i < 3; i++) await (await call()).arrayBuffer();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const r = await call();
    await r.arrayBuffer();
    if (!r.ok) throw new Error(`${r.url}: ${r.status}`);
    samples.push(performance.now() - t);
  }
  const s = stats(samples);
  return {median: s.median, p90: s.p90};
}

const get = (h: Http, path: string) => fetch(h.base + path, {headers: {cookie: h.cookie, 'accept-language': 'ru'}});

/** REST list: the first page, and a page 90% deep reached by its own paging (the `before` of the page above it). */
export async function restPages(h: Http, pool: pg.Pool, c: Company, total: number, rounds = 20) {
  const first = await timed(rounds, () => get(h, '/api/v1/requests?limit=100'));
  // The cursor the client would hold after paging down to 90% of the list.
  const deep = Math.floor(total * 0.9);
  const {rows} = await pool.query<{ms: string}>(
    `select (extract(epoch from created_at) * 1000)::bigint as ms from request where company_id = $1 order by created_at desc offset $2 limit 1`,
    [c.id, deep],
  );
  const before = rows[0]!.ms;
  const page = await (await get(h, `/api/v1/requests?limit=100&before=${before}`)).json();
  if ((page as {data: unknown[]}).data.length === 0) throw new Error('deep page is empty');
  const deepPage = await timed(rounds, () => get(h, `/api/v1/requests?limit=100&before=${before}`));
  return {first, deep: deepPage, deepAt: deep};
}

export async function catalogPage(base: string, slug: string, rounds = 30) {
  return timed(rounds, () => fetch(`${base}/c/${slug}/catalog`, {headers: {'accept-language': 'ru'}}));
}

/** A real catalog (6 categories, 60 items), through the REST API as the owner would make it. */
export async function makeCatalog(h: Http): Promise<void> {
  const post = async (path: string, body: unknown) => {
    const r = await fetch(h.base + path, {method: 'POST', headers: {cookie: h.cookie, 'content-type': 'application/json'}, body: JSON.stringify(body)});
    if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
    return (await r.json()) as {id: string};
  };
  for (let c = 0; c < 6; c++) {
    const cat = await post('/api/v1/catalog/categories', {title: `Категория ${c + 1}`});
    for (let i = 0; i < 10; i++) {
      await post('/api/v1/catalog/items', {
        title: `Товар ${c + 1}.${i + 1}`,
        description: 'Свежий, на заказ и в наличии.',
        price: 100_000 + i * 5_000,
        categoryId: cat.id,
      });
    }
  }
}
