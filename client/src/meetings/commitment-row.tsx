// One commitment: what, who (a colleague), by when (a date) and to whom (the
// head or the team); once saved, the task it became, with that task's status.
import type {Row} from '@rocicorp/zero';
import {useId} from 'react';
import {formatDate} from '#shared/i18n/format.ts';
import {commitmentState} from '#shared/tasks/meetings.ts';
import {TASK_WORKFLOW} from '#shared/tasks/lifecycle.ts';
import {statusName} from '#shared/workflow/resolve.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import type {CommitmentRow} from './commitments.ts';
import type {MemberRow} from './use-meetings.ts';

type Task = Pick<Row['task'], 'id' | 'status'>;

export function TaskStatus({status}: {status: string}) {
  const {locale} = useI18n();
  return (
    <span className="badge task-status" data-status={status}>
      {statusName(TASK_WORKFLOW, status, locale)}
    </span>
  );
}

/** The task a saved commitment became: a link to it and its status, late ones marked. */
export function TaskLink({taskId, task, dueAt, now}: {taskId: string | null | undefined; task: Task | undefined; dueAt: number; now: number}) {
  const {t} = useI18n();
  if (!taskId) return null;
  const state = commitmentState({due_at: dueAt}, task?.status, now);
  return (
    <span className="task-link" data-task-id={taskId} data-state={state}>
      <Link href={`/tasks/${taskId}`}>{t('meetings.c.task')}</Link>
      {task ? <TaskStatus status={task.status} /> : null}
      {state === 'late' ? <span className="badge cstate-late">{t('meetings.cstate.late')}</span> : null}
    </span>
  );
}

type EditProps = {
  index: number;
  row: CommitmentRow;
  onChange: (patch: Partial<CommitmentRow>) => void;
  onRemove: () => void;
  owners: readonly MemberRow[];
  names: ReadonlyMap<string, string>;
  errors: Readonly<Record<string, string>>;
  task: Task | undefined;
  taskId: string | null | undefined;
  dueAt: number | null;
  now: number;
};

export function CommitmentEditRow({index, row, onChange, onRemove, owners, names, errors, task, taskId, dueAt, now}: EditProps) {
  const {t} = useI18n();
  const id = useId();
  const err = (f: string) => errors[`rows.${index}.${f}`];
  const known = owners.some((m) => m.id === row.ownerId);
  return (
    <li className="commitment-row" data-commitment-id={row.id}>
      <fieldset>
        <legend className="sr-only">{t('meetings.c.row', {n: index + 1})}</legend>
        <div className="field">
          <label htmlFor={`${id}-what`}>{t('meetings.c.what')}</label>
          <textarea
            id={`${id}-what`}
            rows={2}
            maxLength={500}
            value={row.text}
            aria-invalid={err('text') ? true : undefined}
            onChange={(e) => onChange({text: e.target.value})}
          />
          {err('text') ? (
            <div className="field-error" role="alert">
              {err('text')}
            </div>
          ) : null}
        </div>
        <div className="commitment-grid">
          <div className="field">
            <label htmlFor={`${id}-who`}>{t('meetings.c.who')}</label>
            <select id={`${id}-who`} value={row.ownerId} aria-invalid={err('ownerId') ? true : undefined} onChange={(e) => onChange({ownerId: e.target.value})}>
              <option value="">—</option>
              {!known && row.ownerId ? <option value={row.ownerId}>{names.get(row.ownerId) ?? t('meetings.someone')}</option> : null}
              {owners.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
            {err('ownerId') ? (
              <div className="field-error" role="alert">
                {err('ownerId')}
              </div>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor={`${id}-due`}>{t('meetings.c.due')}</label>
            <input
              id={`${id}-due`}
              type="date"
              value={row.due}
              aria-invalid={err('due') ? true : undefined}
              onChange={(e) => onChange({due: e.target.value})}
            />
            {err('due') ? (
              <div className="field-error" role="alert">
                {err('due')}
              </div>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('meetings.c.toWhom')}</label>
            <select id={`${id}-to`} value={row.toWhom} onChange={(e) => onChange({toWhom: e.target.value === 'head' ? 'head' : 'team'})}>
              <option value="team">{t('meetings.toWhom.team')}</option>
              <option value="head">{t('meetings.toWhom.head')}</option>
            </select>
          </div>
        </div>
        <div className="commitment-foot">
          {taskId && dueAt !== null ? (
            <TaskLink taskId={taskId} task={task} dueAt={dueAt} now={now} />
          ) : (
            <span className="muted">{t('meetings.c.taskWaiting')}</span>
          )}
          <button type="button" className="link" onClick={onRemove}>
            {t('meetings.c.remove')}
          </button>
        </div>
      </fieldset>
    </li>
  );
}

type ViewProps = {
  commitment: Pick<Row['commitment'], 'id' | 'text' | 'owner_id' | 'due_at' | 'to_whom' | 'task_id'>;
  task: Task | undefined;
  names: ReadonlyMap<string, string>;
  zone: string;
  now: number;
};

/** Read only (for those who take part but do not plan meetings). */
export function CommitmentViewRow({commitment: c, task, names, zone, now}: ViewProps) {
  const {t, locale} = useI18n();
  return (
    <li className="commitment-row" data-commitment-id={c.id}>
      <div className="commitment-text">{c.text}</div>
      <div className="row-meta">
        <span>{(c.owner_id && names.get(c.owner_id)) || t('meetings.someone')}</span>
        <span>{t('meetings.board.due', {date: formatDate(c.due_at, zone, locale, 'date')})}</span>
        <span>{t(c.to_whom === 'head' ? 'meetings.toWhom.head' : 'meetings.toWhom.team')}</span>
      </div>
      <TaskLink taskId={c.task_id} task={task} dueAt={c.due_at} now={now} />
    </li>
  );
}
