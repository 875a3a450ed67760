// A request's tasks on its card: how far along they are (done of all), each
// with its status, who does it and what it waits on, and a way to add one.
import {seesTasks} from '#shared/tasks/access.ts';
import {useT} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {memberContextOf, type Session} from '../session/session.ts';
import {useMinute} from '../ui/use-minute.ts';
import {TaskRowLink} from './task-row.tsx';
import {usePeople, type LinkRow, type TaskRow} from './use-tasks.ts';
import './tasks.css';

type Props = {requestId: string; tasks: readonly (TaskRow & {blockers: readonly LinkRow[]})[]; session: Session; timeZone: string};

export function RequestTasks({requestId, tasks, session, timeZone}: Props) {
  const t = useT();
  const now = useMinute();
  const people = usePeople();
  const canAdd = seesTasks(memberContextOf(session));
  const counted = tasks.filter((x) => x.status !== 'cancelled');
  const done = counted.filter((x) => x.status === 'done').length;
  if (!tasks.length && !canAdd) return null;
  return (
    <section className="section request-tasks" aria-labelledby="request-tasks-title">
      <h2 id="request-tasks-title">
        {t('tasks.ofRequest')} {counted.length ? <span className="count">{t('tasks.progress', {done, total: counted.length})}</span> : null}
      </h2>
      {counted.length ? (
        <progress className="task-progress" max={counted.length} value={done} aria-label={t('tasks.progress', {done, total: counted.length})} />
      ) : null}
      {tasks.length ? (
        <ul className="task-list">
          {tasks.map((task) => (
            <li key={task.id}>
              <TaskRowLink
                task={task}
                timeZone={timeZone}
                now={now}
                showRequest={false}
                assignee={task.assignee_id ? people.name(task.assignee_id) : t('tasks.nobody')}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {canAdd ? (
        <Link href={`/tasks/new?request=${requestId}`} className="add-task-link">
          + {t('tasks.addToRequest')}
        </Link>
      ) : null}
    </section>
  );
}
