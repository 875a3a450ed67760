// Every table the dashboard shows, built from a Dashboard and the names of its
// keys. Pure: the tiles render these, the export writes them.
import type {Dashboard} from '#shared/analytics/types.ts';
import {isMessageKey} from '#shared/i18n/runtime.ts';
import type {Translate} from '#shared/i18n/translate.ts';
import {averageMs, type TableSpec} from './cells.ts';

/** Names for the keys a dashboard holds (ids of types, people, masters, items…). */
export type Labels = {
  source(tag: string): string;
  type(id: string): string;
  department(name: string): string;
  member(id: string): string;
  master(id: string): string;
  service(key: string): string;
  item(id: string): string;
  status(key: string): string;
  page(key: string): string;
  budgetLine(id: string): string;
};

/** A status kind in words (open, in work, waiting, done, cancelled). */
export function kindName(kind: string, t: Translate): string {
  const key = `an.kind.${kind}`;
  return isMessageKey(key) ? t(key) : kind;
}

type Build = (d: Dashboard, l: Labels, t: Translate) => TableSpec | null;

const byDay: Build = (d, _l, t) =>
  d.requests
    ? {id: 'by-day', title: t('an.requests.byDay'), head: [t('an.col.day'), t('an.col.requests')], rows: d.requests.byDay.map((x) => [x.day, x.count])}
    : null;

const sources: Build = (d, l, t) =>
  d.requests
    ? {
        id: 'sources',
        title: t('an.sources'),
        head: [t('an.col.source'), t('an.col.requests'), t('an.col.share')],
        rows: d.requests.bySource.map((x) => [l.source(x.key), x.count, {ratio: [x.count, d.requests!.total]}]),
      }
    : null;

/**
 * The highlight: from a look to a returning client, per QR placement and link.
 * Conversion is the share of the row's people who wrote: wrote / visitors — or
 * wrote / views for days before visitors were counted (types.ts keeps the parts;
 * a person who writes twice can take it past 100 %).
 */
const funnel: Build = (d, l, t) =>
  d.funnel
    ? {
        id: 'funnel',
        title: t('an.funnel'),
        head: [
          t('an.col.source'),
          t('an.col.views'),
          t('an.col.visitors'),
          t('an.col.wrote'),
          t('an.col.conversion'),
          t('an.col.booked'),
          t('an.col.came'),
          t('an.col.cameAgain'),
        ],
        rows: d.funnel.rows.map((r) => [
          l.source(r.source),
          r.views,
          r.visitors,
          r.wrote,
          {ratio: [r.wrote, r.visitors || r.views]},
          r.booked,
          r.came,
          r.cameAgain,
        ]),
      }
    : null;

const pages: Build = (d, l, t) =>
  d.funnel
    ? {
        id: 'pages',
        title: t('an.pages'),
        head: [t('an.col.page'), t('an.col.views'), t('an.col.requests'), t('an.col.conversion')],
        rows: d.funnel.pages.map((p) => [l.page(p.key), p.views, p.requests, {ratio: [p.requests, p.views]}]),
      }
    : null;

/** Popular items: their pages' views and the requests about them, most asked first. */
const items: Build = (d, l, t) => {
  if (!d.funnel && !d.requests) return null;
  const views = new Map((d.funnel?.items ?? []).map((x) => [x.key, x.count]));
  const asked = new Map((d.requests?.byItem ?? []).map((x) => [x.key, x.count]));
  const keys = [...new Set([...asked.keys(), ...views.keys()])];
  keys.sort((a, b) => (asked.get(b) ?? 0) - (asked.get(a) ?? 0) || (views.get(b) ?? 0) - (views.get(a) ?? 0) || a.localeCompare(b));
  return {
    id: 'items',
    title: t('an.items'),
    head: [t('an.col.item'), t('an.col.requests'), t('an.col.views')],
    rows: keys.map((k) => [l.item(k), asked.get(k) ?? 0, views.get(k) ?? 0]),
  };
};

