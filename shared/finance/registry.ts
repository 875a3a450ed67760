// The invoice registry's filter and sort (F3), pure: the device runs it over
// the synced invoices, the server's export runs the very same over the same
// rows, so the spreadsheet holds exactly what the screen showed.
import {z} from 'zod';

export type RegistryFilter = {
  /** Words found in the number, purpose, counterparty's name or BIN, project or branch. */
  readonly q?: string;
  readonly status?: readonly string[];
  readonly counterpartyId?: string;
  readonly lineId?: string;
  readonly project?: string;
  readonly branch?: string;
  /** Invoice date from/to, inclusive (YYYY-MM-DD). */
  readonly from?: string;
  readonly to?: string;
  /** Due for payment on or before. */
  readonly payByTo?: string;
};

/** The filter as a query string gives it (REST export: `status=a,b`). */
export const registryFilterSchema = z.object({
  q: z.string().max(200).optional(),
  status: z
    .union([z.string().max(400), z.array(z.string().max(40)).max(20)])
    .optional()
    .transform((v) => (v === undefined ? undefined : (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))),
  counterpartyId: z.string().max(64).optional(),
  lineId: z.string().max(64).optional(),
  project: z.string().max(200).optional(),
  branch: z.string().max(200).optional(),
  from: z.string().max(10).optional(),
  to: z.string().max(10).optional(),
  payByTo: z.string().max(10).optional(),
});

export type RegistryRow = {
  readonly id: string;
  readonly number: string;
  readonly status: string;
  readonly counterparty_id?: string | null;
  readonly budget_line_id?: string | null;
  readonly purpose: string;
  readonly project: string;
  readonly branch: string;
  readonly invoice_date: string;
  readonly pay_by: string;
  readonly amount_kzt: number;
  readonly created_at: number;
  readonly counterparty?: {readonly name: string; readonly bin: string} | null | undefined;
};

const fold = (s: string) => s.toLowerCase().replace(/ё/g, 'е');

/** Rows from the sync are immutable snapshots: each row's searchable text is made once, on the first search. */
const texts = new WeakMap<object, string>();

function haystack(r: RegistryRow): string {
  let text = texts.get(r);
  if (text === undefined) {
    text = fold([r.number, r.purpose, r.project, r.branch, r.counterparty?.name ?? '', r.counterparty?.bin ?? ''].join('\u0001'));
    texts.set(r, text);
  }
  return text;
}

/** The rows the filter keeps, in their order. Empty parts of the filter keep everything. */
export function filterInvoices<R extends RegistryRow>(rows: readonly R[], filter: RegistryFilter): R[] {
  const words = fold(filter.q?.trim() ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const statuses = filter.status?.length ? new Set(filter.status) : null;
  const out: R[] = [];
  for (const r of rows) {
    if (statuses && !statuses.has(r.status)) continue;
    if (filter.counterpartyId && r.counterparty_id !== filter.counterpartyId) continue;
    if (filter.lineId && r.budget_line_id !== filter.lineId) continue;
    if (filter.project && r.project !== filter.project) continue;
    if (filter.branch && r.branch !== filter.branch) continue;
    if (filter.from && r.invoice_date < filter.from) continue;
    if (filter.to && r.invoice_date > filter.to) continue;
    if (filter.payByTo && (!r.pay_by || r.pay_by > filter.payByTo)) continue;
    if (words.length) {
      const text = haystack(r);
      if (!words.every((w) => text.includes(w))) continue;
    }
    out.push(r);
  }
  return out;
}

export const SORT_KEYS = ['created', 'invoiceDate', 'payBy', 'amount', 'number', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

function keyOf(r: RegistryRow, key: SortKey): string | number {
  switch (key) {
    case 'invoiceDate':
      return r.invoice_date;
    case 'payBy':
      return r.pay_by || '9999';
    case 'amount':
      return r.amount_kzt;
    case 'number':
      return r.number;
    case 'status':
      return r.status;
    default:
      return r.created_at;
  }
}

/** A sorted copy; ties by id, so the order is the same on every device. Default: newest first. */
export function sortInvoices<R extends RegistryRow>(rows: readonly R[], key: SortKey = 'created', dir: 'asc' | 'desc' = 'desc'): R[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = keyOf(a, key);
    const y = keyOf(b, key);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'ru');
    return c !== 0 ? sign * c : sign * a.id.localeCompare(b.id);
  });
}
