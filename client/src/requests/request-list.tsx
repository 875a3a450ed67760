import type {Row} from '@rocicorp/zero';
import {formatDate} from '../../../shared/i18n/format.ts';
import {formatPhone} from '../../../shared/phone.ts';
import {sourceKind} from '../../../shared/requests/source.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {usePendingSubjects} from '../write/writer.tsx';
import {StatusBadge} from './status-badge.tsx';

type RequestRow = Row['request'];

/** Who the request is from, or (an internal request) what it is about. */
const nameOf = (r: RequestRow) => r.client_name || formatPhone(r.client_phone) || r.title || '—';

export function RequestList({rows, selectedId, timeZone}: {rows: readonly RequestRow[]; selectedId?: string | undefined; timeZone: string}) {
  const {t, locale} = useI18n();
  const pending = usePendingSubjects();
  if (!rows.length) return <p className="empty">{t('requests.empty')}</p>;
  return (
    <ul className="request-list">
      {rows.map((r) => (
        <li key={r.id}>
          <Link href={`/requests/${r.id}`} className={r.id === selectedId ? 'request-row selected' : 'request-row'} data-request-id={r.id}>
            <div className="row-top">
              <span className="row-number">{r.number ? `#${r.number}` : '…'}</span>
              <span className="row-name">{nameOf(r)}</span>
              <StatusBadge status={r.status} typeId={r.type_id} />
            </div>
            {pending.has(r.id) ? <span className="badge waiting-badge">{t('outbox.badge')}</span> : null}
            {r.priority === 'urgent' || r.priority === 'high' ? <span className={`badge priority priority-${r.priority}`}>{t(`priority.${r.priority}`)}</span> : null}
            {r.priority === 'urgent' && r.responsible_id && !r.accepted_at ? <span className="badge not-accepted">{t('requests.notAccepted')}</span> : null}
            {r.escalated_at ? (
              <span className="badge sla sla-escalated">{t('requests.escalated')}</span>
            ) : r.sla_due_at && r.sla_due_at < Date.now() ? (
              <span className="badge sla sla-overdue">{t('requests.overdue')}</span>
            ) : null}
            <div className="row-text">{r.title && nameOf(r) !== r.title ? r.title : r.text}</div>
            <div className="row-meta">
              <span>{formatDate(r.created_at, timeZone, locale, 'short')}</span>
              {r.client_phone ? <span>{formatPhone(r.client_phone)}</span> : null}
              <span className="row-source">{t(`source.${sourceKind(r.source)}`)}</span>
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
