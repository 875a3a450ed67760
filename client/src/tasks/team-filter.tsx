// The team's views' filter: by assignee, by status, only what is late.
import {TASK_STATUSES, isOpenTask} from '#shared/tasks/lifecycle.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {taskStatusName} from '#shared/tasks/mine.ts';
import type {People, TaskRow} from './use-tasks.ts';

export type TeamFilter = {assignee: string; status: string; overdue: boolean};
export const ALL = '';
export const NOBODY = '-';
export const OPEN = 'open';
export const NO_FILTER: TeamFilter = {assignee: ALL, status: OPEN, overdue: false};

export function filterTasks<T extends Pick<TaskRow, 'assignee_id' | 'status' | 'deadline'>>(rows: readonly T[], f: TeamFilter, now: number): T[] {
  return rows.filter(
    (r) =>
      (f.assignee === ALL || (f.assignee === NOBODY ? !r.assignee_id : r.assignee_id === f.assignee)) &&
      (f.status === ALL || (f.status === OPEN ? isOpenTask(r.status) : r.status === f.status)) &&
      (!f.overdue || (isOpenTask(r.status) && r.deadline != null && r.deadline < now)),
  );
}

type Props = {filter: TeamFilter; onChange: (f: TeamFilter) => void; people: People; hideStatus?: boolean};

export function TeamFilterBar({filter, onChange, people, hideStatus}: Props) {
  const {t, locale} = useI18n();
  return (
    <div className="task-filters" role="group" aria-label={t('tasks.filters')}>
      <label className="task-filter">
        <span>{t('tasks.field.assignee')}</span>
        <select value={filter.assignee} onChange={(e) => onChange({...filter, assignee: e.target.value})}>
          <option value={ALL}>{t('tasks.filter.everyone')}</option>
          <option value={NOBODY}>{t('tasks.nobody')}</option>
          {people.list.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      {hideStatus ? null : (
        <label className="task-filter">
          <span>{t('tasks.filter.status')}</span>
          <select value={filter.status} onChange={(e) => onChange({...filter, status: e.target.value})}>
            <option value={OPEN}>{t('tasks.filter.open')}</option>
            <option value={ALL}>{t('tasks.filter.any')}</option>
            {TASK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {taskStatusName(s, locale)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="check">
        <input type="checkbox" checked={filter.overdue} onChange={(e) => onChange({...filter, overdue: e.target.checked})} />
        {t('tasks.filter.overdue')}
      </label>
    </div>
  );
}
