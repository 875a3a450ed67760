// The dashboard's query string: a period of days (at most three years, so one
// request cannot ask the server for a decade of grouping) and the filters.
// A bad field is refused naming it, in the caller's language.
import {z} from 'zod';
import type {DashboardQuery} from '#shared/analytics/types.ts';
import {addDays, isDayKey} from '#shared/booking/zone.ts';

const day = z.string().refine(isDayKey, {message: 'v.date'});
const id = z.string().min(1).max(128).optional();

/** The longest period asked at once: three years of days. */
export const MAX_DAYS = 3 * 366;

export const dashboardQuery = z
  .object({from: day, to: day, branch: z.string().max(200).optional(), project: z.string().max(200).optional(), typeId: id, responsibleId: id})
  .superRefine((q, ctx) => {
    if (!isDayKey(q.from) || !isDayKey(q.to)) return;
    if (q.to < q.from) ctx.addIssue({code: 'custom', message: 'v.periodOrder', path: ['to']});
    else if (q.to > addDays(q.from, MAX_DAYS - 1)) ctx.addIssue({code: 'custom', message: 'v.periodLong', path: ['to']});
  });

/** The query as the contract spells it: absent filters left out. */
export function toDashboardQuery(q: z.output<typeof dashboardQuery>): DashboardQuery {
  return Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined)) as DashboardQuery;
}
