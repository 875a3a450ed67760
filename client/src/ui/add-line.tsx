// One line typed and added to a list (a checklist item, a subtask): the text
// is kept on the device until the write is accepted, so a reload or a refused
// write loses nothing.
import type {FormEvent} from 'react';
import {useT} from '../i18n/i18n.tsx';
import {useDraft} from './use-draft.ts';

const EMPTY = {text: ''};

type Props = {draftKey: string; label: string; maxLength: number; add: (text: string) => Promise<boolean>};

export function AddLine({draftKey, label, maxLength, add}: Props) {
  const t = useT();
  const [draft, setDraft, clearDraft] = useDraft(draftKey, EMPTY);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const text = draft.text.trim();
    if (text && (await add(text))) clearDraft();
  }
  return (
    <form className="inline-form" onSubmit={submit}>
      <input aria-label={label} placeholder={label} value={draft.text} maxLength={maxLength} onChange={(e) => setDraft({text: e.target.value})} />
      <button disabled={!draft.text.trim()}>{t('action.add')}</button>
    </form>
  );
}
