import {useQuery} from '@rocicorp/zero/react';
import {can} from '#shared/auth/can.ts';
import {formatDate} from '#shared/i18n/format.ts';
import {formatPhone} from '#shared/phone.ts';
import {cardFields} from '#shared/requests/card-fields.ts';
import {queries} from '#shared/queries/index.ts';
import {sourceKind} from '#shared/requests/source.ts';
import {openRequiredTasks} from '#shared/tasks/lifecycle.ts';
import {isOrphanStatus, movesFrom, requiredFieldsAt, type RequestSnapshot} from '#shared/workflow/engine.ts';
import {localizedText} from '#shared/workflow/resolve.ts';
import {RequestItem} from '../catalog/request-item.tsx';
import {RequestClient} from '../crm/request-client.tsx';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {memberContextOf, type Session} from '../session/session.ts';
import {RequestTasks} from '../tasks/request-tasks.tsx';
import {RequestInvoices} from '../finance/request-invoice.tsx';
import {usePendingSubjects} from '../write/writer.tsx';
import {CardHead} from './card/card-head.tsx';
import {Checklist} from './card/checklist.tsx';
import {CustomFields} from './card/custom-fields.tsx';
import {Details} from './card/details.tsx';
import {OrphanMover} from './card/orphan-mover.tsx';
import {Watchers} from './card/watchers.tsx';
import {Comments} from './comments.tsx';
import {RequestFiles} from './files.tsx';
import {History} from './history.tsx';
import {StatusActions} from './status-actions.tsx';
import {useRequestConfig} from './use-request-config.ts';
import './card/card.css';

export function RequestCard({id, session, timeZone}: {id: string; session: Session; timeZone: string}) {
  const {t, locale} = useI18n();
  const config = useRequestConfig();
  const [request, details] = useQuery(queries.requests.card({id}));
  const [tasks] = useQuery(queries.tasks.ofRequest({requestId: id}));
  const pending = usePendingSubjects();
  if (!request) {
    return <div className="card-empty">{details.type === 'complete' ? t('requests.notFound') : t('state.loading')}</div>;
  }
  const ctx = memberContextOf(session);
  const canEdit = can(ctx, 'requests.update');
  const workflow = config.workflowOf(request.type_id);
  const fields = config.fieldsOf(request.type_id);
  const snapshot: RequestSnapshot = {
    status: request.status,
    fields: request.fields,
    attachmentKinds: request.attachments.map((a) => a.kind),
    checklist: request.checklist,
    // The tasks this person sees; the server counts every required one (shared/requests/load.ts).
    openTasks: openRequiredTasks(tasks),
  };
  // What the next moves ask for is marked now, so nobody learns it from a refusal.
  const moves = movesFrom(workflow, request.status);
  const guardFields = moves.flatMap((m) => m.guards.flatMap((g) => (g.kind === 'fields_filled' ? g.fields : [])));
  const nextRequired = moves.flatMap((m) => requiredFieldsAt(workflow, fields, m.to).map((f) => f.key));
  const requiredNow = new Set([...requiredFieldsAt(workflow, fields, request.status).map((f) => f.key), ...guardFields, ...nextRequired]);
  const wantedFiles = moves.flatMap((m) => m.guards.flatMap((g) => (g.kind === 'file_attached' ? [g.fileKind] : [])));
  const help = Object.fromEntries(fields.map((f) => [f.key, localizedText(f.help, locale)]).filter(([, h]) => h));
  const waDigits = request.client_phone.replace(/\D/g, '');
  // Only what this type needs beyond the universal fields: no department or invoice on a salon's request.
  const shows = cardFields({
    template: request.type_id ? config.byId.get(request.type_id)?.row.template : null,
    workflow,
    department: request.department,
    attachmentKinds: snapshot.attachmentKinds,
  });
  return (
    <article className="request-card" data-request-id={request.id} data-status={request.status}>
      <Link href="/requests" className="back-link">
        ← {t('action.back')}
      </Link>
      <CardHead request={request} session={session} waiting={pending.has(request.id)} />
      {isOrphanStatus(workflow, request.status) && canEdit ? <OrphanMover requestId={request.id} status={request.status} workflow={workflow} /> : null}
      <StatusActions id={request.id} typeId={request.type_id} snapshot={snapshot} session={session} />
      {request.text ? <p className="request-text">{request.text}</p> : null}
      <dl className="facts">
        {request.client_name || request.client_phone ? (
          <>
            <dt>{t('requests.client')}</dt>
            <dd>{request.client_name || '—'}</dd>
          </>
        ) : null}
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
        <dd>
          {formatDate(request.created_at, timeZone, locale)}
          {request.author ? ` · ${request.author.name}` : ''}
        </dd>
      </dl>
      <RequestClient request={request} session={session} />
      <Details request={request} canEdit={canEdit} timeZone={timeZone} showDepartment={shows.department} />
      <CustomFields requestId={request.id} defs={fields} help={help} values={request.fields} requiredNow={requiredNow} canEdit={canEdit} />
      <RequestFiles requestId={request.id} attachments={request.attachments} canAttach={canEdit} wanted={wantedFiles} kinds={shows.fileKinds} />
      <RequestTasks requestId={request.id} tasks={tasks} session={session} timeZone={timeZone} />
      <RequestInvoices requestId={request.id} typeKey={request.type_id ? config.byId.get(request.type_id)?.key : undefined} session={session} />
      <Checklist requestId={request.id} items={request.checklist} canEdit={canEdit} />
      <Watchers requestId={request.id} watchers={request.watchers} me={session.member.id} canManage={canEdit} />
      <Comments requestId={request.id} comments={request.comments} timeZone={timeZone} canComment={can(ctx, 'requests.comment')} />
      <History requestId={request.id} typeId={request.type_id} timeZone={timeZone} />
    </article>
  );
}
