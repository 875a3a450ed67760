// Random dashboards' rows for property tests (this folder's tests, and the
// server's agreement test, which loads the same rows into PostgreSQL), from a
// seed (fast-check draws the seeds in the tests; shared/ stays free of it): a
// few ids per kind so that groups, repeats and filters collide often; moments
// on and around local midnights of several zones (Almaty, Kathmandu +5:45, a
// DST zone, UTC); statuses a workflow does not know; a type whose workflow
// does not parse; overnight hours and day-off exceptions.
// The rows are ones a database could hold and a device could be given: every
// referenced client and master exists, one counter row per (day, kind, page,
// ref, source), and a viewer without bookings (or the inbox) gets none of
// those rows, as the device's queries withhold them (shared/queries/analytics.ts).
import {addDays, daysBetween, localToUtc} from '../../../booking/zone.ts';
import {INVOICE_STATUSES} from '../../../finance/lifecycle.ts';
import {TASK_STATUSES} from '../../../tasks/lifecycle.ts';
import {SMALL_BUSINESS_WORKFLOW} from '../../../workflow/templates/small-business.ts';
import type {AnalyticsInput} from '../../input.ts';
import {SECTIONS, type DashboardQuery} from '../../types.ts';

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
const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const PERIODS = ['2026-10', '2026-11', '2026-12', '2027-01', '2026-Q3', '2026-Q4', '2027-Q1', '2026', '2027'];

