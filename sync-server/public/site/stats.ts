// Counting page views and clicks off the page's path. Link-preview fetchers
// and crawlers are not visitors. Counts are gathered in memory for a moment and
// written together (one upsert for all counters, then the day's unique
// visitors): a busy page would otherwise make two upserts per visit, all on the
// same counter row, and visits would queue on that row's lock. Written in
// order, so a counter seen in the database means every earlier one is too.
import type pg from 'pg';
import {statId, type StatEvent} from '#shared/public-site/stats.ts';
import {log} from '../../log.ts';
import {countVisitor, type Visitor} from '../../analytics/visitors.ts';

const NOT_A_VISITOR = /bot|crawl|spider|slurp|facebookexternalhit|whatsapp|telegram|vkshare|preview|lighthouse/i;
const FLUSH_MS = 200;

export function isVisitor(userAgent: string | undefined, method: string): boolean {
  return method === 'GET' || method === 'POST' ? !NOT_A_VISITOR.test(userAgent ?? '') : false;
}

type Company = {id: string; timezone: string};
type Counter = {id: string; company: string; day: string; e: StatEvent; count: number};
type Sighting = {company: Company; source: string; visitor: Visitor; now: number};
type Batch = {counters: Map<string, Counter>; visitors: Map<string, Sighting>};

/** One formatter per zone: making one per visit was a visible share of a page's time. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayOf(now: number, timeZone: string): string {
  let f = dayFormats.get(timeZone);
  if (!f) dayFormats.set(timeZone, (f = new Intl.DateTimeFormat('en-CA', {timeZone, year: 'numeric', month: '2-digit', day: '2-digit'})));
  return f.format(now);
}

const batches = new WeakMap<pg.Pool, {next: Batch | undefined; writing: Promise<void>}>();

async function write(pool: pg.Pool, batch: Batch): Promise<void> {
  const rows = [...batch.counters.values()];
  if (rows.length) {
    const col = (f: (c: Counter) => string | number) => rows.map(f);
    await pool.query(
      `insert into site_stat (id, company_id, day, kind, page, ref_id, source, channel, count)
       select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[])
       on conflict (id) do update set count = site_stat.count + excluded.count, updated_at = now()`,
      [
        col((c) => c.id),
        col((c) => c.company),
        col((c) => c.day),
        col((c) => c.e.kind),
        col((c) => c.e.page),
        col((c) => c.e.refId ?? ''),
        col((c) => c.e.source ?? ''),
        col((c) => c.e.channel ?? ''),
        col((c) => c.count),
      ],
    );
  }
  for (const v of batch.visitors.values()) await countVisitor(pool, v.company, v.source, v.visitor, v.now);
}

/**
 * Fire and forget: a counter must never slow down or break a page. A view
 * with its visitor (address and user agent, hashed there and never kept) also
 * counts the day's unique visitors (sync-server/analytics/visitors.ts).
 */
export function countLater(pool: pg.Pool, company: Company, e: StatEvent, now: number, visitor?: Visitor): void {
  let state = batches.get(pool);
  if (!state) batches.set(pool, (state = {next: undefined, writing: Promise.resolve()}));
  let batch = state.next;
  if (!batch) {
    const b: Batch = (batch = state.next = {counters: new Map(), visitors: new Map()});
    const s = state;
    setTimeout(() => {
      s.next = undefined;
      s.writing = s.writing.then(() => write(pool, b)).catch((err: unknown) => log.warn('stats', (err as Error).message));
    }, FLUSH_MS).unref();
  }
  const day = dayOf(now, company.timezone);
  const id = statId(company.id, day, e);
  const counter = batch.counters.get(id);
  if (counter) counter.count += 1;
  else batch.counters.set(id, {id, company: company.id, day, e, count: 1});
  if (visitor && e.kind === 'view') {
    const source = e.source ?? '';
    batch.visitors.set(`${company.id}\n${day}\n${source}\n${visitor.ip}\n${visitor.userAgent}`, {company, source, visitor, now});
  }
}

/** Who is looking, for the visitor hash only: the address as express resolved it behind the proxy, and the user agent. */
export function visitorOf(req: {ip?: string | undefined; get(name: string): string | undefined}): Visitor {
  return {ip: req.ip ?? '', userAgent: req.get('user-agent') ?? ''};
}
