// WhatsApp's customer-service window: free text may be sent for 24 hours after
// the client's last message; outside it only an approved template (Meta drops
// free text silently otherwise — chatwoot#7142). Telegram and VK have no window.
import type {MessengerKind} from '#schema/tables/messaging.ts';

export const WHATSAPP_WINDOW_MS = 24 * 3600_000;

export type ReplyWindow = {readonly open: true; readonly closesAt: number | null} | {readonly open: false; readonly closedAt: number | null};

export function replyWindow(channel: MessengerKind, lastInboundAt: number | null | undefined, now: number): ReplyWindow {
  if (channel !== 'whatsapp') return {open: true, closesAt: null};
  if (lastInboundAt == null) return {open: false, closedAt: null};
  const closes = lastInboundAt + WHATSAPP_WINDOW_MS;
  return closes > now ? {open: true, closesAt: closes} : {open: false, closedAt: closes};
}
