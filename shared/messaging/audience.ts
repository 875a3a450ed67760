// B5: who a master's notice reaches, and how — the preview before sending,
// by the rule the server sends by (sync-server/booking/jobs.ts onMass and
// messaging/notices.ts): the client's chat with the company first (not to one
// who said "stop"; WhatsApp after 24 hours only with an approved template),
// else email, else nobody.
import type {MessengerKind} from '#schema/tables/messaging.ts';
import {replyWindow} from './window.ts';

export type Route = MessengerKind | 'email' | 'opted-out' | 'none';

export type AudienceClient = {readonly phone: string; readonly email: string; readonly clientId: string | null};
export type AudienceChat = {
  readonly client_id: string | null;
  readonly channel: MessengerKind;
  readonly last_inbound_at: number | null;
  readonly opted_out_at: number | null;
};

export function noticeRoute(c: AudienceClient, chats: readonly AudienceChat[], o: {now: number; whatsappTemplate: boolean; emailOn: boolean}): Route {
  const chat = c.clientId ? chats.filter((x) => x.client_id === c.clientId).sort((a, b) => (b.last_inbound_at ?? 0) - (a.last_inbound_at ?? 0))[0] : undefined;
  if (chat?.opted_out_at != null) return 'opted-out';
  if (chat && (replyWindow(chat.channel, chat.last_inbound_at, o.now).open || o.whatsappTemplate)) return chat.channel;
  return c.email && o.emailOn ? 'email' : 'none';
}

/** How many clients each route reaches. */
export function routeCounts(routes: readonly Route[]): Partial<Record<Route, number>> {
  const out: Partial<Record<Route, number>> = {};
  for (const r of routes) out[r] = (out[r] ?? 0) + 1;
  return out;
}
