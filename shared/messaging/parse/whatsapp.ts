// WhatsApp Cloud API webhooks (object "whatsapp_business_account") → InboundEvent.
// One POST may carry several entries, changes, messages and statuses: each becomes
// an event. The sender's wa_id is his number without "+", so it is also his phone.
// Our deep links prefill a text ending in " [<code>]"; the code becomes `start`.
import type {InboundEvent, Sender} from '../events.ts';
import {arr, idOf, obj, secondsToMs, str, type Obj} from './read.ts';

const CODE = /\s*\[([A-Za-z0-9_-]{1,64})\]\s*$/;
const STATUSES = new Set(['sent', 'delivered', 'read', 'failed']);

export function parseWhatsApp(body: unknown): InboundEvent[] {
  const root = obj(body);
  if (!root || root.object !== 'whatsapp_business_account') return [ignored('', 'malformed')];
  const out: InboundEvent[] = [];
  for (const entry of arr(root.entry)) {
    for (const change of arr(obj(entry)?.changes)) {
      const value = obj(obj(change)?.value);
      if (!value) continue;
      const contacts = arr(value.contacts).map(obj);
      for (const m of arr(value.messages)) out.push(parseMessage(obj(m), contacts));
      for (const s of arr(value.statuses)) out.push(parseStatus(obj(s)));
    }
  }
  return out.length ? out : [ignored('', 'whatsapp.nothing')];
}

function ignored(id: string, reason: string): InboundEvent {
  return {type: 'ignored', id, reason};
}

function parseMessage(m: Obj | undefined, contacts: (Obj | undefined)[]): InboundEvent {
  const id = idOf(m?.id) ?? '';
  const waId = idOf(m?.from);
  if (!m || !id || !waId || !/^\d{6,15}$/.test(waId)) return ignored(id, 'malformed');
  const contact = contacts.find((c) => idOf(c?.wa_id) === waId) ?? contacts[0];
  const from: Sender = {userId: waId, chatId: waId, name: str(obj(contact?.profile)?.name) ?? ''};
  const at = secondsToMs(m.timestamp);
  const data = buttonData(m);
  if (data !== undefined) return {type: 'button', id, from, data, at};
  let text: string;
  const photos: {ref: string}[] = [];
  if (m.type === 'text') text = str(obj(m.text)?.body) ?? '';
  else if (m.type === 'image' && idOf(obj(m.image)?.id)) {
    photos.push({ref: idOf(obj(m.image)?.id)!});
    text = str(obj(m.image)?.caption) ?? '';
  } else return ignored(id, `whatsapp.type.${str(m.type) ?? 'unknown'}`);
  const code = CODE.exec(text);
  if (code) text = text.slice(0, code.index);
  return {
    type: 'message',
    id,
    from,
    text,
    start: code?.[1],
    phone: `+${waId}`,
    photos,
    replyTo: idOf(obj(m.context)?.id),
    messageId: id,
    at,
  };
}

/** A reply button, a list row, or a template's quick reply: what the button carries. */
function buttonData(m: Obj): string | undefined {
  if (m.type === 'interactive') {
    const i = obj(m.interactive);
    return idOf(obj(i?.button_reply)?.id) ?? idOf(obj(i?.list_reply)?.id);
  }
  if (m.type === 'button') return str(obj(m.button)?.payload);
  return undefined;
}

function parseStatus(s: Obj | undefined): InboundEvent {
  const wamid = idOf(s?.id);
  const status = str(s?.status);
  if (!s || !wamid || !status) return ignored(wamid ?? '', 'malformed');
  const id = `${wamid}:${status}`;
  if (!STATUSES.has(status)) return ignored(id, `whatsapp.status.${status}`);
  const err = obj(arr(s.errors)[0]);
  const error = err ? [idOf(err.code), str(err.title) ?? str(err.message)].filter(Boolean).join(' ') : undefined;
  return {
    type: 'status',
    id,
    messageId: wamid,
    status: status as 'sent' | 'delivered' | 'read' | 'failed',
    error: error || undefined,
    at: secondsToMs(s.timestamp),
  };
}
