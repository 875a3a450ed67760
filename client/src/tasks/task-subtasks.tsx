import {useState} from 'react';
import {uuidv7} from 'uuidv7';
import {mutators} from '../sync/mutators.ts';
import {useT} from '../i18n/i18n.tsx';
import {useMinute} from '../ui/use-minute.ts';
import {AddLine} from '../ui/add-line.tsx';
import {useWrite} from '../write/writer.tsx';
import {TaskRowLink} from './task-row.tsx';
import type {TaskRow} from './use-tasks.ts';

/** Smaller pieces of the task: each a task of its own (its parent's request and context), made here for oneself. */
export function TaskSubtasks({task, timeZone, canAdd}: {task: TaskRow & {subtasks: readonly TaskRow[]}; timeZone: string; canAdd: boolean}) {
  const t = useT();
  const now = useMinute();
  const write = useWrite();
  const [error, setError] = useState<string>();
  async function add(title: string) {
    const r = await write(mutators.task.create({id: uuidv7(), title, parentId: task.id, at: Date.now()}));
    setError(r.ok ? undefined : r.message);
    return r.ok;
  }
  if (!task.subtasks.length && !canAdd) return null;
  const done = task.subtasks.filter((s) => s.status === 'done').length;
  return (
    <section className="section subtasks">
      <h2>
        {t('tasks.subtasks')} {task.subtasks.length ? <span className="count">{`${done}/${task.subtasks.length}`}</span> : null}
      </h2>
      <ul className="task-list">
        {task.subtasks.map((s) => (
          <li key={s.id}>
            <TaskRowLink task={s} timeZone={timeZone} now={now} showRequest={false} />
          </li>
        ))}
      </ul>
      {canAdd ? <AddLine draftKey={`task-sub.${task.id}`} label={t('tasks.subtaskAdd')} maxLength={300} add={add} /> : null}
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
    </section>
  );
}
