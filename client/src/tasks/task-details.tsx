// Who does the task, by when, how urgent, and who watches it. Whoever set the
// task (or manages tasks) changes these in place, one small write each.
import {useState} from 'react';
import {formatDate} from '#shared/i18n/format.ts';
import {mutators} from '../sync/mutators.ts';
import {mayAssignOthers} from '#shared/tasks/access.ts';
import {PRIORITIES} from '#shared/workflow/types.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {fromLocalInput, toLocalInput} from '../requests/card/local-time.ts';
import {memberContextOf, type Session} from '../session/session.ts';
import {useWrite} from '../write/writer.tsx';
import {usePeople, type PersonRow, type TaskRow} from './use-tasks.ts';

type Props = {task: TaskRow & {people: readonly PersonRow[]}; session: Session; timeZone: string; canEdit: boolean};

export function TaskDetails({task, session, timeZone, canEdit}: Props) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const people = usePeople();
  const [error, setError] = useState<string>();
  const others = canEdit && mayAssignOthers(memberContextOf(session));
  const run = async (w: Parameters<typeof write>[0]) => {
    const r = await write(w);
    setError(r.ok ? undefined : r.message);
  };
  const update = (patch: Omit<Parameters<typeof mutators.task.update>[0], 'id' | 'at'>) =>
    void run(mutators.task.update({id: task.id, ...patch, at: Date.now()}));
  const named = (kind: 'co' | 'watcher') => task.people.filter((p) => p.kind === kind).map((p) => people.name(p.member_id));
  const co = named('co');
  const watchers = named('watcher');
  return (
    <section className="section details task-details">
      <div className="details-grid">
        <div className="field">
          <label htmlFor="tk-assignee">{t('tasks.field.assignee')}</label>
          {others ? (
            <select id="tk-assignee" value={task.assignee_id ?? ''} onChange={(e) => update({assigneeId: e.target.value || null})}>
              <option value="">{t('tasks.nobody')}</option>
              {people.list
                .filter((m) => m.active || m.id === task.assignee_id)
                .map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
            </select>
          ) : (
            <div className="value" id="tk-assignee">
              {task.assignee_id ? people.name(task.assignee_id) : t('tasks.nobody')}
            </div>
          )}
        </div>
        <div className="field">
          <label htmlFor="tk-deadline">{t('tasks.field.deadline')}</label>
          {canEdit ? (
            <input
              id="tk-deadline"
              type="datetime-local"
              defaultValue={toLocalInput(task.deadline, timeZone)}
              key={task.deadline ?? 'none'}
              onBlur={(e) => {
                const next = fromLocalInput(e.target.value, timeZone);
                if (next !== (task.deadline ?? null)) update({deadline: next});
              }}
            />
          ) : (
            <div className="value" id="tk-deadline">
              {task.deadline != null ? formatDate(task.deadline, timeZone, locale) : t('tasks.noDeadline')}
            </div>
          )}
        </div>
        <div className="field">
          <label htmlFor="tk-priority">{t('tasks.field.priority')}</label>
          {canEdit ? (
            <select id="tk-priority" value={task.priority} onChange={(e) => update({priority: e.target.value as (typeof PRIORITIES)[number]})}>
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {t(`priority.${p}`)}
                </option>
              ))}
            </select>
          ) : (
            <div className="value" id="tk-priority">
              {t(`priority.${task.priority}`)}
            </div>
          )}
        </div>
      </div>
      {canEdit ? (
        <label className="check">
          <input type="checkbox" checked={task.result_required} onChange={(e) => update({resultRequired: e.target.checked})} />
          {t('tasks.field.resultRequired')}
        </label>
      ) : null}
      <dl className="facts">
        {co.length ? (
          <>
            <dt>{t('tasks.coAssignees')}</dt>
            <dd>{co.join(', ')}</dd>
          </>
        ) : null}
        {watchers.length ? (
          <>
            <dt>{t('tasks.watchers')}</dt>
            <dd>{watchers.join(', ')}</dd>
          </>
        ) : null}
        {task.created_by ? (
          <>
            <dt>{t('tasks.setBy')}</dt>
            <dd>{people.name(task.created_by)}</dd>
          </>
        ) : null}
      </dl>
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
    </section>
  );
}
