// The dashboard as one spreadsheet sheet, made on the device (offline too):
// the period, the headline figures against the previous period, then every
// table the screen shows (the funnel among them), each under its title.
// Money is written in tenge, shares in percent, durations in hours.
import type {Dashboard} from '#shared/analytics/types.ts';
import type {Translate} from '#shared/i18n/translate.ts';
import {averageMs, cellValue, dateText} from './cells.ts';
import {allTables, type Labels} from './tables.ts';

type XCell = {value: string | number; fontWeight?: 'bold'} | null;

const bold = (value: string): XCell => ({value, fontWeight: 'bold'});
const cell = (v: string | number | null): XCell => (v === null ? null : {value: v});

/** The headline figures: [label, now, before]. */
export function headline(c: Dashboard, p: Dashboard, t: Translate): [string, number, number][] {
  const rows: [string, number, number][] = [];
  if (c.requests) {
    rows.push([t('an.col.requests'), c.requests.total, p.requests?.total ?? 0]);
    rows.push([t('an.col.overdue'), c.requests.overdue, p.requests?.overdue ?? 0]);
    rows.push([
      `${t('an.processing')}, ${t('an.col.avg')} (h)`,
      averageMs(c.requests.processing) / 3_600_000,
      averageMs(p.requests?.processing ?? {n: 0, totalMs: 0}) / 3_600_000,
    ]);
  }
  if (c.clients) {
    rows.push([t('an.clients.active'), c.clients.active, p.clients?.active ?? 0]);
    rows.push([t('an.clients.new'), c.clients.new, p.clients?.new ?? 0]);
    rows.push([t('an.clients.repeat'), c.clients.repeat, p.clients?.repeat ?? 0]);
  }
  if (c.bookings) {
    rows.push([t('an.visits'), c.bookings.visits, p.bookings?.visits ?? 0]);
    rows.push([t('an.cancelledKpi'), c.bookings.cancelled, p.bookings?.cancelled ?? 0]);
    rows.push([t('an.noShowKpi'), c.bookings.noShow, p.bookings?.noShow ?? 0]);
    rows.push([`${t('an.revenue')}, ₸`, c.bookings.revenue / 100, (p.bookings?.revenue ?? 0) / 100]);
  }
  if (c.finance)
    for (const g of ['awaiting', 'paying', 'paid'] as const)
      rows.push([`${t(`an.pay.${g}`)}, ₸`, c.finance[g].amount / 100, (p.finance?.[g].amount ?? 0) / 100]);
  return rows.map(([l, a, b]) => [l, Math.round(a * 100) / 100, Math.round(b * 100) / 100]);
}

export function sheetRows(current: Dashboard, previous: Dashboard, labels: Labels, t: Translate): XCell[][] {
  const q = current.query;
  const out: XCell[][] = [
    [bold(t('an.sheet')), cell(t('an.range', {from: dateText(q.from), to: dateText(q.to)}))],
    [cell(t('an.comparedWith', {from: dateText(previous.query.from), to: dateText(previous.query.to)}))],
    [],
    [bold(t('an.sheet.headline'))],
    [bold(t('an.col.figure')), bold(t('an.col.value')), bold(t('an.col.previous'))],
    ...headline(current, previous, t).map(([l, a, b]) => [cell(l), cell(a), cell(b)]),
  ];
  for (const spec of allTables(current, labels, t)) {
    out.push([], [bold(spec.title)], spec.head.map(bold));
    for (const row of spec.rows) out.push(row.map((c) => cell(cellValue(c))));
  }
  return out;
}

export function download(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
