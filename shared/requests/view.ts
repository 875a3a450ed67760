// A view of the requests = filters + sort. The table, the card list, the
// board and the export all run this one function over the device's replica,
// so what is exported is exactly what is on screen. Saved views store it.
import {z} from 'zod';
import {compileFilters, EMPTY_FILTERS, parseFilters, type FilterableRequest, type FilterEnv, type RequestFilters} from './filter.ts';
import {DEFAULT_SORT, sortRequests, sortSchema, type RequestSort, type SortableRequest, type SortEnv} from './sort.ts';

export type ViewState = {filters: RequestFilters; sort: RequestSort};
export const DEFAULT_VIEW: ViewState = {filters: EMPTY_FILTERS, sort: DEFAULT_SORT};

export type ViewEnv = FilterEnv & SortEnv;

export function runView<R extends FilterableRequest & SortableRequest>(rows: readonly R[], view: ViewState, env: ViewEnv): R[] {
  const test = compileFilters<R>(view.filters, env);
  return sortRequests(rows.filter(test), view.sort, env);
}

/** What a saved view stores (`saved_view.filters`): versioned, so a later shape can still read it. */
export function viewToJson(view: ViewState): {v: number; filters: RequestFilters; sort: RequestSort} {
  return {v: 1, filters: view.filters, sort: view.sort};
}

export function viewFromJson(raw: unknown): ViewState {
  const obj = z
    .object({filters: z.unknown(), sort: sortSchema.catch(DEFAULT_SORT)})
    .catch({filters: {}, sort: DEFAULT_SORT})
    .parse(raw ?? {});
  return {filters: parseFilters(obj.filters), sort: obj.sort};
}
