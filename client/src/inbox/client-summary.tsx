// Beside the conversation (below it on a phone): who the client is, a link to
// their CRM card, and their bookings and requests as this device holds them
// (the CRM module keeps them subscribed; a role without it sees none).
import {useQuery} from '@rocicorp/zero/react';
import {useMemo} from 'react';
import {bookingState} from '#shared/crm/timeline.ts';
import {formatDate} from '#shared/i18n/format.ts';
import {queries} from '#shared/queries/index.ts';
import {useProfile} from '../cabinet/use-profile.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {useRequestConfig} from '../requests/use-request-config.ts';
import type {Session} from '../session/session.ts';
import {conversationName, type ConversationRow} from './use-inbox.ts';

const SHOWN = 5;

export function ClientSummary({conversation: c, session, timeZone}: {conversation: ConversationRow; session: Session; timeZone: string}) {
  const {t, locale} = useI18n();
  const {modules} = useProfile();
  const config = useRequestConfig();
  const [allBookings] = useQuery(queries.clients.bookings());
  const [allRequests] = useQuery(queries.clients.requests());
  const id = c.client_id;
  const bookings = useMemo(() => (id ? allBookings.filter((b) => b.client_id === id).slice(0, SHOWN) : []), [allBookings, id]);
  const requests = useMemo(() => (id ? allRequests.filter((r) => r.client_id === id).slice(0, SHOWN) : []), [allRequests, id]);
  const crm = modules.crm && session.permissions.includes('clients.read');
  const now = Date.now();
  return (
    <aside className="client-summary" aria-label={t('inbox.client.title')}>
      <h2>{t('inbox.client.title')}</h2>
      <p className="client-summary-name">{conversationName(c, t('crm.noName'))}</p>
      {id && crm ? (
        <Link href={`/clients/${id}`} className="button">
          {t('inbox.client.open')}
        </Link>
      ) : !id ? (
        <p className="muted">{t('inbox.client.none')}</p>
      ) : null}
      {bookings.length ? (
        <>
          <h3>{t('inbox.client.bookings')}</h3>
          <ul className="summary-list">
            {bookings.map((b) => {
              const state = bookingState(b, now);
              return (
                <li key={b.id}>
                  <Link href={`/booking/b/${b.id}?master=${encodeURIComponent(b.master_id)}`}>{formatDate(b.starts_at, timeZone, locale, 'short')}</Link>{' '}
                  <span className={`badge bk-${state}`}>{t(`crm.tl.bk.${state}`)}</span>
                  {b.service_title ? <span className="summary-detail">{b.service_title}</span> : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {requests.length ? (
        <>
          <h3>{t('inbox.client.requests')}</h3>
          <ul className="summary-list">
            {requests.map((r) => (
              <li key={r.id}>
                <Link href={`/requests/${r.id}`}>{r.number ? `#${r.number}` : '…'}</Link>{' '}
                <span className="badge">{config.statusName(r.type_id, r.status)}</span>
                {r.title ? <span className="summary-detail">{r.title}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </aside>
  );
}
