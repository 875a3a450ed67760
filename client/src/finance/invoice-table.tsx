// The invoices as a table for the back office's desktops. @tanstack/react-table
// owns the columns and the sorting state (headers toggle it, aria-sort says
// it), as in the tasks' table; the rows are sorted here (`manualSorting`).
import {createColumnHelper, rowSortingFeature, tableFeatures, useTable, type SortingState} from '@tanstack/react-table';
import {useMemo, useState, type ReactNode} from 'react';
import {INVOICE_STATUSES} from '#shared/finance/lifecycle.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link, navigate} from '../router/router.tsx';
import {InvoiceStatus} from './invoice-status.tsx';
import {dateText, money} from './money.ts';
import {lineName} from './registry-filters.tsx';
import type {ListedInvoice} from './use-finance.ts';

const COLUMNS = ['number', 'counterparty', 'amount', 'status', 'line', 'invoiceDate', 'payBy'] as const;
type Column = (typeof COLUMNS)[number];
const WIDTHS: Record<Column, number> = {number: 120, counterparty: 210, amount: 140, status: 150, line: 200, invoiceDate: 105, payBy: 105};

const features = tableFeatures({rowSortingFeature});
const helper = createColumnHelper<typeof features, ListedInvoice>();

function sortKey(r: ListedInvoice, column: Column): string | number {
  switch (column) {
    case 'number':
      return r.number.toLocaleLowerCase();
    case 'counterparty':
      return r.counterparty?.name.toLocaleLowerCase() ?? '\uffff';
    case 'amount':
      return r.amount_kzt;
    case 'status':
      return INVOICE_STATUSES.indexOf(r.status as (typeof INVOICE_STATUSES)[number]);
    case 'line':
      return r.line ? lineName(r.line).toLocaleLowerCase() : '\uffff';
    case 'invoiceDate':
      return r.invoice_date || '\uffff';
    case 'payBy':
      return r.pay_by || '\uffff';
  }
}

export function InvoiceTable({rows}: {rows: readonly ListedInvoice[]}) {
  const {t, locale} = useI18n();
  const [sorting, setSorting] = useState<SortingState>([{id: 'invoiceDate', desc: true}]);
  const sort = sorting[0] ?? {id: 'invoiceDate', desc: true};
  const sorted = useMemo(() => {
    const keyed = rows.map((r) => [sortKey(r, sort.id as Column), r] as const);
    keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0) * (sort.desc ? -1 : 1));
    return keyed.map(([, r]) => r);
  }, [rows, sort.id, sort.desc]);

  const columns = useMemo(() => {
    const col = (id: Column, header: string, cell: (r: ListedInvoice) => ReactNode) =>
      helper.accessor((r) => r.id, {id, header, sortDescFirst: id === 'amount', cell: (info) => cell(info.row.original)});
    return helper.columns([
      col('number', t('fin.field.number'), (r) => (
        <Link href={`/finance/invoices/${r.id}`} title={r.number}>
          {r.number || '—'}
        </Link>
      )),
      col('counterparty', t('fin.field.counterparty'), (r) => <span title={r.counterparty?.name}>{r.counterparty?.name ?? '—'}</span>),
      col('amount', t('fin.field.amount'), (r) => <span className="num">{money(r.amount, locale, r.currency)}</span>),
      col('status', t('fin.field.status'), (r) => <InvoiceStatus status={r.status} />),
      col('line', t('fin.field.line'), (r) => <span title={r.line ? lineName(r.line) : ''}>{r.line ? lineName(r.line) : '—'}</span>),
      col('invoiceDate', t('fin.field.invoiceDate'), (r) => dateText(r.invoice_date)),
      col('payBy', t('fin.field.payBy'), (r) => dateText(r.pay_by)),
    ]);
  }, [t, locale]);

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

  return (
    <div className="table-scroll fin-table-scroll">
      <table className="req-table fin-table" style={{width: '100%', minWidth: Object.values(WIDTHS).reduce((a, b) => a + b, 0)}}>
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
              className="request-row invoice-row"
              data-invoice-id={row.id}
              onClick={(e) => {
                if (!(e.target as HTMLElement).closest('a, button')) navigate(`/finance/invoices/${row.id}`);
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
