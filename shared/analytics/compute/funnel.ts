// Funnel section (types.ts FunnelSection): only the period applies. Decisions
// the server SQL copies:
// - views / visitors: site_stat rows of kind view / visitor whose day is in
//   [from, to], summed per source over every page.
// - wrote: requests created in the period with the source (when the requests
//   section is granted: the device of anyone else holds no requests), plus
//   conversations created in it with the source when grants.funnelChats.
// - booked: bookings of kind "visit" created in the period with the source
//   (any status); came: of those, confirmed with ends_at <= now; cameAgain: of
//   those that came, with a client_id that has another confirmed visit (any
//   source, any creation time) starting strictly later and ended by now. All
//   three count bookings, and are 0 without grants.funnelBookings.
// - A source gets a row when any of views, visitors, wrote, booked is not 0.
// - pages: site_stat kinds view and request per page; a page gets a row when
//   either is not 0. items: views of page "item" per non-empty ref_id.
import type {AnalyticsInput} from '../input.ts';
import type {FunnelRow, FunnelSection} from '../types.ts';
import {bump, byKey, countsOf} from './figures.ts';
import {inPeriod, type Scope} from './scope.ts';

type Row = {-readonly [K in keyof FunnelRow]: FunnelRow[K]};
type Booking = AnalyticsInput['bookings'][number];

const came = (b: Booking, now: number) => b.kind === 'visit' && b.status === 'confirmed' && b.ends_at <= now;

export function funnelSection(input: AnalyticsInput, scope: Scope): FunnelSection {
  const {from, to} = scope.query;
  const rows = new Map<string, Row>();
  const rowOf = (source: string) => {
    let r = rows.get(source);
    if (!r) rows.set(source, (r = {source, views: 0, visitors: 0, wrote: 0, booked: 0, came: 0, cameAgain: 0}));
    return r;
  };
  const pages = new Map<string, {key: string; views: number; requests: number}>();
  const items = new Map<string, number>();
  for (const s of input.siteStats) {
    if (s.day < from || s.day > to || s.count === 0) continue;
    if (s.kind === 'view') {
      rowOf(s.source).views += s.count;
      if (s.page === 'item' && s.ref_id) bump(items, s.ref_id, s.count);
    } else if (s.kind === 'visitor') rowOf(s.source).visitors += s.count;
    if (s.kind === 'view' || s.kind === 'request') {
      let p = pages.get(s.page);
      if (!p) pages.set(s.page, (p = {key: s.page, views: 0, requests: 0}));
      if (s.kind === 'view') p.views += s.count;
      else p.requests += s.count;
    }
  }
  if (input.grants.sections.includes('requests')) for (const r of input.requests) if (inPeriod(scope, r.created_at)) rowOf(r.source).wrote++;
  if (input.grants.funnelChats) for (const c of input.conversations) if (inPeriod(scope, c.created_at)) rowOf(c.source).wrote++;
  if (input.grants.funnelBookings) {
    // Per client, the start of their last visit that came: a visit that came has a later one iff it starts before that.
    const lastCame = new Map<string, number>();
    for (const b of input.bookings) {
      if (!b.client_id || !came(b, scope.now)) continue;
      const t = lastCame.get(b.client_id);
      if (t === undefined || b.starts_at > t) lastCame.set(b.client_id, b.starts_at);
    }
    for (const b of input.bookings) {
      if (b.kind !== 'visit' || !inPeriod(scope, b.created_at)) continue;
      const r = rowOf(b.source);
      r.booked++;
      if (!came(b, scope.now)) continue;
      r.came++;
      if (b.client_id && b.starts_at < (lastCame.get(b.client_id) ?? -Infinity)) r.cameAgain++;
    }
  }
  return {
    rows: [...rows.values()]
      .filter((r) => r.views || r.visitors || r.wrote || r.booked)
      .sort((a, b) => b.views - a.views || b.wrote - a.wrote || b.booked - a.booked || byKey(a.source, b.source)),
    pages: [...pages.values()].filter((p) => p.views || p.requests).sort((a, b) => b.views - a.views || byKey(a.key, b.key)),
    items: countsOf(items),
  };
}
