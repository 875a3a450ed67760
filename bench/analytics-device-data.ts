// The rows of a busy small business's last 90 days for bench/analytics-device.ts:
// N requests (most done, some waiting, some sent back), their stages, and the
// other records at plausible ratios to them. Deterministic (a seeded generator).
import type {AnalyticsInput} from '#shared/analytics/input.ts';
import {SECTIONS} from '#shared/analytics/types.ts';
import {rng} from '#shared/analytics/compute/testing/arbitrary.ts';
import {addDays, localToUtc} from '#shared/booking/zone.ts';
import {SMALL_BUSINESS_WORKFLOW} from '#shared/workflow/templates/small-business.ts';

export const ZONE = 'Asia/Almaty';
export const TO = '2026-12-06';
const DAYS = 90;
const H = 3_600_000;
const SOURCES = ['form', 'form', 'form', 'qr-table', 'qr-table', 'qr-door', 'telegram', 'telegram', 'whatsapp', 'site', ''];
const BRANCHES = ['almaty', 'astana', 'shymkent', ''];
const hours = {open: true, intervals: [{from: '10:00', to: '20:00'}]};
const WEEK = {mon: hours, tue: hours, wed: hours, thu: hours, fri: hours, sat: hours, sun: {open: false, intervals: []}};

export function benchInput(n: number): AnalyticsInput {
  const r = rng(17);
  const first = addDays(TO, -(DAYS - 1));
  const at = (days = DAYS) => localToUtc(addDays(TO, -r.int(0, days - 1)), r.int(9 * 60, 21 * 60), ZONE) + r.int(0, 59_999);
  const members = Array.from({length: 12}, (_, i) => `m${i}`);
  const clients = Array.from({length: Math.round(n * 0.3)}, (_, i) => ({id: `c${i}`, created_at: at(DAYS + 30)}));
  const stages: AnalyticsInput['stages'][number][] = [];
  const requests = Array.from({length: n}, (_, i) => {
    const id = `r${i}`;
    const created_at = at();
    const roll = r.next();
    const status = roll < 0.55 ? 'done' : roll < 0.63 ? 'cancelled' : roll < 0.78 ? 'in_progress' : roll < 0.85 ? 'waiting' : 'new';
    const path =
      status === 'new' ? ['new'] : status === 'done' && r.next() < 0.1 ? ['new', 'in_progress', 'done', 'in_progress', 'done'] : ['new', 'in_progress', status];
    let t = created_at;
    path.forEach((s, k) => {
      const left = k === path.length - 1 ? null : t + r.int(1, 48) * H;
      stages.push({request_id: id, status: s, entered_at: t, left_at: left});
      if (left !== null) t = left;
    });
    return {
      id,
      created_at,
      source: r.pick(SOURCES),
      status,
      type_id: r.pick(['t1', 't1', 't2', null]),
      responsible_id: r.next() < 0.9 ? r.pick(members) : null,
      department: r.pick(BRANCHES),
      sla_due_at: r.next() < 0.7 ? created_at + 24 * H : null,
      deadline: r.next() < 0.2 ? created_at + r.int(1, 10) * 24 * H : null,
      catalog_item_id: r.next() < 0.3 ? `i${r.int(0, 49)}` : null,
      client_id: r.next() < 0.8 ? r.pick(clients).id : null,
    };
  });
  const masters = Array.from({length: 8}, (_, i) => ({
    id: `k${i}`,
    member_id: i < 6 ? members[i] : null,
    places: [{id: `p${i}`, hours: WEEK, timezone: ZONE, exceptions: [{day: addDays(TO, -10 - i), open: false, intervals: []}]}],
  }));
  const bookings = Array.from({length: Math.round(n * 0.3)}, (_, i) => {
    const starts_at = at();
    const roll = r.next();
    return {
      id: `b${i}`,
      master_id: r.pick(masters).id,
      service_id: `s${r.int(0, 19)}`,
      service_title: '',
      kind: r.next() < 0.95 ? 'visit' : 'block',
      status: roll < 0.85 ? 'confirmed' : roll < 0.95 ? 'cancelled' : 'no_show',
      starts_at,
      ends_at: starts_at + r.pick([30, 60, 90]) * 60_000,
      price: r.int(5, 50) * 100_000,
      source: r.pick(SOURCES),
      client_id: r.pick(clients).id,
      created_at: starts_at - r.int(1, 7 * 24) * H,
    };
  });
  const siteStats: AnalyticsInput['siteStats'][number][] = [];
  for (let d = first; d <= TO; d = addDays(d, 1))
    for (const page of ['home', 'item', 'request', 'book', 'reviews'])
      for (const source of new Set(SOURCES))
        for (const kind of ['view', 'visitor', 'request'])
          siteStats.push({day: d, kind, page, ref_id: page === 'item' ? `i${r.int(0, 49)}` : '', source, count: r.int(0, 40)});
  return {
    timeZone: ZONE,
    grants: {sections: SECTIONS, funnelBookings: true, funnelChats: true},
    types: [
      {id: 't1', workflow: SMALL_BUSINESS_WORKFLOW},
      {id: 't2', workflow: SMALL_BUSINESS_WORKFLOW},
    ],
    requests,
    stages,
    reviews: Array.from({length: Math.round(n * 0.04)}, () => ({master_id: r.pick(masters).id, rating: r.int(3, 5), created_at: at()})),
    siteStats,
    conversations: Array.from({length: Math.round(n * 0.15)}, () => ({source: r.pick(SOURCES), created_at: at()})),
    bookings,
    masters,
    clients,
    tasks: Array.from({length: Math.round(n * 0.2)}, () => {
      const status = r.pick(['todo', 'in_progress', 'review', 'done', 'done', 'done', 'cancelled']);
      const created_at = at();
      return {
        assignee_id: r.pick(members),
        status,
        deadline: created_at + r.int(1, 14) * 24 * H,
        created_at,
        closed_at: status === 'done' ? created_at + r.int(1, 200) * H : null,
      };
    }),
    invoices: Array.from({length: Math.round(n * 0.075)}, () => ({
      status: r.pick(['received', 'approval', 'approved', 'paying', 'paid', 'closed', 'returned', 'rejected']),
      amount_kzt: r.int(1, 5000) * 100_000,
      branch: r.pick(BRANCHES),
      project: r.pick(['', 'p1', 'p2']),
      created_at: at(),
    })),
    budget: Array.from({length: 40}, (_, i) => ({
      id: `l${i}`,
      period: r.pick(['2026-10', '2026-11', '2026-12', '2026-Q4', '2026']),
      branch: r.pick(BRANCHES),
      project: r.pick(['', 'p1']),
      plan: r.int(100, 10_000) * 100_000,
      invoices: Array.from({length: 20}, (_, j) => ({
        id: `l${i}i${j}`,
        status: r.pick(['approved', 'paid', 'closed', 'approval']),
        amount_kzt: r.int(1, 500) * 100_000,
      })),
    })),
  };
}
