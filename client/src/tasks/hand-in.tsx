// T4: handing in the result — "what was done", a link, and photos or files
// (attached to the task through the outbox, so offline they wait on the
// device and go first). The button says before the click what is still
// missing or what the task waits on; handing in goes to review when someone
// else set the task, straight to done otherwise (handInTarget).
import {useState, type FormEvent, type ReactNode} from 'react';
import {mutators} from '../sync/mutators.ts';
import {checkTaskMove, handInTarget, TASK_WORKFLOW} from '#shared/tasks/lifecycle.ts';
import {issuesByField} from '#shared/validation/describe.ts';
import {describeBlockers} from '#shared/workflow/describe.ts';
import {localizedText} from '#shared/workflow/resolve.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {TextArea, TextField} from '../ui/field.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {useWrite} from '../write/writer.tsx';
import {snapshotOf} from '#shared/tasks/mine.ts';
import type {LinkRow, TaskRow} from './use-tasks.ts';

/** Where the doer works on a task: handing in is offered from these. */
export const WORK_STATUSES: readonly string[] = ['todo', 'in_progress', 'returned'];

const EMPTY = {text: '', link: ''};

type Props = {task: TaskRow & {blockers: readonly LinkRow[]; checks: readonly {done: boolean}[]}; files: number; children: ReactNode};

export function HandIn({task, files, children}: Props) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const [draft, setDraft, clearDraft] = useDraft(`task-result.${task.id}`, EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const to = handInTarget(task);
  const move = TASK_WORKFLOW.transitions.find((m) => m.from === task.status && m.to === to);
  const label = localizedText(move?.label, locale);
  const blockers = checkTaskMove(snapshotOf({...task, result_text: draft.text, result_link: draft.link}, files, '…'), to);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (blockers.length) return;
    const r = await write(mutators.task.handIn({id: task.id, from: task.status, text: draft.text.trim(), link: draft.link.trim(), at: Date.now()}));
    if (r.ok) {
      clearDraft();
      setErrors({});
      setError(undefined);
    } else {
      setErrors(issuesByField(r.details.fields ?? [], t));
      setError(r.details.fields?.length ? undefined : r.message);
    }
  }

  return (
    <form className="section hand-in" onSubmit={submit} noValidate aria-labelledby="hand-in-title">
      <h2 id="hand-in-title">{t('tasks.handIn.title')}</h2>
      {task.result_required ? <p className="field-hint">{t('tasks.handIn.required')}</p> : null}
      <TextArea label={t('tasks.handIn.text')} value={draft.text} onChange={(e) => setDraft({text: e.target.value})} rows={3} error={errors.text} />
      <TextField
        label={t('tasks.handIn.link')}
        type="url"
        inputMode="url"
        placeholder="https://"
        value={draft.link}
        onChange={(e) => setDraft({link: e.target.value})}
        error={errors.link}
      />
      {children}
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
      <button className="primary wide" data-to={to} disabled={blockers.length > 0} aria-describedby={blockers.length ? 'why-hand-in' : undefined}>
        {label}
      </button>
      {blockers.length ? (
        <p className="why-list why-hand-in" id="why-hand-in">
          {describeBlockers(blockers, t, locale)}
        </p>
      ) : null}
    </form>
  );
}
