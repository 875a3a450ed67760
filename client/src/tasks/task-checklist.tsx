import type {Row} from '@rocicorp/zero';
import {useState, type FormEvent} from 'react';
import {uuidv7} from 'uuidv7';
import {mutators} from '#shared/mutators/index.ts';
import {useT} from '../i18n/i18n.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {useWrite} from '../write/writer.tsx';

const EMPTY = {text: ''};

type Props = {taskId: string; items: readonly Row['task_check'][]; canTick: boolean; canRemove: boolean};

/** The steps of the work: ticked by whoever does it, removed by whoever set the task. */
export function TaskChecklist({taskId, items, canTick, canRemove}: Props) {
  const t = useT();
  const write = useWrite();
  const [draft, setDraft, clearDraft] = useDraft(`task-check.${taskId}`, EMPTY);
  const [error, setError] = useState<string>();
  const done = items.filter((i) => i.done).length;
  const run = async (w: Parameters<typeof write>[0]) => {
    const r = await write(w);
    setError(r.ok ? undefined : r.message);
    return r.ok;
  };
  async function add(e: FormEvent) {
    e.preventDefault();
    if (draft.text.trim() && (await run(mutators.task.addCheck({id: uuidv7(), taskId, text: draft.text.trim(), at: Date.now()})))) clearDraft();
  }
  if (!items.length && !canTick) return null;
  return (
    <section className="section checklist">
      <h2>
        {t('tasks.checklist')} {items.length ? <span className="count">{`${done}/${items.length}`}</span> : null}
      </h2>
      <ul>
        {items.map((item) => (
          <li key={item.id} className={item.done ? 'done' : undefined}>
            <label className="check">
              <input
                type="checkbox"
                checked={item.done}
                disabled={!canTick}
                onChange={(e) => void run(mutators.task.toggleCheck({id: item.id, done: e.target.checked}))}
              />
              <span className="wrap-anywhere">{item.text}</span>
            </label>
            {canRemove ? (
              <button
                type="button"
                className="link-button"
                aria-label={`${t('action.delete')}: ${item.text}`}
                onClick={() => void run(mutators.task.removeCheck({id: item.id}))}
              >
                ×
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {canTick ? (
        <form className="inline-form" onSubmit={add}>
          <input
            aria-label={t('tasks.checkAdd')}
            placeholder={t('tasks.checkAdd')}
            value={draft.text}
            maxLength={500}
            onChange={(e) => setDraft({text: e.target.value})}
          />
          <button disabled={!draft.text.trim()}>{t('action.add')}</button>
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
