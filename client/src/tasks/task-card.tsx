// A task's card (/tasks/<id>): what it is, what it waits on, who does it by
// when, the moves its lifecycle allows this person (a disabled one says why
// before the click), handing in the result, and its parts. Read from the
// device's replica: a task of "My tasks" opens offline.
import {useQuery} from '@rocicorp/zero/react';
import {can} from '#shared/auth/can.ts';
import {describeError} from '#shared/errors-describe.ts';
import {queries} from '#shared/queries/index.ts';
import {mayCheck, mayWork} from '#shared/tasks/access.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {memberContextOf, type Session} from '../session/session.ts';
import {usePendingFiles} from '../write/writer.tsx';
import {HandIn, WORK_STATUSES} from './hand-in.tsx';
import {TaskActions} from './task-actions.tsx';
import {TaskChecklist} from './task-checklist.tsx';
import {TaskComments} from './task-comments.tsx';
import {TaskContext} from './task-context.tsx';
import {TaskDetails} from './task-details.tsx';
import {TaskFiles} from './task-files.tsx';
import {TaskHistory} from './task-history.tsx';
import {TaskLinks} from './task-links.tsx';
import {TaskStatusBadge} from './task-status-badge.tsx';
import {snapshotOf} from '#shared/tasks/mine.ts';
import {TaskSubtasks} from './task-subtasks.tsx';
import {useTaskWrites, useTimeZone} from './use-tasks.ts';
import '../requests/card/card.css';

export function TaskCard({id, session}: {id: string; session: Session}) {
  const {t, locale} = useI18n();
  const timeZone = useTimeZone();
  const [task, details] = useQuery(queries.tasks.card({id}));
  const pendingFiles = usePendingFiles(id);
  const writes = useTaskWrites(id);
  if (!task) {
    return (
      <article className="task-card">
        <Link href="/tasks" className="back-link">
          ← {t('action.back')}
        </Link>
        <div className="card-empty">{details.type === 'complete' ? t('tasks.notFound') : t('state.loading')}</div>
      </article>
    );
  }
  const ctx = memberContextOf(session);
  const worker = mayWork(ctx, task, task.people);
  const checker = mayCheck(ctx, task);
  const confirmed = new Set(task.attachments.map((a) => a.file_id));
  const waitingFiles = pendingFiles.filter((p) => !confirmed.has(p.id));
  const files = task.attachments.length + waitingFiles.length;
  const snapshot = snapshotOf({...task, checks: task.checks}, files, '…');
  const handing = writes.some((w) => w.name === 'task.handIn' && w.state !== 'attention');
  const refused = writes.filter((w) => w.state === 'attention' && w.error);
  const working = worker && WORK_STATUSES.includes(task.status) && !handing;
  const filesSection = <TaskFiles taskId={task.id} attachments={task.attachments} pending={waitingFiles} canAttach={worker || checker} inForm={working} />;
  return (
    <article className="task-card" data-task-id={task.id} data-status={task.status}>
      <Link href="/tasks" className="back-link">
        ← {t('action.back')}
      </Link>
      <header className="card-head">
        <h1 className="task-heading">{task.title}</h1>
        <TaskStatusBadge status={task.status} />
        {task.priority === 'urgent' || task.priority === 'high' ? (
          <span className={`badge priority priority-${task.priority}`}>{t(`priority.${task.priority}`)}</span>
        ) : null}
      </header>
      {task.status === 'returned' && task.return_reason ? (
        <div className="return-reason big" role="note" data-testid="return-reason">
          {t('tasks.returnedBecause', {reason: task.return_reason})}
        </div>
      ) : null}
      {handing ? (
        <div className="banner handing" role="status">
          {t('tasks.handInWaiting')}
        </div>
      ) : null}
      {refused.map((w, i) => (
        <div key={i} className="alert" role="alert">
          {t('error.refusedOnServer', {reason: describeError(w.error!, t, {locale})})} <Link href="/outbox">{t('tasks.openOutbox')}</Link>
        </div>
      ))}
      <TaskContext context={task.context} requestId={task.request_id} seesRequest={can(ctx, 'requests.read')} />
      {task.description ? <p className="request-text">{task.description}</p> : null}
      <TaskActions task={task} snapshot={snapshot} worker={worker} checker={checker} />
      {working ? (
        <HandIn task={task} files={files}>
          {filesSection}
        </HandIn>
      ) : (
        <>
          {task.result_text || task.result_link ? (
            <section className="section task-result">
              <h2>{t('tasks.result')}</h2>
              {task.result_text ? <p className="request-text">{task.result_text}</p> : null}
              {task.result_link ? (
                <a href={task.result_link} target="_blank" rel="noreferrer" className="wrap-anywhere">
                  {task.result_link}
                </a>
              ) : null}
            </section>
          ) : null}
          {filesSection}
        </>
      )}
      <TaskDetails task={task} session={session} timeZone={timeZone} canEdit={checker} />
      <TaskChecklist taskId={task.id} items={task.checks} canTick={worker || checker} canRemove={checker} />
      <TaskSubtasks task={task} timeZone={timeZone} canAdd={worker || checker} />
      <TaskLinks task={task} canEdit={checker} />
      <TaskComments task={task} session={session} timeZone={timeZone} />
      <TaskHistory
        taskId={task.id}
        timeZone={timeZone}
        titles={
          new Map([
            ...task.blockers.flatMap((l) => (l.blocker ? [[l.blocker.id, l.blocker.title] as const] : [])),
            ...task.blocking.flatMap((l) => (l.task ? [[l.task.id, l.task.title] as const] : [])),
          ])
        }
      />
    </article>
  );
}
