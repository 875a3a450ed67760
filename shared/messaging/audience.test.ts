import {describe, expect, it} from 'vitest';
import {noticeRoute, routeCounts} from './audience.ts';

const now = Date.parse('2026-12-06T10:00:00Z');
const hour = 3600_000;

describe('who a notice reaches, and how', () => {
  const chats = [
    {client_id: 'a', channel: 'telegram' as const, last_inbound_at: now - 100 * hour, opted_out_at: null},
    {client_id: 'b', channel: 'whatsapp' as const, last_inbound_at: now - 2 * hour, opted_out_at: null},
    {client_id: 'c', channel: 'whatsapp' as const, last_inbound_at: now - 48 * hour, opted_out_at: null},
    {client_id: 'd', channel: 'vk' as const, last_inbound_at: now - hour, opted_out_at: now - hour},
  ];
  const route = (clientId: string | null, email = '', o = {now, whatsappTemplate: false, emailOn: true}) =>
    noticeRoute({phone: '+7', email, clientId}, chats, o);

  it('prefers the chat, respects "stop", and falls back to email only where WhatsApp would drop free text', () => {
    expect(route('a')).toBe('telegram');
    expect(route('b')).toBe('whatsapp');
    expect(route('c', 'c@example.kz')).toBe('email');
    expect(route('c', '', {now, whatsappTemplate: true, emailOn: true})).toBe('whatsapp');
    expect(route('d', 'd@example.kz')).toBe('opted-out');
    expect(route(null, 'e@example.kz')).toBe('email');
    expect(route(null, 'e@example.kz', {now, whatsappTemplate: false, emailOn: false})).toBe('none');
    expect(routeCounts(['telegram', 'email', 'telegram', 'none'])).toEqual({telegram: 2, email: 1, none: 1});
  });
});
