// Random dashboards' rows for property tests (this folder's tests, and the
// server's agreement test, which loads the same rows into PostgreSQL): a few
// ids per kind so that groups, repeats and filters collide often; moments on
// and around local midnights of several zones (Almaty, Kathmandu +5:45, a DST
// zone, UTC); statuses a workflow does not know; a type whose workflow does
// not parse; overnight hours and day-off exceptions.
import fc from 'fast-check';
import {addDays, localToUtc} from '../../../booking/zone.ts';
import {INVOICE_STATUSES} from '../../../finance/lifecycle.ts';
import {TASK_STATUSES} from '../../../tasks/lifecycle.ts';
import {SMALL_BUSINESS_WORKFLOW} from '../../../workflow/templates/small-business.ts';
import {SECTIONS, type DashboardQuery} from '../../types.ts';
import type {AnalyticsInput} from '../../input.ts';

export const ZONES = ['Asia/Almaty', 'Asia/Kathmandu', 'America/New_York', 'UTC'] as const;
/** The first day any generated record can fall on; records spread over 100 days from it. */
export const BASE_DAY = '2026-10-20';
const SPAN_DAYS = 100;

const CUSTOM_WORKFLOW = {
  initial: 'a',
  statuses: [
    {key: 'a', name: {ru: 'А'}, kind: 'open'},
    {key: 'b', name: {ru: 'Б'}, kind: 'waiting'},
    {key: 'c', name: {ru: 'В'}, kind: 'done'},
    {key: 'done', name: {ru: 'Г'}, kind: 'cancelled'},
  ],
  transitions: [{from: 'a', to: 'c'}],
};
export const TYPES = [
  {id: 't1', workflow: SMALL_BUSINESS_WORKFLOW},
  {id: 't2', workflow: CUSTOM_WORKFLOW},
  {id: 't3', workflow: {statuses: 'broken'}},
];
const REQUEST_STATUSES = ['new', 'in_progress', 'waiting', 'done', 'cancelled', 'a', 'b', 'c', 'zzz'];
const SOURCES = ['', 'form', 'qr-table', 'telegram'];
const DEPARTMENTS = ['', 'north', 'south'];
const MEMBERS = ['m1', 'm2', 'm3'];
const MASTERS = ['k1', 'k2', 'k3'];
const CLIENTS = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, {nil: null});

/** A moment in the 100 days: often exactly on a local midnight, a millisecond before one, or the last minute of a day. */
function momentIn(zone: string): fc.Arbitrary<number> {
  return fc
    .tuple(fc.integer({min: 0, max: SPAN_DAYS - 1}), fc.constantFrom(0, 0, 1439, 600), fc.constantFrom(0, -1, 1, 59_999), fc.integer({min: 0, max: 1439}))
    .map(([d, m, jitter, any]) => localToUtc(addDays(BASE_DAY, d), jitter === 1 ? any : m, zone) + (jitter === 1 ? 0 : jitter));
}

