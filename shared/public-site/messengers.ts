// Messenger links with a prepared message, in the visitor's language:
// WhatsApp click-to-chat (wa.me/<digits>?text=), Telegram (t.me/<user>?text=),
// VK (vk.me/<name>?ref=…: VK has no prefilled text; ref reaches a bot).
import type {Translate} from '../i18n/translate.ts';
import type {Channel} from './links.ts';

export type MessengerContacts = {whatsapp: string; telegram: string; vk: string};

export function channelsOf(c: MessengerContacts): Channel[] {
  const out: Channel[] = [];
  if (c.whatsapp.replace(/\D/g, '').length >= 10) out.push('wa');
  if (c.telegram) out.push('tg');
  if (c.vk) out.push('vk');
  return out;
}

/** "Здравствуйте! Хочу заказать: Торт «Наполеон» (https://…/i/12)". */
export function preparedText(t: Translate, item: {title: string; url: string} | undefined): string {
  return item ? t('site.msg.order', {item: item.title, url: item.url}) : t('site.msg.hello');
}

/** The messenger's own address, or null when the company has not given that channel. */
export function messengerUrl(channel: Channel, c: MessengerContacts, text: string, ref: string): string | null {
  if (channel === 'wa') {
    const digits = c.whatsapp.replace(/\D/g, '');
    return digits.length >= 10 ? `https://wa.me/${digits}?text=${encodeURIComponent(text)}` : null;
  }
  if (channel === 'tg') return c.telegram ? `https://t.me/${encodeURIComponent(c.telegram)}?text=${encodeURIComponent(text)}` : null;
  if (!c.vk) return null;
  const safeRef = ref.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 64);
  return `https://vk.me/${encodeURIComponent(c.vk)}${safeRef ? `?ref=${safeRef}&ref_source=site` : ''}`;
}
