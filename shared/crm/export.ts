// The client base as a table (header first) for CSV or XLSX, in the user's
// language. Contact columns are written only for people allowed to see them.
// The headers are words the import recognises, so an export reads back in.
import type {Translate} from '../i18n/translate.ts';
import type {MessageKey} from '../i18n/catalog.ts';
import {formatPhone} from '../phone.ts';
import type {ContactKind} from './contacts.ts';
import type {ClientStats} from './stats.ts';

export type ExportClient = {
  id: string;
  name: string;
  birthday?: string | null | undefined;
  tags: readonly string[];
  source: string;
  consent: string;
  created_at: number;
};
export type ExportContact = {client_id: string; kind: ContactKind; value: string};

const CONTACT_COLUMNS: [ContactKind, MessageKey][] = [
  ['phone', 'crm.col.phone'],
  ['email', 'crm.col.email'],
  ['telegram', 'crm.col.telegram'],
  ['whatsapp', 'crm.col.whatsapp'],
  ['vk', 'crm.col.vk'],
];

export type ExportOptions = {
  withContacts: boolean;
  t: Translate;
  /** epoch ms → "2026-05-01" in the company's zone. */
  date: (ms: number) => string;
  sourceLabel: (source: string) => string;
};

/** Cells are strings or numbers (a spreadsheet sums numbers; tenge as a number, not "1 500 ₸"). */
export function exportClientRows(
  clients: readonly ExportClient[],
  contacts: readonly ExportContact[],
  stats: (id: string) => ClientStats,
  o: ExportOptions,
): (string | number)[][] {
  const byClient = new Map<string, ExportContact[]>();
  if (o.withContacts) {
    for (const c of contacts) {
      const list = byClient.get(c.client_id);
      if (list) list.push(c);
      else byClient.set(c.client_id, [c]);
    }
  }
  const header = [
    o.t('crm.col.name'),
    ...(o.withContacts ? CONTACT_COLUMNS.map(([, key]) => o.t(key)) : []),
    o.t('crm.col.birthday'),
    o.t('crm.col.tags'),
    o.t('crm.col.source'),
    o.t('crm.col.consent'),
    o.t('crm.col.firstContact'),
    o.t('crm.col.lastContact'),
    o.t('crm.col.requests'),
    o.t('crm.col.repeat'),
    o.t('crm.col.ordersTotal'),
  ];
  const consentWord = (c: string) => (c === 'yes' ? o.t('crm.yes') : c === 'no' ? o.t('crm.no') : '');
  const body = clients.map((c) => {
    const s = stats(c.id);
    const own = byClient.get(c.id) ?? [];
    const contactCells = o.withContacts
      ? CONTACT_COLUMNS.map(([kind]) =>
          own
            .filter((x) => x.kind === kind)
            .map((x) => (kind === 'phone' || kind === 'whatsapp' ? formatPhone(x.value) : x.value))
            .join(', '),
        )
      : [];
    return [
      c.name,
      ...contactCells,
      c.birthday ?? '',
      c.tags.join(', '),
      o.sourceLabel(c.source),
      consentWord(c.consent),
      s.firstAt === null ? '' : o.date(s.firstAt),
      s.lastAt === null ? '' : o.date(s.lastAt),
      s.requests + s.bookings,
      s.repeat ? o.t('crm.yes') : o.t('crm.no'),
      s.ordersTotal / 100,
    ];
  });
  return [header, ...body];
}
