// Where a client came from, in words: the request sources ("Форма на сайте",
// "QR-код (qr-menu)"), the CRM's own ("Импорт", "Запись на услугу", messengers),
// or the text a spreadsheet gave, as it is.
import type {Translate} from '../i18n/translate.ts';
import {sourceKind} from '../requests/source.ts';

const CRM_SOURCES = {
  import: 'crm.source.import',
  booking: 'crm.source.booking',
  telegram: 'crm.source.telegram',
  whatsapp: 'crm.source.whatsapp',
  vk: 'crm.source.vk',
} as const;

export function clientSourceLabel(source: string, t: Translate): string {
  if (!source) return '—';
  if (source in CRM_SOURCES) return t(CRM_SOURCES[source as keyof typeof CRM_SOURCES]);
  if (!/^[a-z0-9][a-z0-9_-]{0,47}$/.test(source)) return source;
  const kind = sourceKind(source);
  if (kind === 'qr') return `${t('source.qr')} (${source})`;
  return kind === 'other' ? source : t(`source.${kind}`);
}
