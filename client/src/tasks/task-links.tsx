// T2: what the task waits on and what waits on it. Whoever set the task adds a
// task to wait on — one of the tasks they see — and the device refuses (as the
// server does) a link that would close a loop, naming it on the field:
// "Такая связь замкнёт круг: A → B → A".
import type {Row} from '@rocicorp/zero';
import {useQuery} from '@rocicorp/zero/react';
import {useState} from 'react';
import {mutators} from '../sync/mutators.ts';
import {linkId} from '#shared/mutators/tasks-parts.ts';
import {queries} from '#shared/queries/index.ts';
import {isOpenTask} from '#shared/tasks/lifecycle.ts';
import {issuesByField} from '#shared/validation/describe.ts';
import {useT} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {useWrite} from '../write/writer.tsx';
import {TaskStatusBadge} from './task-status-badge.tsx';
import {useTaskWrites, type LinkRow, type TaskRow} from './use-tasks.ts';

type Props = {
  task: TaskRow & {blockers: readonly LinkRow[]; blocking: readonly (Row['task_link'] & {task?: TaskRow | undefined})[]};
  canEdit: boolean;
};

export function TaskLinks({task, canEdit}: Props) {
  const t = useT();
  const write = useWrite();
  // Every task this person sees, with their links: the device can tell a loop before the server does.
  const [visible] = useQuery(queries.tasks.list(), {enabled: canEdit});
  const [typed, setError] = useState<string>();
  // A loop only the server could see (a task out of this person's sight): its refusal, on the field too.
  const refused = useTaskWrites(task.id).find((w) => w.name === 'task.link' && w.state === 'attention' && w.error?.fields?.length);
  const error = typed ?? (refused ? issuesByField(refused.error!.fields!, t).blockerId : undefined);
  const taken = new Set([task.id, ...task.blockers.map((b) => b.blocker_id)]);
  const choices = visible.filter((v) => !taken.has(v.id) && isOpenTask(v.status));
  if (!task.blockers.length && !task.blocking.length && !canEdit) return null;

  async function add(blockerId: string) {
    if (!blockerId) return;
    const r = await write(mutators.task.link({id: linkId(task.id, blockerId), taskId: task.id, blockerId, at: Date.now()}));
    setError(r.ok ? undefined : (issuesByField(r.details.fields ?? [], t).blockerId ?? r.message));
  }
  const row = (other: TaskRow | undefined, id: string, remove?: () => void) => (
    <li key={id} className="task-link">
      {other ? (
        <>
          <Link href={`/tasks/${other.id}`} className="wrap-anywhere">
            {other.title}
          </Link>
          <TaskStatusBadge status={other.status} />
        </>
      ) : (
        <span className="muted">…</span>
      )}
      {remove ? (
        <button type="button" className="link-button" aria-label={`${t('tasks.unlink')}: ${other?.title ?? ''}`} onClick={remove}>
          ×
        </button>
      ) : null}
    </li>
  );
  return (
    <section className="section task-links">
      <h2>{t('tasks.waitsOn')}</h2>
      {task.blockers.length ? (
        <ul className="links-list">
          {task.blockers.map((l) => row(l.blocker, l.id, canEdit ? () => void write(mutators.task.unlink({id: l.id})) : undefined))}
        </ul>
      ) : (
        <p className="muted">{t('tasks.waitsOnNothing')}</p>
      )}
      {canEdit ? (
        <div className="field">
          <label htmlFor="tk-blocker">{t('tasks.addBlocker')}</label>
          <select
            id="tk-blocker"
            value=""
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'tk-blocker-err' : undefined}
            onChange={(e) => void add(e.target.value)}
          >
            <option value="">{t('tasks.pickTask')}</option>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
          {error ? (
            <div className="field-error" id="tk-blocker-err" role="alert">
              {error}
            </div>
          ) : null}
        </div>
      ) : null}
      {task.blocking.length ? (
        <>
          <h3>{t('tasks.blocks')}</h3>
          <ul className="links-list">{task.blocking.map((l) => row(l.task, l.id))}</ul>
        </>
      ) : null}
    </section>
  );
}
