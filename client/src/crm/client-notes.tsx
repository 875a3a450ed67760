// Adding a note to a client (it lands in the timeline). The text is a draft
// on the device until the write is journaled.
import {useState, type FormEvent} from 'react';
import {uuidv7} from 'uuidv7';
import {mutators} from '../sync/mutators.ts';
import {useT} from '../i18n/i18n.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {useWrite} from '../write/writer.tsx';

const EMPTY = {body: ''};

export function ClientNotes({clientId}: {clientId: string}) {
  const t = useT();
  const write = useWrite();
  const [draft, setDraft, clearDraft] = useDraft(`crm.note.${clientId}`, EMPTY);
  const [error, setError] = useState<string>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!draft.body.trim()) return;
    const r = await write(mutators.client.addNote({id: uuidv7(), clientId, body: draft.body, createdAt: Date.now()}));
    if (!r.ok) return setError(r.message);
    setError(undefined);
    clearDraft();
  }

  return (
    <form className="section client-note-form" onSubmit={submit}>
      <label htmlFor={`note-${clientId}`}>
        <h2>{t('crm.notes')}</h2>
      </label>
      <textarea
        id={`note-${clientId}`}
        rows={2}
        placeholder={t('crm.note.placeholder')}
        value={draft.body}
        maxLength={5000}
        onChange={(e) => setDraft({body: e.target.value})}
      />
      {error ? (
        <div className="field-error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="form-actions">
        <button type="submit" disabled={!draft.body.trim()}>
          {t('crm.note.add')}
        </button>
      </div>
    </form>
  );
}
