// The requests as cards (phones). Cards differ in height (badges, two lines
// of text), so instead of windowing by arithmetic the list grows as one
// scrolls: the first screenful at once, the next batch when its end comes
// into sight. A filter or a search shows its first matches immediately,
// whatever the number of requests on the device.
import {memo, useEffect, useRef, useState} from 'react';
import {formatDate} from '#shared/i18n/format.ts';
import {formatPhone} from '#shared/phone.ts';
import {sourceKind} from '#shared/requests/source.ts';
import {isOpenRequest, requestSla} from '#shared/requests/state.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {useMinute} from '../ui/use-minute.ts';
import {usePendingSubjects} from '../write/writer.tsx';
import {StatusPill} from './views/status-pill.tsx';
import type {ViewContext} from './views/use-view-env.ts';
import type {ViewRow} from './views/use-view-rows.ts';
import {NotAcceptedBadge} from './not-accepted-badge.tsx';

const BATCH = 40;

/** Who the request is from, or (an internal request) what it is about. */
const nameOf = (r: ViewRow) => r.client_name || formatPhone(r.client_phone) || r.title || '—';

/** Escalated or overdue, as workflow/sla.ts and the server say; nothing once the request is closed. */
function SlaMark({row, env, now}: {row: ViewRow; env: ViewContext; now: number}) {
  const {t} = useI18n();
  const sla = requestSla(now, row, isOpenRequest(row, env.statusKind), env.config.workflowOf(row.type_id).sla.escalateAfterHours);
  if (sla.escalated) return <span className="badge sla sla-escalated">{t('requests.escalated')}</span>;
  if (sla.state === 'overdue') return <span className="badge sla sla-overdue">{t('requests.overdue')}</span>;
  return null;
}

/**
 * One card of the list. Memoized: a write or a synced change re-renders the list, and Zero keeps the objects of
 * the rows that did not change, so only the changed card is made again (a frame for a click, issue 20).
 */
const RequestRow = memo(function RequestRow({
  row,
  selected,
  waiting,
  env,
  now,
}: {
  row: ViewRow;
  selected: boolean;
  waiting: boolean;
  env: ViewContext;
  now: number;
}) {
  const {t, locale} = useI18n();
  return (
    <li>
      <Link href={`/requests/${row.id}`} className={selected ? 'request-row selected' : 'request-row'} data-request-id={row.id}>
        <div className="row-top">
          <span className="row-number">{row.number ? `#${row.number}` : '…'}</span>
          <span className="row-name">{nameOf(row)}</span>
          <StatusPill env={env} typeId={row.type_id} status={row.status} />
        </div>
        {waiting ? <span className="badge waiting-badge">{t('outbox.badge')}</span> : null}
        {row.priority === 'urgent' || row.priority === 'high' ? (
          <span className={`badge priority priority-${row.priority}`}>{t(`priority.${row.priority}`)}</span>
        ) : null}
        <NotAcceptedBadge request={row} />
        <SlaMark row={row} env={env} now={now} />
        <div className="row-text">{row.title && nameOf(row) !== row.title ? row.title : row.text}</div>
        <div className="row-meta">
          <span>{formatDate(row.created_at, env.timeZone, locale, 'short')}</span>
          {row.client_phone ? <span>{formatPhone(row.client_phone)}</span> : null}
          <span className="row-source">{t(`source.${sourceKind(row.source)}`)}</span>
          {row.responsible_id && env.responsibleName(row.responsible_id) ? <span>{env.responsibleName(row.responsible_id)}</span> : null}
        </div>
      </Link>
    </li>
  );
});

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
  const pending = usePendingSubjects();
  // Overdue marks follow the clock: every card is checked again each minute, not only when its request changes.
  const now = useMinute();
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
        <RequestRow key={r.id} row={r} selected={r.id === selectedId} waiting={pending.has(r.id)} env={env} now={now} />
      ))}
      {shown < rows.length ? <li ref={end} className="list-more" aria-hidden="true" /> : null}
    </ul>
  );
}
