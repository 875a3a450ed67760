// The links a master hands to clients (B2, C6): one per messenger, through the
// company's own bot when it is connected and working, else the platform's
// shared one. Each carries the master and where it was handed out (deep-link.ts).
import type pg from 'pg';
import {encodeLink} from '#shared/messaging/deep-link.ts';
import type {Bots} from './bots.ts';

export type MessengerLinks = {telegram?: string; whatsapp?: string; vk?: string};

type Own = {kind: string; handle: string};

export async function masterLinks(
  pool: pg.Pool,
  bots: Bots,
  companyId: string,
  source: string,
  greeting: string,
): Promise<{masterId: string; name: string; links: MessengerLinks}[]> {
  // First the company's own link (the client picks a master — or, for a company without booking, simply writes).
  const own = (await pool.query<Own>(`select kind, handle from messenger_channel where company_id = $1 and state = 'active' and handle <> ''`, [companyId]))
    .rows;
  const masters = (
    await pool.query<{id: string; display_name: string}>(`select id, display_name from booking_master where company_id = $1 and active order by created_at`, [
      companyId,
    ])
  ).rows;
  const handle = (kind: 'telegram' | 'whatsapp' | 'vk') => own.find((o) => o.kind === kind)?.handle || bots.shared(kind)?.handle || '';
  const company = {masterId: '', name: '', links: linksFor(encodeLink({kind: 'company', id: companyId, source}))};
  return [company, ...masters.map((m) => ({masterId: m.id, name: m.display_name, links: linksFor(encodeLink({kind: 'master', id: m.id, source}))}))];

  function linksFor(payload: string | undefined): MessengerLinks {
    const links: MessengerLinks = {};
    const tg = handle('telegram').replace(/^@/, '');
    const wa = handle('whatsapp').replace(/\D/g, '');
    const vk = handle('vk');
    if (payload && tg) links.telegram = `https://t.me/${encodeURIComponent(tg)}?start=${payload}`;
    if (payload && wa.length >= 10) links.whatsapp = `https://wa.me/${wa}?text=${encodeURIComponent(`${greeting} [${payload}]`)}`;
    if (payload && vk) links.vk = `https://vk.me/${encodeURIComponent(vk)}?ref=${payload}${source ? `&ref_source=${encodeURIComponent(source)}` : ''}`;
    return links;
  }
}