const masters: Build = (d, l, t) =>
  d.bookings
    ? {
        id: 'masters',
        title: t('an.masters'),
        head: [t('an.col.master'), t('an.col.visits'), t('an.col.occupancy'), t('an.col.cancelled'), t('an.col.noShow'), t('an.col.revenue')],
        rows: d.bookings.masters.map((m) => [l.master(m.key), m.visits, {ratio: [m.bookedMin, m.openMin]}, m.cancelled, m.noShow, {money: m.revenue}]),
      }
    : null;

const services: Build = (d, l, t) =>
  d.bookings
    ? {
        id: 'services',
        title: t('an.services'),
        head: [t('an.col.service'), t('an.col.visits')],
        rows: d.bookings.services.map((s) => [l.service(s.key), s.count]),
      }
    : null;

const byKind: Build = (d, _l, t) =>
  d.requests
    ? {id: 'by-kind', title: t('an.byKind'), head: [t('an.col.kind'), t('an.col.requests')], rows: d.requests.byKind.map((k) => [kindName(k.key, t), k.count])}
    : null;

const byType: Build = (d, l, t) =>
  d.requests
    ? {
        id: 'by-type',
        title: t('an.byType'),
        head: [t('an.col.type'), t('an.col.total'), t('an.col.open'), t('an.col.overdue')],
        rows: d.requests.byType.map((x) => [l.type(x.key), x.total, x.open, x.overdue]),
      }
    : null;

const byDepartment: Build = (d, l, t) =>
  d.requests
    ? {
        id: 'by-department',
        title: t('an.byDepartment'),
        head: [t('an.col.department'), t('an.col.total'), t('an.col.open'), t('an.col.overdue')],
        rows: d.requests.byDepartment.map((x) => [l.department(x.key), x.total, x.open, x.overdue]),
      }
    : null;

const stages: Build = (d, l, t) =>
  d.requests
    ? {
        id: 'stages',
        title: t('an.stages'),
        head: [t('an.col.status'), t('an.col.times'), t('an.col.avg'), t('an.col.median')],
        rows: d.requests.stages.map((s) => [l.status(s.key), s.n, {ms: averageMs(s)}, {ms: s.medianMs}]),
      }
    : null;

const people: Build = (d, l, t) =>
  d.people
    ? {
        id: 'people',
        title: t('an.people'),
        head: [t('an.col.person'), t('an.col.assigned'), t('an.col.closed'), t('an.col.onTime'), t('an.col.returned'), t('an.col.rating')],
        rows: d.people.rows.map((p) => [l.member(p.key), p.assigned, p.closed, {ratio: [p.onTime, p.closed]}, p.returned, {avg: [p.ratingSum, p.reviews]}]),
      }
    : null;

const workload: Build = (d, l, t) =>
  d.workload
    ? {
        id: 'workload',
        title: t('an.workload'),
        head: [t('an.col.person'), t('an.col.openTasks'), t('an.col.overdue'), t('an.col.closed')],
        rows: d.workload.rows.map((w) => [w.key ? l.member(w.key) : t('an.nobody'), w.open, w.overdue, w.closed]),
      }
    : null;

const payments: Build = (d, _l, t) =>
  d.finance
    ? {
        id: 'payments',
        title: t('an.payments'),
        head: [t('an.col.stage'), t('an.col.invoices'), t('an.col.amount')],
        rows: (['awaiting', 'paying', 'paid'] as const).map((g) => [t(`an.pay.${g}`), d.finance![g].count, {money: d.finance![g].amount}]),
      }
    : null;

const budget: Build = (d, l, t) =>
  d.finance
    ? {
        id: 'budget',
        title: t('an.budget'),
        head: [t('an.col.line'), t('an.col.plan'), t('an.col.actual'), t('an.col.spent')],
        rows: d.finance.budget.map((b) => [l.budgetLine(b.key), {money: b.plan}, {money: b.actual}, {ratio: [b.actual, b.plan]}]),
      }
    : null;

export const TABLES = {byDay, sources, funnel, pages, items, masters, services, byKind, byType, byDepartment, stages, people, workload, payments, budget};
export type TableKey = keyof typeof TABLES;

/** Every table of a dashboard, in the screen's order (the export writes them so). */
export function allTables(d: Dashboard, l: Labels, t: Translate): TableSpec[] {
  return Object.values(TABLES).flatMap((b) => b(d, l, t) ?? []);
}
