// The registry and the budget report as spreadsheet rows (F3, F6): a header in
// the reader's language, then one row per invoice or report line. Money is a
// number in tenge (a spreadsheet sums it), never "1 500 ₸".
import type {MessageKey} from '../i18n/catalog.ts';
import type {ReportRow} from './report.ts';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

export type ExportInvoice = {
  readonly number: string;
  readonly invoice_date: string;
  readonly amount: number;
  readonly currency: string;
  readonly rate: number;
  readonly amount_kzt: number;
  readonly purpose: string;
  readonly project: string;
  readonly branch: string;
  readonly pay_by: string;
  readonly status: string;
  readonly paid_on: string;
  readonly counterparty?: {readonly name: string; readonly bin: string} | null | undefined;
  readonly line?: {readonly period: string; readonly item?: {readonly name: string} | null | undefined} | null | undefined;
  readonly approvals?: readonly {readonly decision: string; readonly round: number; readonly decider?: {readonly name: string} | null | undefined}[];
  readonly round: number;
};

const tenge = (minor: number) => minor / 100;

export function invoiceTable(rows: readonly ExportInvoice[], t: T): (string | number)[][] {
  const header = (
    [
      'finance.col.number',
      'finance.col.date',
      'finance.col.counterparty',
      'finance.col.bin',
      'finance.col.amount',
      'finance.col.currency',
      'finance.col.rate',
      'finance.col.amountKzt',
      'finance.col.purpose',
      'finance.col.project',
      'finance.col.branch',
      'finance.col.item',
      'finance.col.payBy',
      'finance.col.status',
      'finance.col.approvedBy',
      'finance.col.paidOn',
    ] as const
  ).map((k) => t(k));
  const body = rows.map((r) => [
    r.number,
    r.invoice_date,
    r.counterparty?.name ?? '',
    r.counterparty?.bin ?? '',
    tenge(r.amount),
    r.currency,
    r.rate,
    tenge(r.amount_kzt),
    r.purpose,
    r.project,
    r.branch,
    r.line ? `${r.line.item?.name ?? ''} (${r.line.period})` : '',
    r.pay_by,
    t(`finance.status.${r.status}` as MessageKey),
    (r.approvals ?? [])
      .filter((a) => a.round === r.round && a.decision === 'approved')
      .map((a) => a.decider?.name ?? '')
      .filter(Boolean)
      .join(', '),
    r.paid_on,
  ]);
  return [header, ...body];
}

export function reportTable(rows: readonly ReportRow[], t: T): (string | number)[][] {
  const header = (
    [
      'finance.col.period',
      'finance.col.item',
      'finance.col.project',
      'finance.col.branch',
      'finance.col.plan',
      'finance.col.limit',
      'finance.col.actual',
      'finance.col.committed',
      'finance.col.forecast',
      'finance.col.remainder',
      'finance.col.deviation',
      'finance.col.state',
      'finance.col.notes',
    ] as const
  ).map((k) => t(k));
  const body = rows.map((r) => [
    r.period,
    r.item,
    r.project,
    r.branch,
    tenge(r.plan),
    tenge(r.limit),
    tenge(r.actual),
    tenge(r.committed),
    tenge(r.forecast),
    tenge(r.remainder),
    tenge(r.deviation),
    t(`finance.report.${r.state}`),
    r.notes.join('; '),
  ]);
  return [header, ...body];
}
