// The requests as cards (phones). Cards differ in height (badges, two lines
// of text), so instead of windowing by arithmetic the list grows as one
// scrolls: the first screenful at once, the next batch when its end comes
// into sight. A filter or a search shows its first matches immediately,
// whatever the number of requests on the device.
import {useEffect, useRef, useState} from 'react';
import {formatDate} from '#shared/i18n/format.ts';
import {formatPhone} from '#shared/phone.ts';
import {sourceKind} from '#shared/requests/source.ts';
import {isOpenRequest, requestSla} from '#shared/requests/state.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {usePendingSubjects} from '../write/writer.tsx';
import {StatusPill} from './views/status-pill.tsx';
import type {ViewContext} from './views/use-view-env.ts';
import type {ViewRow} from './views/use-view-rows.ts';
import {NotAcceptedBadge} from './not-accepted-badge.tsx';

const BATCH = 40;

/** Who the request is from, or (an internal request) what it is about. */
const nameOf = (r: ViewRow) => r.client_name || formatPhone(r.client_phone) || r.title || '—';

/** Escalated or overdue, as workflow/sla.ts and the server say; nothing once the request is closed. */
function SlaMark({row, env}: {row: ViewRow; env: ViewContext}) {
  const {t} = useI18n();
  const sla = requestSla(Date.now(), row, isOpenRequest(row, env.statusKind), env.config.workflowOf(row.type_id).sla.escalateAfterHours);
  if (sla.escalated) return <span className="badge sla sla-escalated">{t('requests.escalated')}</span>;
  if (sla.state === 'overdue') return <span className="badge sla sla-overdue">{t('requests.overdue')}</span>;
  return null;
}

export function RequestList({
  rows,
  selectedId,
  env,
  emptyText,
}: {
  rows: readonly ViewRow[];
  selectedId?: string | undefined;
  env: ViewContext;
  emptyText: string;
}) {
  const {t, locale} = useI18n();
  const pending = usePendingSubjects();
  const [shown, setShown] = useState(BATCH);
  const end = useRef<HTMLLIElement>(null);

  // A new result starts from its first batch again.
  useEffect(() => setShown(BATCH), [rows]);
  useEffect(() => {
    const el = end.current;
    if (!el) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setShown((n) => n + BATCH);
      },
      {rootMargin: '600px'},
    );
    io.observe(el);
    return () => io.disconnect();
  }, [shown, rows]);

  if (!rows.length) return <p className="empty">{emptyText}</p>;
  return (
    <ul className="request-list">
      {rows.slice(0, shown).map((r) => (
        <li key={r.id}>
          <Link href={`/requests/${r.id}`} className={r.id === selectedId ? 'request-row selected' : 'request-row'} data-request-id={r.id}>
            <div className="row-top">
              <span className="row-number">{r.number ? `#${r.number}` : '…'}</span>
              <span className="row-name">{nameOf(r)}</span>
              <StatusPill env={env} typeId={r.type_id} status={r.status} />
            </div>
            {pending.has(r.id) ? <span className="badge waiting-badge">{t('outbox.badge')}</span> : null}
            {r.priority === 'urgent' || r.priority === 'high' ? (
              <span className={`badge priority priority-${r.priority}`}>{t(`priority.${r.priority}`)}</span>
            ) : null}
            <NotAcceptedBadge request={r} />
            <SlaMark row={r} env={env} />
            <div className="row-text">{r.title && nameOf(r) !== r.title ? r.title : r.text}</div>
            <div className="row-meta">
              <span>{formatDate(r.created_at, env.timeZone, locale, 'short')}</span>
              {r.client_phone ? <span>{formatPhone(r.client_phone)}</span> : null}
              <span className="row-source">{t(`source.${sourceKind(r.source)}`)}</span>
              {r.responsible_id && env.responsibleName(r.responsible_id) ? <span>{env.responsibleName(r.responsible_id)}</span> : null}
            </div>
          </Link>
        </li>
      ))}
      {shown < rows.length ? <li ref={end} className="list-more" aria-hidden="true" /> : null}
    </ul>
  );
}
