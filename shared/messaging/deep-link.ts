// What a messenger link carries (B2, B6, C6): whose chat it opens (a master, or
// a company whose client picks a master) and where the person found it (a QR
// placement, the site, a catalog item), so the chain scan → chat → booking →
// visit keeps its source. Telegram allows up to 64 characters of A–Z a–z 0–9 _ -
// in ?start= (integrations.md); the same payload goes into VK's ?ref= and into
// WhatsApp's prefilled text as " [payload]".
//
//   m_<id>[_<source>]   a master (the id: a uuid as 32 hex digits, any other as x + its UTF-8 in hex)
//   c_<id>[_<source>]   a company
//
// The source is cut to fit; an id that cannot fit leaves the link without it.

export type LinkTarget = {readonly kind: 'master' | 'company'; readonly id: string; readonly source: string};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX = 64;

function toHex(s: string): string {
  return Array.from(new TextEncoder().encode(s), (b) => b.toString(16).padStart(2, '0')).join('');
}

function fromHex(s: string): string | undefined {
  if (s.length % 2) return undefined;
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(Uint8Array.from(s.match(/../g) ?? [], (h) => parseInt(h, 16)));
  } catch {
    return undefined;
  }
}

function packId(id: string): string {
  return UUID.test(id) ? id.replace(/-/g, '') : `x${toHex(id)}`;
}

function unpackId(s: string): string | undefined {
  if (/^[0-9a-f]{32}$/.test(s)) return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  // Any other id, as hex after an "x" (no "_" in it: that separates the source).
  if (/^x(?:[0-9a-f]{2})+$/.test(s)) return fromHex(s.slice(1));
  return undefined;
}

/** A source as the payload can carry it: letters, digits and "-" only. */
export function linkSource(source: string): string {
  return source
    .replace(/[^A-Za-z0-9-]/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The payload, or undefined when the id cannot fit in 64 characters. */
export function encodeLink(t: LinkTarget): string | undefined {
  const id = packId(t.id);
  const head = `${t.kind === 'master' ? 'm' : 'c'}_${id}`;
  if (head.length > MAX || !/^[A-Za-z0-9_-]+$/.test(head)) return undefined;
  const source = linkSource(t.source).slice(0, MAX - head.length - 1);
  return source ? `${head}_${source}` : head;
}

export function decodeLink(payload: string | undefined): LinkTarget | undefined {
  if (!payload || payload.length > MAX) return undefined;
  const m = /^([mc])_(x[0-9a-f]+|[0-9a-f]{32})(?:_([A-Za-z0-9-]*))?$/.exec(payload);
  if (!m) return undefined;
  const id = unpackId(m[2]!);
  if (!id) return undefined;
  return {kind: m[1] === 'm' ? 'master' : 'company', id, source: m[3] ?? ''};
}

export type MessengerLinks = {telegram?: string; whatsapp?: string; vk?: string};

/**
 * The addresses that open a bot with a payload: Telegram's ?start=, WhatsApp's
 * prefilled text ending in " [payload]" (the bot reads it back), VK's ?ref=.
 * Handles: @bot_username, the WhatsApp number as clients see it, the VK screen name.
 */
export function messengerLinks(
  handles: {telegram?: string | undefined; whatsapp?: string | undefined; vk?: string | undefined},
  payload: string | undefined,
  o: {greeting: string; source: string},
): MessengerLinks {
  const links: MessengerLinks = {};
  if (!payload) return links;
  const tg = (handles.telegram ?? '').replace(/^@/, '');
  const wa = (handles.whatsapp ?? '').replace(/\D/g, '');
  const vk = handles.vk ?? '';
  if (tg) links.telegram = `https://t.me/${encodeURIComponent(tg)}?start=${payload}`;
  if (wa.length >= 10) links.whatsapp = `https://wa.me/${wa}?text=${encodeURIComponent(`${o.greeting} [${payload}]`)}`;
  if (vk) links.vk = `https://vk.me/${encodeURIComponent(vk)}?ref=${payload}${o.source ? `&ref_source=${encodeURIComponent(o.source)}` : ''}`;
  return links;
}
