// A client's story on the card, newest first (shared/crm/timeline.ts):
// requests and orders with links, status changes, bookings (when the visit
// is, in the company's zone, and how it went, with a link to the booking in
// its master's screens), notes, merges. Messages appear here as their module
// starts writing them.
import type {Row} from '@rocicorp/zero';
import {useQuery} from '@rocicorp/zero/react';
import {useMemo} from 'react';
import {bookingState, clientTimeline, type TimelineBooking, type TimelineEvent, type TimelineMerge} from '#shared/crm/timeline.ts';
import {clientSourceLabel} from '#shared/crm/source.ts';
import {formatDate} from '#shared/i18n/format.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {StatusBadge} from '../requests/status-badge.tsx';
import {useRequestConfig} from '../requests/use-request-config.ts';
import {Link} from '../router/router.tsx';
import type {ClientRow} from './use-crm.ts';

type Props = {
  client: ClientRow;
  requests: readonly Row['request'][];
  bookings: readonly TimelineBooking[];
  notes: readonly (Row['client_note'] & {author?: {name: string} | undefined})[];
  merges: readonly TimelineMerge[];
  timeZone: string;
};

export function ClientTimeline({client, requests, bookings, notes, merges, timeZone}: Props) {
  const {t, locale} = useI18n();
  const config = useRequestConfig();
  const ids = useMemo(() => requests.map((r) => r.id).slice(0, 500), [requests]);
  const [audit] = useQuery(queries.clients.requestHistory({ids}));
  const [items] = useQuery(queries.catalog.items());
  const itemTitle = useMemo(() => new Map(items.map((i) => [i.id, i.title])), [items]);
  const events = useMemo(
    () => clientTimeline({client, requests, audit: ids.length ? audit : [], bookings, notes, merges}),
    [client, requests, audit, ids.length, bookings, notes, merges],
  );
  const now = Date.now();
  const number = (r: {number?: number | null}) => (r.number ? `#${r.number}` : '…');
  const line = (e: TimelineEvent) => {
    switch (e.kind) {
      case 'created':
        return <span>{t('crm.tl.created', {source: clientSourceLabel(e.source, t)})}</span>;
      case 'request':
      case 'order':
        return (
          <span>
            <Link href={`/requests/${e.request.id}`}>
              {e.kind === 'order'
                ? t('crm.tl.order', {number: number(e.request), item: itemTitle.get(e.itemId) ?? '…'})
                : t('crm.tl.request', {number: number(e.request)})}
            </Link>{' '}
            <StatusBadge status={e.request.status} typeId={e.request.type_id} />
            <span className="timeline-detail">{e.request.title || e.request.text}</span>
          </span>
        );
      case 'status':
        return (
          <span>
            {t('crm.tl.status', {
              number: number(e.request),
              from: config.statusName(e.request.type_id, e.from),
              to: config.statusName(e.request.type_id, e.to),
            })}
            {e.actor ? <span className="muted"> · {e.actor}</span> : null}
          </span>
        );
      case 'note':
        return (
          <span>
            {t('crm.tl.note')}
            {e.note.author ? <span className="muted"> · {e.note.author.name}</span> : null}
            <span className="timeline-detail">{e.note.body}</span>
          </span>
        );
      case 'merge':
        return <span>{t(e.merge.undone_at ? 'crm.tl.mergeUndone' : 'crm.tl.merge', {name: e.merge.otherName})}</span>;
      case 'booking': {
        const b = e.booking;
        const state = bookingState(b, now);
        const what = [b.service, b.master].filter(Boolean).join(' · ');
        return (
          <span>
            <Link href={`/booking/b/${b.id}${b.master_id ? `?master=${encodeURIComponent(b.master_id)}` : ''}`}>
              {t('crm.tl.booking', {date: formatDate(b.starts_at, timeZone, locale)})}
            </Link>{' '}
            <span className={`badge bk-state bk-${state}`} data-state={state}>
              {t(`crm.tl.bk.${state}`)}
            </span>
            {what ? <span className="timeline-detail">{what}</span> : null}
          </span>
        );
      }
      case 'message':
        return <span>{t('crm.tl.message', {channel: e.message.channel})}</span>;
    }
  };
  return (
    <section className="section">
      <h2>{t('crm.timeline')}</h2>
      <ol className="timeline">
        {events.map((e) => (
          <li key={e.id} className={`timeline-item tl-${e.kind}`} data-kind={e.kind}>
            <time>{formatDate(e.at, timeZone, locale, 'short')}</time>
            {line(e)}
          </li>
        ))}
      </ol>
    </section>
  );
}
