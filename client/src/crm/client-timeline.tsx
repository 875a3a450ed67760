// A client's story on the card, newest first (shared/crm/timeline.ts):
// requests and orders with links, status changes, notes, merges. Bookings and
// messages appear here as their modules start writing them.
import type {Row} from '@rocicorp/zero';
import {useQuery} from '@rocicorp/zero/react';
import {useMemo} from 'react';
import {clientTimeline, type TimelineEvent, type TimelineMerge} from '../../../shared/crm/timeline.ts';
import {clientSourceLabel} from '../../../shared/crm/source.ts';
import {formatDate} from '../../../shared/i18n/format.ts';
import {queries} from '../../../shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {StatusBadge} from '../requests/status-badge.tsx';
import {useRequestConfig} from '../requests/use-request-config.ts';
import {Link} from '../router/router.tsx';
import type {ClientRow} from './use-crm.ts';

type Props = {
  client: ClientRow;
  requests: readonly Row['request'][];
  notes: readonly (Row['client_note'] & {author?: {name: string} | undefined})[];
  merges: readonly TimelineMerge[];
  timeZone: string;
};

export function ClientTimeline({client, requests, notes, merges, timeZone}: Props) {
  const {t, locale} = useI18n();
  const config = useRequestConfig();
  const ids = useMemo(() => requests.map((r) => r.id).slice(0, 500), [requests]);
  const [audit] = useQuery(queries.clients.requestHistory({ids}));
  const [items] = useQuery(queries.catalog.items());
  const itemTitle = useMemo(() => new Map(items.map((i) => [i.id, i.title])), [items]);
  const events = useMemo(
    () => clientTimeline({client, requests, audit: ids.length ? audit : [], notes, merges}),
    [client, requests, audit, ids.length, notes, merges],
  );
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
              {e.kind === 'order' ? t('crm.tl.order', {number: number(e.request), item: itemTitle.get(e.itemId) ?? '…'}) : t('crm.tl.request', {number: number(e.request)})}
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
      case 'booking':
        return <span>{t('crm.tl.booking', {date: formatDate(e.booking.starts_at, timeZone, locale)})}</span>;
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
