// Counting a page view or a click: one upsert of a counter row, off the
// page's critical path. Link-preview fetchers and crawlers are not visitors.
import type pg from 'pg';
import {dayIn, statId, type StatEvent} from '#shared/public-site/stats.ts';
import {log} from '../../log.ts';
import {countVisitor, type Visitor} from '../../analytics/visitors.ts';

const NOT_A_VISITOR = /bot|crawl|spider|slurp|facebookexternalhit|whatsapp|telegram|vkshare|preview|lighthouse/i;

export function isVisitor(userAgent: string | undefined, method: string): boolean {
  return method === 'GET' || method === 'POST' ? !NOT_A_VISITOR.test(userAgent ?? '') : false;
}

export async function recordStat(pool: pg.Pool, company: {id: string; timezone: string}, e: StatEvent, now: number): Promise<void> {
  const day = dayIn(now, company.timezone);
  await pool.query(
    `insert into site_stat (id, company_id, day, kind, page, ref_id, source, channel, count)
     values ($1, $2, $3, $4, $5, $6, $7, $8, 1)
     on conflict (id) do update set count = site_stat.count + 1, updated_at = now()`,
    [statId(company.id, day, e), company.id, day, e.kind, e.page, e.refId ?? '', e.source ?? '', e.channel ?? ''],
  );
}

/**
 * Fire and forget: a counter must never slow down or break a page. A view
 * with its visitor (address and user agent, hashed there and never kept) also
 * counts the day's unique visitors (sync-server/analytics/visitors.ts).
 */
export function countLater(pool: pg.Pool, company: {id: string; timezone: string}, e: StatEvent, now: number, visitor?: Visitor): void {
  recordStat(pool, company, e, now).catch((err: unknown) => log.warn('stats', (err as Error).message));
  if (visitor && e.kind === 'view') countVisitor(pool, company, e.source ?? '', visitor, now).catch((err: unknown) => log.warn('stats', (err as Error).message));
}

/** Who is looking, for the visitor hash only: the address as express resolved it behind the proxy, and the user agent. */
export function visitorOf(req: {ip?: string | undefined; get(name: string): string | undefined}): Visitor {
  return {ip: req.ip ?? '', userAgent: req.get('user-agent') ?? ''};
}
