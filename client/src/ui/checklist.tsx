// A record's checklist (a request's, a task's): items ticked by whoever does
// the work, removed by whoever may edit, a line to add one; a refused write
// says why under the list.
import {useState} from 'react';
import {useT} from '../i18n/i18n.tsx';
import type {WriteResult} from '../write/writer.tsx';
import {AddLine} from './add-line.tsx';

type Item = {readonly id: string; readonly text: string; readonly done: boolean};

type Props = {
  title: string;
  addLabel: string;
  draftKey: string;
  maxLength: number;
  items: readonly Item[];
  canTick: boolean;
  canRemove: boolean;
  add: (text: string) => Promise<WriteResult>;
  toggle: (id: string, done: boolean) => Promise<WriteResult>;
  remove: (id: string) => Promise<WriteResult>;
};

export function ChecklistSection({title, addLabel, draftKey, maxLength, items, canTick, canRemove, add, toggle, remove}: Props) {
  const t = useT();
  const [error, setError] = useState<string>();
  const run = async (write: Promise<WriteResult>) => {
    const r = await write;
    setError(r.ok ? undefined : r.message);
    return r.ok;
  };
  if (!items.length && !canTick) return null;
  const done = items.filter((i) => i.done).length;
  return (
    <section className="section checklist">
      <h2>
        {title} {items.length ? <span className="count">{`${done}/${items.length}`}</span> : null}
      </h2>
      <ul>
        {items.map((item) => (
          <li key={item.id} className={item.done ? 'done' : undefined}>
            <label className="check">
              <input type="checkbox" checked={item.done} disabled={!canTick} onChange={(e) => void run(toggle(item.id, e.target.checked))} />
              <span className="wrap-anywhere">{item.text}</span>
            </label>
            {canRemove ? (
              <button type="button" className="link-button" aria-label={`${t('action.delete')}: ${item.text}`} onClick={() => void run(remove(item.id))}>
                ×
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {canTick ? <AddLine draftKey={draftKey} label={addLabel} maxLength={maxLength} add={(text) => run(add(text))} /> : null}
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
    </section>
  );
}
