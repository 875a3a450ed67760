import {describe, expect, it} from 'vitest';
import {webhookUrl} from './channel-fields.ts';
import {conversationName, matches, shortWhen} from './use-inbox.ts';

const row = (o: {unread?: number; assigned?: string | null; master?: string | null}) => ({
  unread: o.unread ?? 0,
  assigned_member_id: o.assigned ?? null,
  master_member_id: o.master ?? null,
});

describe('the inbox list', () => {
  it('filters: unread, and "mine" — assigned to me, or my clients while nobody else is assigned', () => {
    expect(matches(row({unread: 2}), 'unread', 'me')).toBe(true);
    expect(matches(row({}), 'unread', 'me')).toBe(false);
    expect(matches(row({assigned: 'me'}), 'mine', 'me')).toBe(true);
    expect(matches(row({master: 'me'}), 'mine', 'me')).toBe(true);
    expect(matches(row({master: 'me', assigned: 'other'}), 'mine', 'me')).toBe(false);
    expect(matches(row({master: 'other'}), 'mine', 'me')).toBe(false);
    expect(matches(row({master: 'other'}), 'all', 'me')).toBe(true);
  });

  it('names the linked client, else the chat title', () => {
    expect(conversationName({client: {name: 'Айгерім'} as never, title: 'aigerim_k'}, '—')).toBe('Айгерім');
    expect(conversationName({client: undefined, title: 'aigerim_k'}, '—')).toBe('aigerim_k');
    expect(conversationName({client: {name: ' '} as never, title: ''}, '—')).toBe('—');
  });

  it("shows today's time, an older day's date, in the company's zone", () => {
    const now = Date.parse('2026-12-06T12:00:00Z'); // 17:00 in Almaty
    expect(shortWhen(Date.parse('2026-12-06T04:30:00Z'), 'Asia/Almaty', 'ru', now)).toBe('09:30');
    // 20:30 UTC on the 5th is already the 6th in Almaty (UTC+5).
    expect(shortWhen(Date.parse('2026-12-05T20:30:00Z'), 'Asia/Almaty', 'ru', now)).toBe('01:30');
    expect(shortWhen(Date.parse('2026-12-05T12:00:00Z'), 'Asia/Almaty', 'ru', now)).toBe('05.12.26');
    expect(shortWhen(null, 'Asia/Almaty', 'ru', now)).toBe('');
  });

  it('gives WhatsApp and VK a webhook address to paste; Telegram sets its own', () => {
    expect(webhookUrl('whatsapp', 'ch1', 'https://dot.kz')).toBe('https://dot.kz/hooks/whatsapp/ch1');
    expect(webhookUrl('vk', 'ch2', 'https://dot.kz')).toBe('https://dot.kz/hooks/vk/ch2');
    expect(webhookUrl('telegram', 'ch3', 'https://dot.kz')).toBeNull();
  });
});
