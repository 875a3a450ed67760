import {useState, type FormEvent} from 'react';
import {uuidv7} from 'uuidv7';
import {mutators} from '#shared/mutators/index.ts';
import {useT} from '../i18n/i18n.tsx';
import {useMinute} from '../ui/use-minute.ts';
import {useDraft} from '../ui/use-draft.ts';
import {useWrite} from '../write/writer.tsx';
import {TaskRowLink} from './task-row.tsx';
import type {TaskRow} from './use-tasks.ts';

const EMPTY = {title: ''};

/** Smaller pieces of the task: each a task of its own (its parent's request and context), made here for oneself. */
export function TaskSubtasks({task, timeZone, canAdd}: {task: TaskRow & {subtasks: readonly TaskRow[]}; timeZone: string; canAdd: boolean}) {
  const t = useT();
  const now = useMinute();
  const write = useWrite();
  const [draft, setDraft, clearDraft] = useDraft(`task-sub.${task.id}`, EMPTY);
  const [error, setError] = useState<string>();
  async function add(e: FormEvent) {
    e.preventDefault();
    if (!draft.title.trim()) return;
    const r = await write(mutators.task.create({id: uuidv7(), title: draft.title.trim(), parentId: task.id, at: Date.now()}));
    if (r.ok) clearDraft();
    setError(r.ok ? undefined : r.message);
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
      {canAdd ? (
        <form className="inline-form" onSubmit={add}>
          <input
            aria-label={t('tasks.subtaskAdd')}
            placeholder={t('tasks.subtaskAdd')}
            value={draft.title}
            maxLength={300}
            onChange={(e) => setDraft({title: e.target.value})}
          />
          <button disabled={!draft.title.trim()}>{t('action.add')}</button>
        </form>
      ) : null}
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
    </section>
  );
}
