// The filters of the request views (list, table, board, export): by type,
// status, priority, responsible, source and period, plus the search. Saved
// views store exactly this shape; a stored view from an older version (or a
// hand-made one) is read leniently — what does not parse is simply not
// filtered on, so a saved view never breaks the page.
import {z} from 'zod';
import {addDays, localToUtc} from '../booking/zone.ts';
import {PRIORITIES} from '../workflow/types.ts';
import {compileSearch, searchKeyOf, type Searchable} from './search.ts';
import {sourceKind} from './source.ts';
import {isOpenRequest, type StatusKindOf} from './state.ts';

/** "No type" and "nobody responsible" in a filter list. */
export const NONE = '-';

export const SOURCE_KINDS = ['manual', 'form', 'api', 'qr', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

const day = z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.literal('')]);
const list = (item: z.ZodType<string>) => z.array(item).max(200).catch([]);

export const requestFiltersSchema = z.object({
  /** "open": statuses of the open, in-work and waiting kinds; "all": every status. */
  scope: z.enum(['open', 'all']).catch('open'),
  statuses: list(z.string().max(40)),
  types: list(z.string().max(64)),
  priorities: z.array(z.enum(PRIORITIES)).max(4).catch([]),
  responsible: list(z.string().max(64)),
  sources: z.array(z.enum(SOURCE_KINDS)).max(5).catch([]),
  /** Created on or after this day, and on or before that day, in the company's time zone. */
  createdFrom: day.catch(''),
  createdTo: day.catch(''),
  search: z.string().max(200).catch(''),
});
export type RequestFilters = z.output<typeof requestFiltersSchema>;

export const EMPTY_FILTERS: RequestFilters = {
  scope: 'open',
  statuses: [],
  types: [],
  priorities: [],
  responsible: [],
  sources: [],
  createdFrom: '',
  createdTo: '',
  search: '',
};

export function parseFilters(raw: unknown): RequestFilters {
  return requestFiltersSchema.catch(EMPTY_FILTERS).parse(raw ?? {});
}

/** How many filters (besides the open/all scope) are set — for "Clear filters (3)". */
export function activeFilterCount(f: RequestFilters): number {
  return (
    (f.statuses.length ? 1 : 0) +
    (f.types.length ? 1 : 0) +
    (f.priorities.length ? 1 : 0) +
    (f.responsible.length ? 1 : 0) +
    (f.sources.length ? 1 : 0) +
    (f.createdFrom || f.createdTo ? 1 : 0) +
    (f.search.trim() ? 1 : 0)
  );
}

// ── Days in the company's time zone ─────────────────────────────────────────

/** The moment a calendar day ("2026-03-01") begins in the zone. */
export const dayStart = (ymd: string, timeZone: string): number => localToUtc(ymd, 0, timeZone);

/** [from, to) in epoch ms for a period of whole days (either end may be open). */
export function periodBounds(from: string, to: string, timeZone: string): {from: number; to: number} {
  return {from: from ? dayStart(from, timeZone) : -Infinity, to: to ? dayStart(addDays(to, 1), timeZone) : Infinity};
}

// ── Matching ────────────────────────────────────────────────────────────────

export type FilterableRequest = Searchable & {
  status: string;
  type_id?: string | null | undefined;
  priority: string;
  responsible_id?: string | null | undefined;
  source: string;
  created_at: number;
};

export type FilterEnv = {
  timeZone: string;
  statusKind: StatusKindOf;
};

/** Compiles the filters once; the returned test runs per row. */
export function compileFilters<R extends FilterableRequest>(f: RequestFilters, env: FilterEnv): (row: R) => boolean {
  const statuses = f.statuses.length ? new Set(f.statuses) : null;
  const types = f.types.length ? new Set(f.types) : null;
  const priorities = f.priorities.length ? new Set<string>(f.priorities) : null;
  const responsible = f.responsible.length ? new Set(f.responsible) : null;
  const sources = f.sources.length ? new Set<string>(f.sources) : null;
  const period = f.createdFrom || f.createdTo ? periodBounds(f.createdFrom, f.createdTo, env.timeZone) : null;
  const search = compileSearch(f.search);
  return (r) => {
    if (statuses && !statuses.has(r.status)) return false;
    if (types && !types.has(r.type_id ?? NONE)) return false;
    if (priorities && !priorities.has(r.priority)) return false;
    if (responsible && !responsible.has(r.responsible_id ?? NONE)) return false;
    if (sources && !sources.has(sourceKind(r.source))) return false;
    if (period && (r.created_at < period.from || r.created_at >= period.to)) return false;
    if (f.scope === 'open' && !isOpenRequest(r, env.statusKind)) return false;
    if (search && !search(searchKeyOf(r))) return false;
    return true;
  };
}

export function filterRequests<R extends FilterableRequest>(rows: readonly R[], f: RequestFilters, env: FilterEnv): R[] {
  const test = compileFilters<R>(f, env);
  return rows.filter(test);
}
