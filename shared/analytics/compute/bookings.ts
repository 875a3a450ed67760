// Bookings section (types.ts BookingsSection). Decisions the server SQL copies:
// - A visit is a booking of kind "visit" (blocks are not counted anywhere);
//   it belongs to the period and day of its starts_at. visits counts every
//   status; cancelled and noShow are the visits in those statuses.
// - bookedMin: per visit not cancelled, ⌊(ends_at − starts_at) / 60 000⌋ (0 if
//   negative), summed. revenue: price (null = 0) of visits confirmed and ended
//   by now.
// - openMin: per master, the working ranges (shared/booking/working-ranges.ts)
//   of each of its places not archived (archived_at set, whenever), over the
//   period's days read in that place's own zone; the places' ranges merged
//   (one master is in one place at a time), clipped to the period's moments
//   [start, end), then ⌊total ms / 60 000⌋. A place whose zone Intl does not
//   know is skipped rather than failing the dashboard.
// - A master gets a row when openMin or visits is not 0 (a visit of a master
//   not among the rows still counts, with openMin 0).
// - services: the visits (any status) per service_id, or service_title when
//   there is none; they sum to visits.
import {scheduleOf, workingRanges} from '../../booking/working-ranges.ts';
import {mergeRanges, type Range} from '../../booking/ranges.ts';
import {isTimeZone} from '../../booking/zone.ts';
import type {AnalyticsInput} from '../input.ts';
import type {BookingsSection, MasterRow} from '../types.ts';
import {bump, byKey, countsOf} from './figures.ts';
import {countsMaster, masterFilter} from './masters.ts';
import {inPeriod, type Scope} from './scope.ts';

type Row = {-readonly [K in keyof MasterRow]: MasterRow[K]};
type Master = AnalyticsInput['masters'][number];

export function openMinutes(master: Master, from: string, to: string, window: Range): number {
  const ranges: Range[] = [];
  for (const place of master.places) {
    if (place.archived_at !== null && place.archived_at !== undefined) continue;
    if (!isTimeZone(place.timezone)) continue;
    ranges.push(...workingRanges(scheduleOf(place, place.exceptions), from, to));
  }
  let ms = 0;
  for (const r of mergeRanges(ranges)) ms += Math.max(0, Math.min(window.end, r.end) - Math.max(window.start, r.start));
  return Math.floor(ms / 60_000);
}

export function bookingsSection(input: AnalyticsInput, scope: Scope): BookingsSection {
  const filter = masterFilter(input, scope);
  const rows = new Map<string, Row>();
  const rowOf = (key: string) => {
    let r = rows.get(key);
    if (!r) rows.set(key, (r = {key, openMin: 0, bookedMin: 0, visits: 0, cancelled: 0, noShow: 0, revenue: 0}));
    return r;
  };
  for (const m of input.masters) {
    if (!countsMaster(filter, m.id)) continue;
    const open = openMinutes(m, scope.query.from, scope.query.to, scope);
    if (open > 0) rowOf(m.id).openMin += open;
  }
  const services = new Map<string, number>();
  const total = {visits: 0, cancelled: 0, noShow: 0, revenue: 0};
  for (const b of input.bookings) {
    if (b.kind !== 'visit' || !inPeriod(scope, b.starts_at) || !countsMaster(filter, b.master_id)) continue;
    const r = rowOf(b.master_id);
    r.visits++;
    total.visits++;
    bump(services, b.service_id || b.service_title);
    if (b.status === 'cancelled') {
      r.cancelled++;
      total.cancelled++;
      continue;
    }
    r.bookedMin += Math.max(0, Math.floor((b.ends_at - b.starts_at) / 60_000));
    if (b.status === 'no_show') {
      r.noShow++;
      total.noShow++;
    } else if (b.status === 'confirmed' && b.ends_at <= scope.now) {
      r.revenue += b.price ?? 0;
      total.revenue += b.price ?? 0;
    }
  }
  return {
    ...total,
    masters: [...rows.values()].sort((a, b) => b.revenue - a.revenue || b.visits - a.visits || byKey(a.key, b.key)),
    services: countsOf(services),
  };
}
