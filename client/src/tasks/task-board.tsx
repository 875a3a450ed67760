// The team's tasks as a board: a column per status of the lifecycle, the
// soonest deadline on top. Wide boards scroll sideways inside their strip; the
// page itself never does.
import {TASK_STATUSES} from '#shared/tasks/lifecycle.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {TaskRowLink} from './task-row.tsx';
import {statusOfTask, taskStatusName} from '#shared/tasks/mine.ts';
import type {LinkRow, People, TaskRow} from './use-tasks.ts';

type Props = {rows: readonly (TaskRow & {blockers?: readonly LinkRow[]})[]; people: People; timeZone: string; now: number};

export function TaskBoard({rows, people, timeZone, now}: Props) {
  const {t, locale} = useI18n();
  const columns = TASK_STATUSES.filter((s) => s !== 'cancelled' || rows.some((r) => r.status === s));
  return (
    <div className="task-board" role="list" aria-label={t('tasks.board')}>
      {columns.map((status) => {
        const cards = rows.filter((r) => r.status === status).sort((a, b) => (a.deadline ?? Infinity) - (b.deadline ?? Infinity));
        return (
          <section key={status} className="board-column" role="listitem" data-status={status} aria-label={taskStatusName(status, locale)}>
            <h2 style={{borderTopColor: statusOfTask(status)?.color}}>
              {taskStatusName(status, locale)} <span className="count">{cards.length}</span>
            </h2>
            <ul className="task-list">
              {cards.map((task) => (
                <li key={task.id}>
                  <TaskRowLink
                    task={task}
                    timeZone={timeZone}
                    now={now}
                    showStatus={false}
                    assignee={task.assignee_id ? people.name(task.assignee_id) : t('tasks.nobody')}
                  />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
