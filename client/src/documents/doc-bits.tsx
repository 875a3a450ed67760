// Small pieces the archive and the card share: a document's status in its
// lifecycle's name and colour, a 'YYYY-MM-DD' day in the user's language, and
// the "valid until" with its warning when it is near or past.
import {DOCUMENT_WORKFLOW} from '#shared/documents/lifecycle.ts';
import {formatDate} from '#shared/i18n/format.ts';
import {statusOf} from '#shared/workflow/engine.ts';
import {localizedText} from '#shared/workflow/resolve.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {dayEpoch, type Expiry} from './use-documents.ts';

export function statusName(status: string, locale: Parameters<typeof localizedText>[1]): string {
  return localizedText(statusOf(DOCUMENT_WORKFLOW, status)?.name, locale) || status;
}

export function DocStatusBadge({status}: {status: string}) {
  const {locale} = useI18n();
  const color = statusOf(DOCUMENT_WORKFLOW, status)?.color ?? '#64748b';
  return (
    <span className="badge doc-status" data-status={status} style={{background: `${color}1f`, color}}>
      {statusName(status, locale)}
    </span>
  );
}

/** "1 марта 2026 г." (or "01.03.26" short) for a stored day; '' for none. */
export function useDay(): (day: string, short?: boolean) => string {
  const {locale} = useI18n();
  return (day, short) => {
    const at = dayEpoch(day);
    return at === null ? '' : formatDate(at, 'UTC', locale, short ? 'numeric' : 'date');
  };
}

export function ValidUntil({day, expiry, short}: {day: string; expiry: Expiry; short?: boolean}) {
  const {t} = useI18n();
  const fmt = useDay();
  if (!day) return null;
  return (
    <span className={`valid-until expiry-${expiry}`} data-expiry={expiry}>
      {t('docs.validUntil', {date: fmt(day, short)})}
      {expiry === 'soon' ? <strong className="expiry-mark">{t('docs.expiringSoon')}</strong> : null}
      {expiry === 'past' ? <strong className="expiry-mark">{t('docs.expiredMark')}</strong> : null}
    </span>
  );
}
