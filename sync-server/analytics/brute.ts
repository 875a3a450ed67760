// The dashboard counted by hand over the rows (test only): the plainest loops
// that follow each definition of shared/analytics/types.ts, written apart from
// the SQL, so dashboard.pg.test.ts can check every figure against them.
import type {AnalyticsInput} from '#shared/analytics/input.ts';
import {daysOf, rangeOf} from '#shared/analytics/period.ts';
import type {Count, Dashboard, DashboardQuery, Duration} from '#shared/analytics/types.ts';
import {dayOf} from '#shared/booking/zone.ts';
import {monthsOf} from '#shared/finance/report.ts';
import {isOpenTask} from '#shared/tasks/lifecycle.ts';
import {kindsOf, openMinutes} from '#shared/analytics/compute/index.ts';
import {STATUS_KINDS} from '#shared/workflow/types.ts';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const tally = (keys: readonly string[]): Count[] => {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].map(([key, count]) => ({key, count})).sort((a, b) => b.count - a.count || cmp(a.key, b.key));
};
const duration = (ds: number[]): Duration => {
  const s = [...ds].sort((a, b) => a - b);
  return {n: s.length, totalMs: s.reduce((a, b) => a + b, 0), medianMs: s.length ? s[Math.ceil(s.length / 2) - 1]! : 0};
};

