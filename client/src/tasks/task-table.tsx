// The team's tasks as a table. @tanstack/react-table owns the columns and the
// sorting state (headers toggle it, aria-sort says it), as in the requests'
// table (client/src/requests/views/request-table.tsx); the rows are sorted
// here (`manualSorting`). On a phone the table scrolls sideways inside its
// frame, the title held in place.
import {createColumnHelper, rowSortingFeature, tableFeatures, useTable, type SortingState} from '@tanstack/react-table';
import {useMemo, useState, type ReactNode} from 'react';
import {formatDate} from '#shared/i18n/format.ts';
import {isOpenTask, TASK_STATUSES} from '#shared/tasks/lifecycle.ts';
import {PRIORITIES} from '#shared/workflow/types.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link, navigate} from '../router/router.tsx';
import {TaskStatusBadge} from './task-status-badge.tsx';
import {requestLine} from '#shared/tasks/mine.ts';
import type {People, TaskRow} from './use-tasks.ts';

const COLUMNS = ['title', 'status', 'assignee', 'deadline', 'priority', 'request'] as const;
type Column = (typeof COLUMNS)[number];
const WIDTHS: Record<Column, number> = {title: 200, status: 130, assignee: 150, deadline: 120, priority: 100, request: 200};

const features = tableFeatures({rowSortingFeature});
const helper = createColumnHelper<typeof features, TaskRow>();

type Props = {rows: readonly TaskRow[]; people: People; timeZone: string; now: number};

function sortKey(r: TaskRow, column: Column, people: People): string | number {
  switch (column) {
    case 'title':
      return r.title.toLocaleLowerCase();
    case 'status':
      return TASK_STATUSES.indexOf(r.status as (typeof TASK_STATUSES)[number]);
    case 'assignee':
      return people.name(r.assignee_id).toLocaleLowerCase() || '\uffff';
    case 'deadline':
      return r.deadline ?? Number.MAX_SAFE_INTEGER;
    case 'priority':
      return PRIORITIES.indexOf(r.priority);
    case 'request':
      return requestLine(r.context).toLocaleLowerCase() || '\uffff';
  }
}

export function TaskTable({rows, people, timeZone, now}: Props) {
  const {t, locale} = useI18n();
  const [sorting, setSorting] = useState<SortingState>([{id: 'deadline', desc: false}]);
  const sort = sorting[0] ?? {id: 'deadline', desc: false};
  const sorted = useMemo(() => {
    const column = sort.id as Column;
    const keyed = rows.map((r) => [sortKey(r, column, people), r] as const);
    keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0) * (sort.desc ? -1 : 1));
    return keyed.map(([, r]) => r);
  }, [rows, sort.id, sort.desc, people]);

  const columns = useMemo(() => {
    const col = (id: Column, header: string, cell: (r: TaskRow) => ReactNode) =>
      helper.accessor((r) => r.id, {id, header, sortDescFirst: id === 'priority', cell: (info) => cell(info.row.original)});
    return helper.columns([
      col('title', t('tasks.col.title'), (r) => (
        <Link href={`/tasks/${r.id}`} className="row-text" title={r.title}>
          {r.title}
        </Link>
      )),
      col('status', t('tasks.filter.status'), (r) => <TaskStatusBadge status={r.status} />),
      col('assignee', t('tasks.field.assignee'), (r) => (r.assignee_id ? people.name(r.assignee_id) : <span className="muted">{t('tasks.nobody')}</span>)),
      col('deadline', t('tasks.field.deadline'), (r) =>
        r.deadline != null ? (
          <span className={isOpenTask(r.status) && r.deadline < now ? 'late' : undefined}>{formatDate(r.deadline, timeZone, locale, 'short')}</span>
        ) : null,
      ),
      col('priority', t('tasks.field.priority'), (r) => <span className={`priority-text priority-${r.priority}`}>{t(`priority.${r.priority}`)}</span>),
      col('request', t('tasks.col.request'), (r) => <span title={requestLine(r.context)}>{requestLine(r.context)}</span>),
    ]);
  }, [t, locale, people, timeZone, now]);

  const table = useTable({
    features,
    columns,
    data: sorted,
    getRowId: (r) => r.id,
    state: {sorting},
    onSortingChange: (updater) => setSorting((prev) => (typeof updater === 'function' ? updater(prev) : updater)),
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
  });

  if (!rows.length) return <p className="empty">{t('tasks.noneMatch')}</p>;
  return (
    <div className="table-scroll task-table-scroll">
      <table className="req-table task-table" style={{width: Object.values(WIDTHS).reduce((a, b) => a + b, 0)}}>
        <colgroup>
          {COLUMNS.map((c) => (
            <col key={c} style={{width: WIDTHS[c]}} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const s = header.column.getIsSorted();
                return (
                  <th key={header.id} scope="col" data-column={header.id} aria-sort={s === 'asc' ? 'ascending' : s === 'desc' ? 'descending' : 'none'}>
                    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                      <table.FlexRender header={header} />
                      <span className="sort-mark" aria-hidden="true">
                        {s === 'asc' ? '▲' : s === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              className="request-row task-table-row"
              data-task-id={row.id}
              onClick={(e) => {
                if (!(e.target as HTMLElement).closest('a, button')) navigate(`/tasks/${row.id}`);
              }}
            >
              {row.getAllCells().map((cell) => (
                <td key={cell.id} data-column={cell.column.id}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
