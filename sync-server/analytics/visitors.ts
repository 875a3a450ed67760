// Unique visitors per day without a cookie or an address kept (issue 17), the
// way privacy-first analytics count them: a hash of a random salt of the day,
// the company, the address and the browser's user agent. The salt lives only
// while that day's sightings do (jobs.ts deletes both after two days), so a
// hash links no one across days and cannot be turned back into an address.
// The first sighting of a hash for a (company, day, source) adds one to the
// site_stat counter of kind 'visitor' (page 'site'), which the funnel reads.
import {createHash, randomBytes} from 'node:crypto';
import type pg from 'pg';
import {dayIn, statId} from '#shared/public-site/stats.ts';

/** Salts of recent days, read once per process and day. */
const salts = new Map<string, Buffer>();

async function saltOf(pool: pg.Pool, day: string): Promise<Buffer> {
  const known = salts.get(day);
  if (known) return known;
  // Two servers may make one at once: the first insert wins and both read it back.
  await pool.query('insert into visitor_salt (day, salt) values ($1, $2) on conflict (day) do nothing', [day, randomBytes(32)]);
  const {rows} = await pool.query<{salt: Buffer}>('select salt from visitor_salt where day = $1', [day]);
  const salt = rows[0]!.salt;
  if (salts.size > 4) salts.clear();
  salts.set(day, salt);
  return salt;
}

export type Visitor = {readonly ip: string; readonly userAgent: string};

export function visitorHash(salt: Buffer, companyId: string, v: Visitor): Buffer {
  // Lengths are prefixed so that no two different inputs join into the same bytes.
  const h = createHash('sha256').update(salt);
  for (const part of [companyId, v.ip, v.userAgent]) h.update(`${part.length}:${part}`);
  return h.digest();
}

/** Counts the visitor once per company, day (in its zone) and source. */
export async function countVisitor(pool: pg.Pool, company: {id: string; timezone: string}, source: string, v: Visitor, now: number): Promise<void> {
  const day = dayIn(now, company.timezone);
  const hash = visitorHash(await saltOf(pool, day), company.id, v);
  // One statement: the sighting and the counter move together or not at all.
  await pool.query(
    `with seen as (
       insert into site_visitor_seen (company_id, day, source, hash) values ($1, $2, $3, $4)
       on conflict do nothing returning 1)
     insert into site_stat (id, company_id, day, kind, page, ref_id, source, channel, count)
     select $5, $1, $2, 'visitor', 'site', '', $3, '', 1 from seen
     on conflict (id) do update set count = site_stat.count + 1, updated_at = now()`,
    [company.id, day, source, hash, statId(company.id, day, {kind: 'visitor', page: 'site', source})],
  );
}

/** Sightings and salts older than two days are forgotten: the counts stay, nothing links them to anyone. */
export async function forgetVisitors(pool: pg.Pool, now: number): Promise<void> {
  const keep = dayIn(now - 2 * 86_400_000, 'UTC');
  await pool.query('delete from site_visitor_seen where day < $1', [keep]);
  await pool.query('delete from visitor_salt where day < $1', [keep]);
  for (const day of salts.keys()) if (day < keep) salts.delete(day);
}
