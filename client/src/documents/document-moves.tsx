// The moves of a document's lifecycle (D3) this person may make from here:
// send for approval, back to draft (the reason asked first), signed, expired,
// closed. A move the guards refuse is disabled with its reasons shown before
// the click — "нет файла", "ждёт согласования: Юрист, Руководитель" — the same
// engine the server refuses with.
import {useState} from 'react';
import {checkDocumentMove, documentSnapshot, DOCUMENT_WORKFLOW} from '#shared/documents/lifecycle.ts';
import {pendingStepNames} from '#shared/finance/chain.ts';
import {mutators} from '../sync/mutators.ts';
import {movesFrom} from '#shared/workflow/engine.ts';
import {localizedText} from '#shared/workflow/resolve.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {TextArea} from '../ui/field.tsx';
import {MoveButtons} from '../ui/move-buttons.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {useWrite} from '../write/writer.tsx';
import type {ApprovalRow} from './use-documents.ts';

type Props = {doc: {id: string; status: string}; versions: number; round: readonly ApprovalRow[]};

const NO_REASON = {text: ''};

export function DocumentMoves({doc, versions, round}: Props) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const [error, setError] = useState<string>();
  const [asking, setAsking] = useState<string | null>(null);
  const [draft, setDraft, clearDraft] = useDraft(`document-move.${doc.id}`, NO_REASON);
  const moves = movesFrom(DOCUMENT_WORKFLOW, doc.status);
  if (!moves.length) return null;
  const snapshot = documentSnapshot(doc.status, versions, pendingStepNames(round));
  const blockersOf = (to: string) => checkDocumentMove(snapshot, to, 'probe').filter((b) => b.kind !== 'comment_required');
  const label = (m: (typeof moves)[number]) =>
    localizedText(m.label, locale) || localizedText(DOCUMENT_WORKFLOW.statuses.find((s) => s.key === m.to)?.name, locale);

  async function move(to: string, comment?: string) {
    setError(undefined);
    const r = await write(mutators.document.move({id: doc.id, from: doc.status, to, at: Date.now(), ...(comment && {comment})}));
    if (!r.ok) setError(r.message);
    else {
      setAsking(null);
      clearDraft();
    }
  }
  const asked = moves.find((m) => m.to === asking);
  return (
    <div className="status-actions doc-moves">
      <MoveButtons
        moves={moves}
        blockersOf={blockersOf}
        label={label}
        primary={['approval', 'signed']}
        idPrefix="why-doc"
        onPick={(m) => (m.guards.some((g) => g.kind === 'comment_required') ? setAsking(m.to) : void move(m.to))}
      />
      {asked ? (
        <form
          className="reason-form"
          onSubmit={(e) => {
            e.preventDefault();
            void move(asked.to, draft.text.trim());
          }}
        >
          <TextArea label={t('docs.move.reason')} value={draft.text} onChange={(e) => setDraft({text: e.target.value})} rows={3} autoFocus />
          <div className="form-actions">
            <button type="button" onClick={() => setAsking(null)}>
              {t('action.cancel')}
            </button>
            <button className="primary" disabled={!draft.text.trim()}>
              {label(asked)}
            </button>
          </div>
        </form>
      ) : null}
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}
