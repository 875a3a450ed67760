// The links a master hands to clients (B2, C6): one per messenger, through the
// company's own bot when it is connected and working, else the platform's
// shared one (bots.forCompany). Each carries the master and where it was handed
// out (shared/messaging/deep-link.ts).
import type pg from 'pg';
import {encodeLink, messengerLinks, type MessengerLinks} from '#shared/messaging/deep-link.ts';
import {MESSENGERS} from '#shared/messaging/events.ts';
import type {Bots} from './bots.ts';

/** The company's own link first (the client picks a master, or, for a company without booking, simply writes), then each master's. */
export async function masterLinks(
  pool: pg.Pool,
  bots: Bots,
  companyId: string,
  source: string,
  greeting: string,
): Promise<{masterId: string; name: string; links: MessengerLinks}[]> {
  const masters = (
    await pool.query<{id: string; display_name: string}>(`select id, display_name from booking_master where company_id = $1 and active order by created_at`, [
      companyId,
    ])
  ).rows;
  const handles = Object.fromEntries(await Promise.all(MESSENGERS.map(async (k) => [k, (await bots.forCompany(k, companyId))?.handle] as const)));
  const linksFor = (payload: string | undefined) => messengerLinks(handles, payload, {greeting, source});
  return [
    {masterId: '', name: '', links: linksFor(encodeLink({kind: 'company', id: companyId, source}))},
    ...masters.map((m) => ({masterId: m.id, name: m.display_name, links: linksFor(encodeLink({kind: 'master', id: m.id, source}))})),
  ];
}
