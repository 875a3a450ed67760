// A dashboard's tables as data: what each tile shows, what its chart's
// "Таблица" shows, and what the XLSX export writes are the same rows, so the
// three never disagree. A cell keeps its raw figure (tiyn, a ratio's parts,
// milliseconds); the screen formats it in the user's language, the export
// writes a number a spreadsheet can sum.
import {formatDuration, formatMoney, formatNumber} from '#shared/i18n/format.ts';
import type {Locale} from '#shared/i18n/locales.ts';

export type Cell =
  | string
  | number
  | {readonly money: number}
  | {readonly ratio: readonly [number, number]}
  | {readonly ms: number}
  | {readonly avg: readonly [number, number]};

export type TableSpec = {
  /** Stable, for tests and the export's order. */
  readonly id: string;
  readonly title: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
};

/** A ratio in whole percent ("33 %"), "—" when there is nothing to divide by. */
export function percent(part: number, whole: number, locale: Locale): string {
  return whole > 0 ? `${formatNumber(Math.round((part / whole) * 100), locale)} %` : '—';
}

/** A cell in words: numbers grouped, tenge from tiyn, durations in days/hours/minutes, averages with one decimal. */
export function cellText(c: Cell, locale: Locale): string {
  if (typeof c === 'string') return c;
  if (typeof c === 'number') return formatNumber(c, locale);
  if ('money' in c) return formatMoney(c.money, 'KZT', locale);
  if ('ratio' in c) return percent(c.ratio[0], c.ratio[1], locale);
  if ('ms' in c) return c.ms > 0 ? formatDuration(c.ms, locale) : '—';
  return c.avg[1] > 0 ? formatNumber(Math.round((c.avg[0] / c.avg[1]) * 10) / 10, locale) : '—';
}

/** A cell as a spreadsheet keeps it: tenge (not tiyn), percent, hours, or text. */
export function cellValue(c: Cell): string | number | null {
  if (typeof c === 'string' || typeof c === 'number') return c;
  if ('money' in c) return c.money / 100;
  if ('ratio' in c) return c.ratio[1] > 0 ? Math.round((c.ratio[0] / c.ratio[1]) * 1000) / 10 : null;
  if ('ms' in c) return Math.round((c.ms / 3_600_000) * 100) / 100;
  return c.avg[1] > 0 ? Math.round((c.avg[0] / c.avg[1]) * 10) / 10 : null;
}

/** "+8", "−3", "0": the change against the previous period. */
export function signed(n: number, locale: Locale): string {
  if (n > 0) return `+${formatNumber(n, locale)}`;
  if (n < 0) return `−${formatNumber(-n, locale)}`;
  return '0';
}

/** The average of n durations summing to totalMs (0 when none). */
export function averageMs(d: {readonly n: number; readonly totalMs: number}): number {
  return d.n > 0 ? Math.round(d.totalMs / d.n) : 0;
}

/** "2026-12-06" → "06.12.2026", as the finance screens write a date. */
export function dateText(ymd: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : ymd;
}
