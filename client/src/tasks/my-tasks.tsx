// "My tasks", phone first: what was returned for rework (its reason first),
// what is late, today's, what comes later, what has no deadline, and what is
// handed in and waits for its check. Read from the held query (tasks-held.tsx),
// so it opens offline.
import {useQuery} from '@rocicorp/zero/react';
import {queries} from '#shared/queries/index.ts';
import {useT} from '../i18n/i18n.tsx';
import {useMinute} from '../ui/use-minute.ts';
import {usePendingSubjects} from '../write/writer.tsx';
import {TaskRowLink} from './task-row.tsx';
import {groupMine} from '#shared/tasks/mine.ts';
import {useHandInsWaiting, useTimeZone} from './use-tasks.ts';

export function MyTasks() {
  const t = useT();
  const now = useMinute();
  const timeZone = useTimeZone();
  const [rows, details] = useQuery(queries.tasks.mine());
  const pending = usePendingSubjects();
  const handing = useHandInsWaiting();
  const groups = groupMine(rows, now, timeZone);
  if (!groups.length) return <p className="empty">{details.type === 'complete' || rows.length ? t('tasks.empty') : t('state.loading')}</p>;
  return (
    <div className="my-tasks">
      {groups.map((g) => (
        <section key={g.group} className={`task-group group-${g.group}`} data-group={g.group} aria-labelledby={`tg-${g.group}`}>
          <h2 id={`tg-${g.group}`}>
            {t(`tasks.group.${g.group}`)} <span className="count">{g.tasks.length}</span>
          </h2>
          <ul className="task-list">
            {g.tasks.map((task) => (
              <li key={task.id}>
                <TaskRowLink task={task} timeZone={timeZone} now={now} waiting={pending.has(task.id)} handing={handing.has(task.id)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