export function bruteDashboard(input: AnalyticsInput, query: DashboardQuery, now: number): Dashboard {
  // "" is "all", as the screen sends it.
  const unset = (v: string | undefined) => (v === '' ? undefined : v);
  const q = {...query, branch: unset(query.branch), project: unset(query.project), typeId: unset(query.typeId), responsibleId: unset(query.responsibleId)};
  const {start, end} = rangeOf(q, input.timeZone);
  const inP = (t: number) => t >= start && t < end;
  const has = (s: string) => input.grants.sections.some((x) => x === s);
  const kinds = kindsOf(input.types);
  const kindOf = (r: {type_id?: string | null; status: string}) => kinds(r.type_id, r.status);
  const reqs = input.requests
    .filter((r) => inP(r.created_at))
    .filter((r) => q.branch === undefined || r.department === q.branch)
    .filter((r) => q.typeId === undefined || r.type_id === q.typeId)
    .filter((r) => q.responsibleId === undefined || r.responsible_id === q.responsibleId)
    .map((r) => ({...r, kind: kindOf(r)}));
  const ids = new Set(reqs.map((r) => r.id));
  const stagesOf = (id: string) => input.stages.filter((s) => s.request_id === id);
  const doneAt = (r: (typeof reqs)[number]) => {
    if (r.kind !== 'done') return null;
    const at = stagesOf(r.id).filter((s) => s.status === r.status).map((s) => s.entered_at);
    return at.length ? Math.max(...at) : null;
  };
  const overdue = (r: (typeof reqs)[number]) =>
    r.kind !== 'done' && r.kind !== 'cancelled' && ((r.sla_due_at != null && r.sla_due_at < now) || (r.deadline != null && r.deadline < now));
  const open = (r: (typeof reqs)[number]) => ['open', 'in_work', 'waiting'].includes(r.kind);
  const grouped = (key: (r: (typeof reqs)[number]) => string) =>
    [...new Set(reqs.map(key))]
      .map((k) => {
        const rs = reqs.filter((r) => key(r) === k);
        return {key: k, total: rs.length, open: rs.filter(open).length, overdue: rs.filter(overdue).length};
      })
      .sort((a, b) => b.total - a.total || cmp(a.key, b.key));
  const out: Record<string, unknown> = {query, now};
  if (has('requests')) {
    const stages = input.stages.filter((s) => ids.has(s.request_id));
    out.requests = {
      total: reqs.length,
      byDay: daysOf(q).map((day) => ({day, count: reqs.filter((r) => dayOf(r.created_at, input.timeZone) === day).length})),
      bySource: tally(reqs.map((r) => r.source)),
      byKind: STATUS_KINDS.map((key) => ({key, count: reqs.filter((r) => r.kind === key).length})),
      overdue: reqs.filter(overdue).length,
      byType: grouped((r) => r.type_id ?? ''),
      byDepartment: grouped((r) => r.department),
      processing: duration(reqs.flatMap((r) => (doneAt(r) === null ? [] : [Math.max(0, doneAt(r)! - r.created_at)]))),
      stages: [...new Set(stages.map((s) => s.status))].sort(cmp).map((key) => ({
        key,
        ...duration(stages.filter((s) => s.status === key).map((s) => Math.max(0, (s.left_at ?? now) - s.entered_at))),
      })),
      byItem: tally(reqs.flatMap((r) => (r.catalog_item_id ? [r.catalog_item_id] : []))),
    };
  }
  const visits = input.bookings.filter((b) => b.kind === 'visit');
  const came = (b: (typeof visits)[number]) => b.status === 'confirmed' && b.ends_at <= now;
  if (has('funnel')) {
    const days = input.siteStats.filter((s) => s.day >= q.from && s.day <= q.to);
    const sources = new Set<string>();
    const add = (m: Map<string, number>, k: string, n: number) => (sources.add(k), m.set(k, (m.get(k) ?? 0) + n));
    const views = new Map<string, number>();
    const visitors = new Map<string, number>();
    const wrote = new Map<string, number>();
    for (const s of days) if (s.kind === 'view') add(views, s.source, s.count);
    for (const s of days) if (s.kind === 'visitor') add(visitors, s.source, s.count);
    if (has('requests')) for (const r of input.requests) if (inP(r.created_at)) add(wrote, r.source, 1);
    if (input.grants.funnelChats) for (const c of input.conversations) if (inP(c.created_at)) add(wrote, c.source, 1);
    const booked = input.grants.funnelBookings ? visits.filter((b) => inP(b.created_at)) : [];
    for (const b of booked) sources.add(b.source);
    const again = (b: (typeof visits)[number]) => came(b) && !!b.client_id && visits.some((l) => l.client_id === b.client_id && came(l) && l.starts_at > b.starts_at);
    const pages = [...new Set(days.filter((s) => s.kind === 'view' || s.kind === 'request').map((s) => s.page))].map((key) => ({
      key,
      views: days.filter((s) => s.page === key && s.kind === 'view').reduce((a, s) => a + s.count, 0),
      requests: days.filter((s) => s.page === key && s.kind === 'request').reduce((a, s) => a + s.count, 0),
    }));
    const itemViews = new Map<string, number>();
    for (const s of days) if (s.kind === 'view' && s.page === 'item' && s.ref_id) itemViews.set(s.ref_id, (itemViews.get(s.ref_id) ?? 0) + s.count);
    out.funnel = {
      rows: [...sources]
        .map((source) => {
          const mine = booked.filter((b) => b.source === source);
          return {
            source,
            views: views.get(source) ?? 0,
            visitors: visitors.get(source) ?? 0,
            wrote: wrote.get(source) ?? 0,
            booked: mine.length,
            came: mine.filter(came).length,
            cameAgain: mine.filter(again).length,
          };
        })
        .filter((r) => r.views || r.visitors || r.wrote || r.booked)
        .sort((a, b) => b.views - a.views || b.wrote - a.wrote || b.booked - a.booked || cmp(a.source, b.source)),
      pages: pages.filter((p) => p.views || p.requests).sort((a, b) => b.views - a.views || cmp(a.key, b.key)),
      items: [...itemViews].map(([key, count]) => ({key, count})).sort((a, b) => b.count - a.count || cmp(a.key, b.key)),
    };
  }
  const masterOf = (memberId: string) => input.masters.filter((m) => m.member_id === memberId).map((m) => m.id);
  const periodVisits = visits.filter((b) => inP(b.starts_at) && (q.responsibleId === undefined || masterOf(q.responsibleId).includes(b.master_id)));
  if (has('clients')) {
    const active = new Set([
      ...(has('requests') ? reqs.flatMap((r) => (r.client_id ? [r.client_id] : [])) : []),
      ...(input.grants.funnelBookings ? periodVisits.flatMap((b) => (b.client_id ? [b.client_id] : [])) : []),
    ]);
    const fresh = [...active].filter((id) => input.clients.some((c) => c.id === id && inP(c.created_at))).length;
    out.clients = {active: active.size, new: fresh, repeat: active.size - fresh};
  }
  if (has('bookings')) {
    const masters = input.masters
      .filter((m) => q.responsibleId === undefined || m.member_id === q.responsibleId)
      .map((m) => {
        const vs = periodVisits.filter((b) => b.master_id === m.id);
        return {
          key: m.id,
          openMin: openMinutes(m, q.from, q.to, {start, end}),
          bookedMin: vs.filter((b) => b.status !== 'cancelled').reduce((a, b) => a + Math.floor((b.ends_at - b.starts_at) / 60_000), 0),
          visits: vs.length,
          cancelled: vs.filter((b) => b.status === 'cancelled').length,
          noShow: vs.filter((b) => b.status === 'no_show').length,
          revenue: vs.filter(came).reduce((a, b) => a + (b.price ?? 0), 0),
        };
      })
      .filter((m) => m.openMin || m.visits)
      .sort((a, b) => b.revenue - a.revenue || b.visits - a.visits || cmp(a.key, b.key));
    const sum = (k: 'visits' | 'cancelled' | 'noShow' | 'revenue') => masters.reduce((a, m) => a + m[k], 0);
    out.bookings = {visits: sum('visits'), cancelled: sum('cancelled'), noShow: sum('noShow'), revenue: sum('revenue'), masters, services: tally(periodVisits.map((b) => b.service_id ?? b.service_title))};
  }
  if (has('people')) {
    const keys = new Set(reqs.flatMap((r) => (r.responsible_id ? [r.responsible_id] : [])));
    const reviews = input.grants.funnelBookings ? input.reviews.filter((v) => inP(v.created_at) && v.master_id) : [];
    const memberOfMaster = (id: string) => input.masters.find((m) => m.id === id)?.member_id ?? null;
    for (const v of reviews) {
      const who = memberOfMaster(v.master_id!);
      if (who && (q.responsibleId === undefined || who === q.responsibleId)) keys.add(who);
    }
    out.people = {
      rows: [...keys]
        .map((key) => {
          const mine = reqs.filter((r) => r.responsible_id === key);
          const rv = reviews.filter((v) => memberOfMaster(v.master_id!) === key);
          const onTime = (r: (typeof reqs)[number]) => {
            const at = doneAt(r);
            const due = [r.sla_due_at, r.deadline].filter((d): d is number => d != null);
            return at !== null && (!due.length || at <= Math.min(...due));
          };
          const returned = (r: (typeof reqs)[number]) => {
            const seen = stagesOf(r.id).map((s) => s.status);
            return new Set(seen).size < seen.length;
          };
          return {
            key,
            assigned: mine.length,
            closed: mine.filter((r) => r.kind === 'done').length,
            onTime: mine.filter(onTime).length,
            returned: mine.filter(returned).length,
            reviews: rv.length,
            ratingSum: rv.reduce((a, v) => a + v.rating, 0),
          };
        })
        .sort((a, b) => b.closed - a.closed || b.assigned - a.assigned || cmp(a.key, b.key)),
    };
  }
  if (has('workload')) {
    const rows = new Map<string, {key: string; open: number; overdue: number; closed: number}>();
    for (const t of input.tasks) {
      if (!t.assignee_id || (q.responsibleId !== undefined && t.assignee_id !== q.responsibleId)) continue;
      const row = rows.get(t.assignee_id) ?? {key: t.assignee_id, open: 0, overdue: 0, closed: 0};
      if (isOpenTask(t.status)) row.open++, t.deadline != null && t.deadline < now && row.overdue++;
      else if (t.status === 'done' && t.closed_at != null && inP(t.closed_at)) row.closed++;
      else continue;
      rows.set(t.assignee_id, row);
    }
    out.workload = {rows: [...rows.values()].sort((a, b) => b.overdue - a.overdue || b.open - a.open || cmp(a.key, b.key))};
  }
  if (has('finance')) {
    const inv = input.invoices.filter((i) => inP(i.created_at) && (q.branch === undefined || i.branch === q.branch) && (q.project === undefined || i.project === q.project));
    const group = (ss: string[]) => {
      const hit = inv.filter((i) => ss.includes(i.status));
      return {count: hit.length, amount: hit.reduce((a, i) => a + i.amount_kzt, 0)};
    };
    const budget = input.budget
      .filter((l) => (q.branch === undefined || l.branch === q.branch) && (q.project === undefined || l.project === q.project))
      .filter((l) => monthsOf(l.period).first <= q.to.slice(0, 7) && monthsOf(l.period).last >= q.from.slice(0, 7))
      .map((l) => ({key: l.id, plan: l.plan, actual: l.invoices.filter((i) => i.status === 'paid' || i.status === 'closed').reduce((a, i) => a + i.amount_kzt, 0)}))
      .sort((a, b) => b.plan - a.plan || cmp(a.key, b.key));
    out.finance = {awaiting: group(['approval']), paying: group(['approved', 'paying']), paid: group(['paid', 'closed']), budget};
  }
  return out as Dashboard;
}
