// A client's phones, emails and messengers as links that open the call, the
// mail or the chat. Shown only to people allowed to see them.
import {contactsToShow} from '#shared/crm/contacts.ts';
import {formatPhone} from '#shared/phone.ts';
import {useT} from '../i18n/i18n.tsx';
import type {ContactRow} from './use-crm.ts';

function link(c: ContactRow): {href: string; text: string; label?: string} {
  switch (c.kind) {
    case 'phone':
      return {href: `tel:${c.value}`, text: formatPhone(c.value)};
    case 'whatsapp':
      return {href: `https://wa.me/${c.value.replace(/\D/g, '')}`, text: formatPhone(c.value), label: 'WhatsApp'};
    case 'email':
      return {href: `mailto:${c.value}`, text: c.value};
    case 'telegram':
      return /^\d+$/.test(c.value)
        ? {href: `tg://user?id=${c.value}`, text: c.value, label: 'Telegram'}
        : {href: `https://t.me/${c.value}`, text: `@${c.value}`, label: 'Telegram'};
    case 'vk':
      return {href: `https://vk.com/${/^\d+$/.test(c.value) ? `id${c.value}` : c.value}`, text: c.value, label: 'VK'};
  }
}

const ORDER = ['phone', 'whatsapp', 'email', 'telegram', 'vk'];

export function ClientContacts({contacts: given, visible}: {contacts: readonly ContactRow[]; visible: boolean}) {
  const t = useT();
  if (!visible) return <p className="field-hint">{t('crm.contactsHidden')}</p>;
  if (!given.length) return null;
  // Oldest first within a kind, then each contact once (a merge of two records of one person).
  const contacts = contactsToShow([...given].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.created_at - b.created_at));
  const phones = contacts.filter((c) => c.kind === 'phone');
  return (
    <ul className="client-contacts">
      {contacts.map((c) => {
        const l = link(c);
        return (
          <li key={c.id} data-kind={c.kind}>
            {l.label ? <span className="muted">{l.label} </span> : null}
            <a href={l.href} target={c.kind === 'phone' || c.kind === 'email' ? undefined : '_blank'} rel="noreferrer">
              {l.text}
            </a>
            {c.kind === 'phone' && phones.length && !contacts.some((x) => x.kind === 'whatsapp' && x.value === c.value) ? (
              <>
                {' · '}
                <a href={`https://wa.me/${c.value.replace(/\D/g, '')}`} target="_blank" rel="noreferrer">
                  WhatsApp
                </a>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
