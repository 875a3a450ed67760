// One task in a list (My tasks, a request's tasks): its title, its deadline in
// the company's zone, the request it serves, its status, what it waits on,
// and — returned for rework — the reason, first.
import {formatDate} from '#shared/i18n/format.ts';
import {describeBlockers} from '#shared/workflow/describe.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {TaskStatusBadge} from './task-status-badge.tsx';
import {openBlockers, requestLine} from '#shared/tasks/mine.ts';
import type {LinkRow, TaskRow} from './use-tasks.ts';

type Props = {
  task: TaskRow & {blockers?: readonly LinkRow[]};
  timeZone: string;
  now: number;
  /** A hand-in or another write about it still on its way from this device. */
  waiting?: boolean;
  handing?: boolean;
  assignee?: string;
  showRequest?: boolean;
  /** Off on the board, whose column says it. */
  showStatus?: boolean;
};

export function TaskRowLink({task, timeZone, now, waiting, handing, assignee, showRequest = true, showStatus = true}: Props) {
  const {t, locale} = useI18n();
  const blockers = openBlockers(task, '…');
  const overdue = task.deadline != null && task.deadline < now && task.status !== 'review' && task.status !== 'done' && task.status !== 'cancelled';
  const context = showRequest ? requestLine(task.context) : '';
  return (
    <Link href={`/tasks/${task.id}`} className={`task-row${overdue ? ' overdue' : ''}`} data-task-id={task.id} data-status={task.status}>
      {task.status === 'returned' && task.return_reason ? (
        <div className="return-reason" data-testid="return-reason">
          {t('tasks.returnedBecause', {reason: task.return_reason})}
        </div>
      ) : null}
      <div className="task-title">{task.title}</div>
      {context ? <div className="task-context">{context}</div> : null}
      <div className="row-meta">
        {showStatus ? <TaskStatusBadge status={task.status} /> : null}
        <span className={overdue ? 'late' : undefined}>
          {task.deadline != null ? t('tasks.due', {when: formatDate(task.deadline, timeZone, locale, 'short')}) : t('tasks.noDeadline')}
        </span>
        {overdue ? <span className="badge overdue-badge">{t('tasks.overdueMark')}</span> : null}
        {task.priority === 'urgent' || task.priority === 'high' ? (
          <span className={`badge priority priority-${task.priority}`}>{t(`priority.${task.priority}`)}</span>
        ) : null}
        {assignee ? <span className="task-assignee">{assignee}</span> : null}
      </div>
      {blockers.length && task.status !== 'done' && task.status !== 'cancelled' ? (
        <div className="task-blocked" data-testid="blocked">
          {describeBlockers([{kind: 'blocked_by', tasks: blockers}], t, locale)}
        </div>
      ) : null}
      {handing ? (
        <span className="badge waiting-badge">{t('tasks.handInWaiting')}</span>
      ) : waiting ? (
        <span className="badge waiting-badge">{t('outbox.badge')}</span>
      ) : null}
    </Link>
  );
}
