// "Загрузка": who carries how much, for heads — open and late tasks now, and
// how the last 30 days' closed tasks went (how many, how long they took, how
// many met their deadline). Computed on the device by shared/tasks/workload.ts
// from tasks.workload (every task's numbers).
import {useQuery} from '@rocicorp/zero/react';
import {useMemo} from 'react';
import {formatDuration, formatNumber} from '#shared/i18n/format.ts';
import {queries} from '#shared/queries/index.ts';
import {isDoneTask, isOpenTask} from '#shared/tasks/lifecycle.ts';
import {workload} from '#shared/tasks/workload.ts';
import {useI18n} from '../i18n/i18n.tsx';
import type {People} from './use-tasks.ts';

export const PERIOD_DAYS = 30;

export function WorkloadView({people, now}: {people: People; now: number}) {
  const {t, locale} = useI18n();
  const [rows, details] = useQuery(queries.tasks.workload());
  const table = useMemo(
    () =>
      workload(
        rows.map((r) => ({
          assigneeId: r.assignee_id ?? null,
          open: isOpenTask(r.status),
          deadline: r.deadline ?? null,
          createdAt: r.created_at,
          closedAt: isDoneTask(r.status) ? (r.closed_at ?? null) : null,
        })),
        now,
        {from: now - PERIOD_DAYS * 86_400_000, to: now + 1},
      ),
    [rows, now],
  );
  if (!table.length) return <p className="empty">{details.type === 'complete' || rows.length ? t('tasks.wl.empty') : t('state.loading')}</p>;
  return (
    <section className="workload" aria-label={t('tasks.workload')}>
      <p className="muted">{t('tasks.wl.period', {days: PERIOD_DAYS})}</p>
      <table className="workload-table">
        <thead>
          <tr>
            <th scope="col">{t('tasks.wl.person')}</th>
            <th scope="col">{t('tasks.wl.open')}</th>
            <th scope="col">{t('tasks.wl.overdue')}</th>
            <th scope="col">{t('tasks.wl.closed')}</th>
            <th scope="col">{t('tasks.wl.avg')}</th>
            <th scope="col">{t('tasks.wl.onTime')}</th>
          </tr>
        </thead>
        <tbody>
          {table.map((w) => (
            <tr key={w.memberId} data-member-id={w.memberId}>
              <th scope="row" className="wl-name">
                {people.name(w.memberId)}
              </th>
              <td data-label={t('tasks.wl.open')} data-cell="open">
                {formatNumber(w.open, locale)}
              </td>
              <td data-label={t('tasks.wl.overdue')} data-cell="overdue" className={w.overdue ? 'late' : undefined}>
                {formatNumber(w.overdue, locale)}
              </td>
              <td data-label={t('tasks.wl.closed')} data-cell="closed">
                {formatNumber(w.closed, locale)}
              </td>
              <td data-label={t('tasks.wl.avg')} data-cell="avg">
                {w.avgCloseMs === null ? '—' : formatDuration(w.avgCloseMs, locale)}
              </td>
              <td data-label={t('tasks.wl.onTime')} data-cell="on-time">
                {w.onTimeShare === null ? '—' : `${Math.round(w.onTimeShare * 100)} %`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
