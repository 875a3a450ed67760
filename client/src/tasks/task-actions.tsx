// The moves of the task's lifecycle this person may make from here, as
// buttons: start, take back into work, accept, return for rework (the reason
// asked first), cancel, reopen. A move the guards refuse is shown disabled
// with its reasons — the same engine the server refuses with. Handing in is
// the result form's (hand-in.tsx).
import {useState} from 'react';
import {mutators} from '../sync/mutators.ts';
import {checkTaskMove, isCheckerMove, TASK_WORKFLOW} from '#shared/tasks/lifecycle.ts';
import {movesFrom, type RequestSnapshot} from '#shared/workflow/engine.ts';
import {describeBlockers} from '#shared/workflow/describe.ts';
import {localizedText} from '#shared/workflow/resolve.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {TextArea} from '../ui/field.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {useWrite} from '../write/writer.tsx';
import {WORK_STATUSES} from './hand-in.tsx';

const NO_REASON = {text: ''};

type Props = {task: {id: string; status: string}; snapshot: RequestSnapshot; worker: boolean; checker: boolean};

export function TaskActions({task, snapshot, worker, checker}: Props) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const [error, setError] = useState<string>();
  const [asking, setAsking] = useState<string | null>(null);
  // The reason of a return is kept on the device until the move is accepted.
  const [draft, setDraft, clearDraft] = useDraft(`task-return.${task.id}`, NO_REASON);
  const reason = draft.text;
  // Handing in (to review or done from the work statuses) is the result form's.
  const moves = movesFrom(TASK_WORKFLOW, task.status).filter(
    (m) => !(WORK_STATUSES.includes(m.from) && (m.to === 'review' || m.to === 'done')) && (isCheckerMove(m.from, m.to) ? checker : worker),
  );
  if (!moves.length) return null;

  async function move(to: string, comment?: string) {
    setError(undefined);
    const r = await write(mutators.task.move({id: task.id, from: task.status, to, at: Date.now(), ...(comment && {comment})}));
    if (!r.ok) setError(r.message);
    else {
      setAsking(null);
      clearDraft();
    }
  }
  const label = (m: (typeof moves)[number]) =>
    localizedText(m.label, locale) || localizedText(TASK_WORKFLOW.statuses.find((s) => s.key === m.to)?.name, locale);
  // The move asked about, while it is still one from here (the status may change under the form).
  const asked = moves.find((m) => m.to === asking);
  const blockersOf = (to: string) => checkTaskMove(snapshot, to, 'probe').filter((b) => b.kind !== 'comment_required');

  return (
    <div className="status-actions task-actions">
      <div className="chips">
        {moves.map((m) => {
          const blockers = blockersOf(m.to);
          const needsReason = m.guards.some((g) => g.kind === 'comment_required');
          return (
            <button
              key={m.to}
              type="button"
              className={m.to === 'in_progress' || m.to === 'done' ? 'primary status-move' : 'status-move'}
              data-to={m.to}
              disabled={blockers.length > 0}
              aria-describedby={blockers.length ? `why-task-${m.to}` : undefined}
              onClick={() => (needsReason ? setAsking(m.to) : void move(m.to))}
            >
              {label(m)}
            </button>
          );
        })}
      </div>
      <ul className="why-list">
        {moves.map((m) => {
          const blockers = blockersOf(m.to);
          return blockers.length ? (
            <li key={m.to} id={`why-task-${m.to}`}>
              <strong>{label(m)}:</strong> {describeBlockers(blockers, t, locale)}
            </li>
          ) : null;
        })}
      </ul>
      {asked ? (
        <form
          className="reason-form"
          onSubmit={(e) => {
            e.preventDefault();
            void move(asked.to, reason);
          }}
        >
          <TextArea
            label={t('tasks.returnReason')}
            placeholder={t('tasks.returnReasonHint')}
            value={reason}
            onChange={(e) => setDraft({text: e.target.value})}
            rows={3}
            autoFocus
          />
          <div className="form-actions">
            <button type="button" onClick={() => setAsking(null)}>
              {t('action.cancel')}
            </button>
            <button className="primary" disabled={!reason.trim()}>
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
