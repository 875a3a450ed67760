// The requests as a table (desktop and tablet). @tanstack/react-table v9
// owns the columns and the sorting state (headers toggle it, aria-sort says
// it); the rows arrive already filtered and sorted by shared/requests/view.ts
// (`manualSorting`), the same function the cards, the board and the export
// use. Rows are windowed: only those in sight are in the DOM.
import {createColumnHelper, rowSortingFeature, tableFeatures, useTable, type SortingState} from '@tanstack/react-table';
import {useMemo, useRef} from 'react';
import {formatDate} from '#shared/i18n/format.ts';
import {formatPhone} from '#shared/phone.ts';
import {clientOf, SORT_COLUMNS, subjectOf, type RequestSort, type SortColumn} from '#shared/requests/sort.ts';
import {isOpenRequest, isPastDeadline} from '#shared/requests/state.ts';
import {useI18n} from '../../i18n/i18n.tsx';
import {useMinute} from '../../ui/use-minute.ts';
import {Link, navigate} from '../../router/router.tsx';
import {usePendingSubjects} from '../../write/writer.tsx';
import {SlaBadge} from '../card/sla-badge.tsx';
import type {ViewRow} from './use-view-rows.ts';
import type {ViewContext} from './use-view-env.ts';
import {useWindow} from './use-window.ts';
import {StatusPill} from './status-pill.tsx';
import {NotAcceptedBadge} from '../not-accepted-badge.tsx';

const features = tableFeatures({rowSortingFeature});
const helper = createColumnHelper<typeof features, ViewRow>();

/** Fixed row height: windowing places rows by arithmetic, not by measuring. */
export const ROW_HEIGHT = 44;

// The table is wider than a laptop's screen: it scrolls sideways with the
// number and the subject held in place (sticky), like a spreadsheet.
const WIDTHS: Record<SortColumn, number> = {
  number: 60,
  subject: 260,
  type: 110,
  status: 130,
  priority: 92,
  responsible: 130,
  client: 140,
  source: 110,
  created: 100,
  deadline: 100,
  sla: 150,
};

/** Columns whose first click sorts from the top: newest, most urgent, highest number. */
const DESC_FIRST = new Set<SortColumn>(['number', 'priority', 'created']);

type Props = {
  rows: ViewRow[];
  sort: RequestSort;
  shownSort: RequestSort;
  onSort: (s: RequestSort) => void;
  env: ViewContext;
  selectedId?: string | undefined;
  emptyText: string;
};

