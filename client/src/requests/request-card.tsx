import {useQuery} from '@rocicorp/zero/react';
import {can} from '../../../shared/auth/can.ts';
import {formatDate} from '../../../shared/i18n/format.ts';
import {formatPhone} from '../../../shared/phone.ts';
import {queries} from '../../../shared/queries/index.ts';
import {sourceKind} from '../../../shared/requests/source.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {memberContextOf, type Session} from '../session/session.ts';
import {usePendingSubjects} from '../write/writer.tsx';
import {Comments} from './comments.tsx';
import {RequestFiles} from './files.tsx';
import {History} from './history.tsx';
import {StatusActions} from './status-actions.tsx';
import {StatusBadge} from './status-badge.tsx';
import {RequestItem} from '../catalog/request-item.tsx';

export function RequestCard({id, session, timeZone}: {id: string; session: Session; timeZone: string}) {
  const {t, locale} = useI18n();
  const [request, details] = useQuery(queries.requests.card({id}));
  const pending = usePendingSubjects();
  if (!request) {
    return <div className="card-empty">{details.type === 'complete' ? t('requests.notFound') : t('state.loading')}</div>;
  }
  const ctx = memberContextOf(session);
  const waDigits = request.client_phone.replace(/\D/g, '');
  return (
    <article className="request-card" data-request-id={request.id}>
      <Link href="/requests" className="back-link">
        ← {t('action.back')}
      </Link>
      <header className="card-head">
        <h1>{request.number ? t('requests.number', {number: request.number}) : t('requests.numberPending')}</h1>
        <StatusBadge status={request.status} />
        {pending.has(request.id) ? <span className="badge waiting-badge">{t('outbox.badge')}</span> : null}
      </header>
      <dl className="facts">
        <dt>{t('requests.client')}</dt>
        <dd>{request.client_name || '—'}</dd>
        {request.client_phone ? (
          <>
            <dt>{t('requests.phone')}</dt>
            <dd>
              <a href={`tel:${request.client_phone}`}>{formatPhone(request.client_phone)}</a>
              {' · '}
              <a href={`https://wa.me/${waDigits}`} target="_blank" rel="noreferrer">
                WhatsApp
              </a>
            </dd>
          </>
        ) : null}
        {request.client_email ? (
          <>
            <dt>{t('requests.email')}</dt>
            <dd>
              <a href={`mailto:${request.client_email}`}>{request.client_email}</a>
            </dd>
          </>
        ) : null}
        <dt>{t('requests.source')}</dt>
        <dd>
          {t(`source.${sourceKind(request.source)}`)}
          {sourceKind(request.source) === 'qr' || sourceKind(request.source) === 'other' ? ` (${request.source})` : ''}
        </dd>
        <RequestItem id={request.catalog_item_id} />
        <dt>{t('requests.createdAt')}</dt>
        <dd>{formatDate(request.created_at, timeZone, locale)}</dd>
      </dl>
      <p className="request-text">{request.text}</p>
      <StatusActions id={request.id} status={request.status} session={session} />
      <Comments requestId={request.id} comments={request.comments} timeZone={timeZone} canComment={can(ctx, 'requests.comment')} />
      <RequestFiles requestId={request.id} attachments={request.attachments} canAttach={can(ctx, 'requests.update')} />
      <History requestId={request.id} timeZone={timeZone} />
    </article>
  );
}