/** mulberry32: a small seeded generator, the same rows for the same seed everywhere. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  const maybe = <T>(make: () => T): T | null => (next() < 0.3 ? null : make());
  const list = <T>(max: number, make: (i: number) => T): T[] => Array.from({length: int(0, max)}, (_, i) => make(i));
  return {next, int, pick, maybe, list, bool: () => next() < 0.5};
}

export type AnalyticsCase = {readonly input: AnalyticsInput; readonly query: DashboardQuery; readonly now: number};

export function randomCase(seed: number, opts: {zones?: readonly string[]; maxRows?: number} = {}): AnalyticsCase {
  const r = rng(seed);
  const max = opts.maxRows ?? 30;
  const zone = r.pick(opts.zones ?? ZONES);
  // The period first: three records in four fall in it or a few days around it.
  const from = addDays(BASE_DAY, r.int(0, SPAN_DAYS - 1));
  const to = addDays(from, r.pick([0, 6, r.int(0, 40)]));
  const near = daysBetween(BASE_DAY, from);
  const day = () =>
    addDays(BASE_DAY, r.next() < 0.75 ? Math.max(0, Math.min(SPAN_DAYS - 1, near + r.int(-3, daysBetween(from, to) + 3))) : r.int(0, SPAN_DAYS - 1));
  // Often exactly on a local midnight, a millisecond either side, or the day's last minute.
  const at = () => {
    const shape = r.int(0, 5);
    if (shape === 0) return localToUtc(day(), r.int(0, 1439), zone) + r.int(0, 59_999);
    return localToUtc(day(), shape === 5 ? 1439 : 0, zone) + [0, 0, -1, 1, 0][shape - 1]!;
  };
  const time = () => `${String(r.int(0, 23)).padStart(2, '0')}:${r.pick(['00', '30'])}`;
  const interval = () => ({from: time(), to: time()});
  const hours = () => Object.fromEntries(WEEK.map((d) => [d, {open: r.bool(), intervals: r.list(2, interval)}]));

  const stages: {request_id: string; status: string; entered_at: number; left_at: number | null}[] = [];
  const requests = r.list(max, (i) => {
    const id = `r${i}`;
    const created_at = at();
    const status = r.pick(REQUEST_STATUSES);
    const statuses = [...r.list(4, () => r.pick(REQUEST_STATUSES)), status];
    const step = r.int(-3_600_000, 5 * 86_400_000);
    const lastEnds = r.bool();
    statuses.forEach((s, k) => {
      const entered = created_at + k * step;
      stages.push({request_id: id, status: s, entered_at: entered, left_at: k === statuses.length - 1 && !lastEnds ? null : entered + Math.abs(step)});
    });
    return {
      id,
      created_at,
      source: r.pick(SOURCES),
      status,
      type_id: r.maybe(() => r.pick(['t1', 't2', 't3'])),
      responsible_id: r.maybe(() => r.pick(MEMBERS)),
      department: r.pick(DEPARTMENTS),
      sla_due_at: r.maybe(at),
      deadline: r.maybe(at),
      catalog_item_id: r.maybe(() => r.pick(['i1', 'i2', 'i3'])),
      client_id: r.maybe(() => r.pick(CLIENTS)),
    };
  });
  const funnelBookings = r.next() < 0.8;
  const funnelChats = r.next() < 0.8;
  const counters = new Map<string, AnalyticsInput['siteStats'][number]>();
  for (const s of r.list(max, () => ({
    day: day(),
    kind: r.pick(['view', 'visitor', 'request', 'click', 'review']),
    page: r.pick(['home', 'item', 'request', 'book']),
    ref_id: r.pick(['', 'i1', 'i2']),
    source: r.pick(SOURCES),
    count: r.int(0, 20),
  }))) {
    const key = [s.day, s.kind, s.page, s.ref_id, s.source].join('|');
    counters.set(key, {...s, count: s.count + (counters.get(key)?.count ?? 0)});
  }
  const input: AnalyticsInput = {
    timeZone: zone,
    grants: {sections: SECTIONS.filter((s) => funnelBookings || s !== 'bookings'), funnelBookings, funnelChats},
    types: TYPES,
    requests,
    stages,
    reviews: r.list(8, () => ({master_id: r.maybe(() => r.pick(MASTERS)), rating: r.int(1, 5), created_at: at()})),
    siteStats: [...counters.values()],
    conversations: r.list(8, () => ({source: r.pick(SOURCES), created_at: at()})).filter(() => funnelChats),
    bookings: r
      .list(max, (i) => {
        const starts_at = at();
        return {
          id: `b${i}`,
          master_id: r.pick(MASTERS),
          service_id: r.maybe(() => r.pick(['s1', 's2'])),
          service_title: r.pick(['Стрижка', '']),
          kind: r.pick(['visit', 'visit', 'visit', 'block']),
          status: r.pick(['confirmed', 'confirmed', 'cancelled', 'no_show']),
          starts_at,
          ends_at: starts_at + r.int(-30, 240) * 60_000 + r.pick([0, 0, 29_999]),
          price: r.maybe(() => r.int(0, 5_000_000)),
          source: r.pick(SOURCES),
          client_id: r.maybe(() => r.pick(CLIENTS)),
          created_at: at(),
        };
      })
      .filter(() => funnelBookings),
    masters: MASTERS.filter(() => funnelBookings).map((id) => ({
      id,
      member_id: r.maybe(() => r.pick(MEMBERS)),
      places: r.list(2, (j) => ({
        id: `${id}p${j}`,
        hours: hours(),
        timezone: r.pick([zone, zone, 'Asia/Almaty', 'America/New_York']),
        archived_at: r.next() < 0.2 ? at() : null,
        exceptions: r.list(3, () => ({day: day(), open: r.bool(), intervals: r.list(2, interval)})),
      })),
    })),
    // Every client exists; half of them were made long before any period (repeat ones).
    clients: CLIENTS.map((id) => ({id, created_at: r.bool() ? at() : localToUtc(BASE_DAY, 0, zone) - r.int(1, 400) * 86_400_000})),
    tasks: r.list(max, () => ({
      assignee_id: r.maybe(() => r.pick(MEMBERS)),
      status: r.pick(TASK_STATUSES),
      deadline: r.maybe(at),
      created_at: at(),
      closed_at: r.maybe(at),
    })),
    invoices: r.list(max, () => ({
      status: r.pick(INVOICE_STATUSES),
      amount_kzt: r.int(0, 10_000_000),
      branch: r.pick(DEPARTMENTS),
      project: r.pick(['', 'p1', 'p2']),
      created_at: at(),
    })),
    budget: r.list(5, (i) => ({
      id: `l${i}`,
      period: r.pick(PERIODS),
      branch: r.pick(DEPARTMENTS),
      project: r.pick(['', 'p1', 'p2']),
      plan: r.int(0, 50_000_000),
      invoices: r.list(4, (j) => ({id: `l${i}i${j}`, status: r.pick(INVOICE_STATUSES), amount_kzt: r.int(0, 10_000_000)})),
    })),
  };
  const filter = <T>(xs: readonly T[]) => (r.next() < 0.75 ? undefined : r.pick(xs));
  const query: DashboardQuery = {
    from,
    to,
    branch: filter(['north', 'south']),
    project: filter(['p1', 'p2']),
    typeId: filter(['t1', 't2', 't9']),
    responsibleId: filter(['m1', 'm2']),
  };
  return {input, query, now: at()};
}
