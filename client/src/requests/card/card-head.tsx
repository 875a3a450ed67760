// The top of a request card: what it is, where it stands, how much time is
// left, and — for an urgent request — whether the responsible person has
// taken it (S1 §6: urgent work waits for an explicit "accepted").
import type {Row} from '@rocicorp/zero';
import {useState} from 'react';
import {mutators} from '../../sync/mutators.ts';
import {useI18n} from '../../i18n/i18n.tsx';
import type {Session} from '../../session/session.ts';
import {useWrite} from '../../write/writer.tsx';
import {StatusBadge} from '../status-badge.tsx';
import {useRequestConfig} from '../use-request-config.ts';
import {SlaBadge} from './sla-badge.tsx';
import {NotAcceptedBadge} from '../not-accepted-badge.tsx';
import {mayAccept} from '#shared/requests/acceptance.ts';

type Props = {
  request: Row['request'] & {responsible?: Row['member'] | undefined};
  session: Session;
  waiting: boolean;
};

export function CardHead({request, session, waiting}: Props) {
  const {t} = useI18n();
  const write = useWrite();
  const config = useRequestConfig();
  const [error, setError] = useState<string>();
  const type = request.type_id ? config.byId.get(request.type_id) : undefined;
  const workflow = config.workflowOf(request.type_id);
  const urgent = request.priority === 'urgent';
  const heading = request.number ? t('requests.number', {number: request.number}) : t('requests.numberPending');
  return (
    <header className="card-head">
      <div className="card-title">
        <h1>
          {heading}
          {request.title ? <span className="card-subject">{request.title}</span> : null}
        </h1>
        {type ? <span className="type-name">{type.name}</span> : null}
      </div>
      <div className="badges">
        <StatusBadge status={request.status} typeId={request.type_id} />
        <span className={`badge priority priority-${request.priority}`} data-priority={request.priority}>
          {t(`priority.${request.priority}`)}
        </span>
        <SlaBadge dueAt={request.sla_due_at} escalateAfterHours={workflow.sla.escalateAfterHours} escalatedAt={request.escalated_at} />
        <NotAcceptedBadge request={request} />
        {urgent && request.accepted_at ? (
          <span className="badge accepted" data-accepted="yes">
            {t('requests.acceptedBy', {name: request.responsible?.name ?? ''})}
          </span>
        ) : null}
        {waiting ? <span className="badge waiting-badge">{t('outbox.badge')}</span> : null}
      </div>
      {urgent && mayAccept(request, session.member.id) ? (
        <button
          type="button"
          className="primary accept-button"
          onClick={async () => {
            const r = await write(mutators.request.accept({id: request.id, at: Date.now()}));
            setError(r.ok ? undefined : r.message);
          }}
        >
          {t('requests.accept')}
        </button>
      ) : null}
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
    </header>
  );
}