export function RequestTable({rows, sort, shownSort, onSort, env, selectedId, emptyText}: Props) {
  const {t, locale} = useI18n();
  const pending = usePendingSubjects();
  const now = useMinute();
  const scrollRef = useRef<HTMLDivElement>(null);

  const columns = useMemo(() => {
    const {timeZone, config} = env;
    const label: Record<SortColumn, string> = {
      number: t('views.col.number'),
      subject: t('views.col.subject'),
      type: t('views.col.type'),
      status: t('views.col.status'),
      priority: t('views.col.priority'),
      responsible: t('views.col.responsible'),
      client: t('requests.client'),
      source: t('views.col.source'),
      created: t('views.col.created'),
      deadline: t('views.col.deadline'),
      sla: t('views.col.sla'),
    };
    const col = (id: SortColumn, cell: (r: ViewRow) => React.ReactNode) =>
      helper.accessor((r) => r.id, {id, header: label[id], sortDescFirst: DESC_FIRST.has(id), cell: (info) => cell(info.row.original)});
    return helper.columns([
      col('number', (r) => <span className="row-number">{r.number ? `#${r.number}` : '…'}</span>),
      col('subject', (r) => (
        <>
          {pending.has(r.id) ? <span className="badge waiting-badge">{t('outbox.badge')}</span> : null}
          <NotAcceptedBadge request={r} />
          <Link href={`/requests/${r.id}`} className="row-text" title={subjectOf(r)}>
            {subjectOf(r)}
          </Link>
        </>
      )),
      col('type', (r) => env.typeName(r.type_id) || <span className="muted">{t('views.noType')}</span>),
      col('status', (r) => <StatusPill env={env} typeId={r.type_id} status={r.status} />),
      col('priority', (r) => <span className={`priority-text priority-${r.priority}`}>{t(`priority.${r.priority}`)}</span>),
      col('responsible', (r) => (r.responsible_id ? env.responsibleName(r.responsible_id) || '—' : <span className="muted">—</span>)),
      col('client', (r) => (
        <span title={formatPhone(r.client_phone)}>{clientOf({client_name: r.client_name, client_phone: formatPhone(r.client_phone)}) || '—'}</span>
      )),
      col('source', (r) => env.sourceName(r.source)),
      col('created', (r) => formatDate(r.created_at, timeZone, locale, 'short')),
      col('deadline', (r) =>
        r.deadline ? (
          <span className={isPastDeadline(now, r.deadline, isOpenRequest(r, env.statusKind)) ? 'late' : undefined}>
            {formatDate(r.deadline, timeZone, locale, 'short')}
          </span>
        ) : null,
      ),
      col('sla', (r) => (
        <SlaBadge
          dueAt={r.sla_due_at}
          escalateAfterHours={config.workflowOf(r.type_id).sla.escalateAfterHours}
          escalatedAt={r.escalated_at}
          open={isOpenRequest(r, env.statusKind)}
        />
      )),
    ]);
  }, [env, t, locale, pending, now]);

  const sorting = useMemo<SortingState>(() => [{id: sort.column, desc: sort.desc}], [sort]);
  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (r) => r.id,
    state: {sorting},
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      if (first && (SORT_COLUMNS as readonly string[]).includes(first.id)) onSort({column: first.id as SortColumn, desc: first.desc});
    },
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
  });

  const all = table.getRowModel().rows;
  const {start, end} = useWindow(all.length, ROW_HEIGHT, scrollRef);

  if (!rows.length) return <p className="empty">{emptyText}</p>;
  return (
    <div className="table-scroll request-list" ref={scrollRef} tabIndex={-1}>
      <table
        className="req-table"
        aria-rowcount={all.length + 1}
        // The order the rows below are in (the header's arrow may be a frame ahead): for tests and the benchmark.
        data-sort={`${shownSort.column}:${shownSort.desc ? 'desc' : 'asc'}`}
        style={{width: Object.values(WIDTHS).reduce((a, b) => a + b, 0)}}
      >
        <colgroup>
          {table.getAllLeafColumns().map((c) => (
            <col key={c.id} style={{width: WIDTHS[c.id as SortColumn]}} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    data-column={header.id}
                  >
                    <button
                      type="button"
                      className="sort-button"
                      onClick={header.column.getToggleSortingHandler()}
                      title={t('views.sortBy', {column: String(header.column.columnDef.header)})}
                    >
                      <table.FlexRender header={header} />
                      <span className="sort-mark" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {start > 0 ? <tr className="spacer" aria-hidden="true" style={{height: start * ROW_HEIGHT}} /> : null}
          {all.slice(start, end).map((row, i) => (
            <tr
              key={row.id}
              className={row.id === selectedId ? 'request-row selected' : 'request-row'}
              data-request-id={row.id}
              aria-rowindex={start + i + 2}
              onClick={(e) => {
                if (!(e.target as HTMLElement).closest('a, button')) navigate(`/requests/${row.id}`);
              }}
            >
              {row.getAllCells().map((cell) => (
                <td key={cell.id} data-column={cell.column.id}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
          {end < all.length ? <tr className="spacer" aria-hidden="true" style={{height: (all.length - end) * ROW_HEIGHT}} /> : null}
        </tbody>
      </table>
    </div>
  );
}
