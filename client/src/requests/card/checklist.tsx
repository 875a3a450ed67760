import type {Row} from '@rocicorp/zero';
import {useState, type FormEvent} from 'react';
import {uuidv7} from 'uuidv7';
import {mutators} from '#shared/mutators/index.ts';
import {useT} from '../../i18n/i18n.tsx';
import {useDraft} from '../../ui/use-draft.ts';
import {useWrite} from '../../write/writer.tsx';

const EMPTY = {text: ''};

/** Steps of the work; a workflow may refuse to close the request while some are open. */
export function Checklist({requestId, items, canEdit}: {requestId: string; items: readonly Row['checklist_item'][]; canEdit: boolean}) {
  const t = useT();
  const write = useWrite();
  const [draft, setDraft, clearDraft] = useDraft(`checklist.${requestId}`, EMPTY);
  const [error, setError] = useState<string>();
  const done = items.filter((i) => i.done).length;
  async function add(e: FormEvent) {
    e.preventDefault();
    if (!draft.text.trim()) return;
    const position = items.length ? Math.max(...items.map((i) => i.position)) + 1 : 1;
    const r = await write(mutators.request.checklistAdd({id: uuidv7(), requestId, text: draft.text, position, createdAt: Date.now()}));
    if (r.ok) clearDraft();
    setError(r.ok ? undefined : r.message);
  }
  if (!items.length && !canEdit) return null;
  return (
    <section className="section checklist">
      <h2>
        {t('requests.checklist')} {items.length ? <span className="count">{`${done}/${items.length}`}</span> : null}
      </h2>
      <ul>
        {items.map((item) => (
          <li key={item.id} className={item.done ? 'done' : undefined}>
            <label className="check">
              <input
                type="checkbox"
                checked={item.done}
                disabled={!canEdit}
                onChange={(e) =>
                  void write(mutators.request.checklistToggle({id: item.id, done: e.target.checked})).then((r) => setError(r.ok ? undefined : r.message))
                }
              />
              {item.text}
            </label>
            {canEdit ? (
              <button
                type="button"
                className="link-button"
                aria-label={`${t('action.delete')}: ${item.text}`}
                onClick={() => void write(mutators.request.checklistRemove({id: item.id}))}
              >
                ×
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <form className="inline-form" onSubmit={add}>
          <input
            aria-label={t('requests.checklistAdd')}
            placeholder={t('requests.checklistAdd')}
            value={draft.text}
            maxLength={300}
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