const time = fc.tuple(fc.integer({min: 0, max: 23}), fc.constantFrom(0, 30)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const interval = fc.tuple(time, time).map(([from, to]) => ({from, to}));
const dayHours = fc.record({open: fc.boolean(), intervals: fc.array(interval, {maxLength: 2})});
const hours = fc.record({mon: dayHours, tue: dayHours, wed: dayHours, thu: dayHours, fri: dayHours, sat: dayHours, sun: dayHours});

export type AnalyticsCase = {readonly input: AnalyticsInput; readonly query: DashboardQuery; readonly now: number};

export function analyticsCase(opts: {zones?: readonly string[]; maxRows?: number} = {}): fc.Arbitrary<AnalyticsCase> {
  const max = opts.maxRows ?? 30;
  return pick(opts.zones ?? ZONES).chain((zone) => {
    const at = momentIn(zone);
    const stageStatuses = fc.array(pick(REQUEST_STATUSES), {maxLength: 4});
    const request = fc.record({
      created_at: at,
      source: pick(SOURCES),
      status: pick(REQUEST_STATUSES),
      type_id: maybe(pick(['t1', 't2', 't3', 't9'])),
      responsible_id: maybe(pick(MEMBERS)),
      department: pick(DEPARTMENTS),
      sla_due_at: maybe(at),
      deadline: maybe(at),
      catalog_item_id: maybe(pick(['', 'i1', 'i2', 'i3'])),
      client_id: maybe(pick(CLIENTS)),
      history: stageStatuses,
      stepMs: fc.integer({min: -3_600_000, max: 5 * 86_400_000}),
      lastEnds: fc.boolean(),
    });
    const place = fc.record({
      hours,
      timezone: fc.constantFrom(zone, 'Asia/Almaty', 'America/New_York', 'Nowhere/Bad'),
      archived_at: maybe(at),
      exceptions: fc.array(
        fc.record({
          day: fc.integer({min: 0, max: SPAN_DAYS}).map((d) => addDays(BASE_DAY, d)),
          open: fc.boolean(),
          intervals: fc.array(interval, {maxLength: 2}),
        }),
        {maxLength: 3},
      ),
    });
    const booking = fc.record({
      master_id: pick([...MASTERS, 'kx']),
      service_id: maybe(pick(['s1', 's2'])),
      service_title: pick(['Стрижка', '']),
      kind: pick(['visit', 'visit', 'visit', 'block']),
      status: pick(['confirmed', 'confirmed', 'cancelled', 'no_show']),
      starts_at: at,
      lengthMin: fc.integer({min: -30, max: 240}),
      lengthMs: fc.constantFrom(0, 0, 29_999),
      price: maybe(fc.integer({min: 0, max: 5_000_000})),
      source: pick(SOURCES),
      client_id: maybe(pick(CLIENTS)),
      created_at: at,
    });
    const invoice = fc.record({
      status: pick(INVOICE_STATUSES),
      amount_kzt: fc.integer({min: 0, max: 10_000_000}),
      branch: pick(DEPARTMENTS),
      project: pick(['', 'p1', 'p2']),
      created_at: at,
    });
    return fc
      .record({
        requests: fc.array(request, {maxLength: max}),
        reviews: fc.array(fc.record({master_id: maybe(pick([...MASTERS, 'kx'])), rating: fc.integer({min: 1, max: 5}), created_at: at}), {maxLength: 8}),
        siteStats: fc.array(
          fc.record({
            day: fc.integer({min: 0, max: SPAN_DAYS - 1}).map((d) => addDays(BASE_DAY, d)),
            kind: pick(['view', 'visitor', 'request', 'click', 'review']),
            page: pick(['home', 'item', 'request', 'book']),
            ref_id: pick(['', 'i1', 'i2']),
            source: pick(SOURCES),
            count: fc.integer({min: 0, max: 20}),
          }),
          {maxLength: max},
        ),
        conversations: fc.array(fc.record({source: pick(SOURCES), created_at: at}), {maxLength: 8}),
        bookings: fc.array(booking, {maxLength: max}),
        masters: fc.tuple(...MASTERS.map(() => fc.record({member_id: maybe(pick(MEMBERS)), places: fc.array(place, {maxLength: 2})}))),
        clients: fc.array(fc.tuple(pick(CLIENTS), at), {maxLength: 6}),
        tasks: fc.array(
          fc.record({assignee_id: maybe(pick(MEMBERS)), status: pick(TASK_STATUSES), deadline: maybe(at), created_at: at, closed_at: maybe(at)}),
          {maxLength: max},
        ),
        invoices: fc.array(invoice, {maxLength: max}),
        budget: fc.array(
          fc.record({
            period: pick(['2026-10', '2026-11', '2026-12', '2027-01', '2026-Q3', '2026-Q4', '2027-Q1', '2026', '2027']),
            branch: pick(DEPARTMENTS),
            project: pick(['', 'p1', 'p2']),
            plan: fc.integer({min: 0, max: 50_000_000}),
            invoices: fc.array(fc.record({status: pick(INVOICE_STATUSES), amount_kzt: fc.integer({min: 0, max: 10_000_000})}), {maxLength: 4}),
          }),
          {maxLength: 5},
        ),
        funnelBookings: fc.boolean(),
        funnelChats: fc.boolean(),
        fromDay: fc.integer({min: 0, max: SPAN_DAYS - 1}),
        length: fc.integer({min: 0, max: 40}),
        branch: fc.option(pick(['', 'north', 'south']), {nil: undefined}),
        project: fc.option(pick(['', 'p1']), {nil: undefined}),
        typeId: fc.option(pick(['t1', 't2', 't9']), {nil: undefined}),
        responsibleId: fc.option(pick(['', 'm1', 'm2']), {nil: undefined}),
        nowAt: at,
      })
      .map((g): AnalyticsCase => {
        const stages: {request_id: string; status: string; entered_at: number; left_at: number | null}[] = [];
        const requests = g.requests.map(({history, stepMs, lastEnds, ...r}, i) => {
          const id = `r${i}`;
          const statuses = [...history, r.status];
          statuses.forEach((status, k) => {
            const entered = r.created_at + k * stepMs;
            const last = k === statuses.length - 1;
            stages.push({request_id: id, status, entered_at: entered, left_at: last && !lastEnds ? null : entered + Math.abs(stepMs)});
          });
          return {id, ...r};
        });
        const from = addDays(BASE_DAY, g.fromDay);
        const query: DashboardQuery = {
          from,
          to: addDays(from, g.length),
          branch: g.branch,
          project: g.project,
          typeId: g.typeId,
          responsibleId: g.responsibleId,
        };
        const input: AnalyticsInput = {
          timeZone: zone,
          grants: {sections: SECTIONS, funnelBookings: g.funnelBookings, funnelChats: g.funnelChats},
          types: TYPES,
          requests,
          stages,
          reviews: g.reviews,
          siteStats: g.siteStats,
          conversations: g.conversations,
          bookings: g.bookings.map(({lengthMin, lengthMs, ...b}, i) => ({id: `b${i}`, ...b, ends_at: b.starts_at + lengthMin * 60_000 + lengthMs})),
          masters: g.masters.map((m, i) => ({
            id: MASTERS[i]!,
            member_id: m.member_id,
            places: m.places.map((p, j) => ({id: `${MASTERS[i]}p${j}`, ...p})),
          })),
          clients: [...new Map(g.clients).entries()].map(([id, created_at]) => ({id, created_at})),
          tasks: g.tasks,
          invoices: g.invoices,
          budget: g.budget.map((b, i) => ({id: `l${i}`, ...b, invoices: b.invoices.map((inv, j) => ({id: `l${i}i${j}`, ...inv}))})),
        };
        return {input, query, now: g.nowAt};
      });
  });
}
