// Budget periods as the lines store them: "2026-12" (a month), "2026-Q4" (a
// quarter), "2026" (a year). The picker moves one period back or forward.
import {KK_MONTHS} from '#shared/i18n/kazakh.ts';

export type PeriodKind = 'month' | 'quarter' | 'year';

export function kindOf(period: string): PeriodKind {
  return /^\d{4}-Q[1-4]$/.test(period) ? 'quarter' : /^\d{4}$/.test(period) ? 'year' : 'month';
}

/** The period of this kind holding the date `YYYY-MM-DD`. */
export function periodOf(kind: PeriodKind, ymd: string): string {
  const year = ymd.slice(0, 4);
  const month = Number(ymd.slice(5, 7));
  if (kind === 'year') return year;
  if (kind === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** One period back (-1) or forward (+1). */
export function shiftPeriod(period: string, by: number): string {
  const kind = kindOf(period);
  const year = Number(period.slice(0, 4));
  if (kind === 'year') return String(year + by);
  if (kind === 'quarter') {
    const i = year * 4 + Number(period.slice(6)) - 1 + by;
    return `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
  }
  const i = year * 12 + Number(period.slice(5, 7)) - 1 + by;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** The months a period spans, first and last ("2026-10", "2026-12"), for the report's range. */
export function monthsOf(period: string): [string, string] {
  const kind = kindOf(period);
  const year = period.slice(0, 4);
  if (kind === 'year') return [`${year}-01`, `${year}-12`];
  if (kind === 'quarter') {
    const q = Number(period.slice(6));
    return [`${year}-${String(q * 3 - 2).padStart(2, '0')}`, `${year}-${String(q * 3).padStart(2, '0')}`];
  }
  return [period, period];
}

/** "2026-12" → "декабрь 2026", "2026-Q4" → "4 кв. 2026" (the words passed in). */
export function periodLabel(period: string, locale: string, quarterWord: string): string {
  const kind = kindOf(period);
  if (kind === 'year') return period;
  if (kind === 'quarter') return `${period.slice(6)} ${quarterWord} ${period.slice(0, 4)}`;
  // Kazakh by hand: some Chromium builds have no Kazakh month names ("2026 M12").
  if (locale === 'kk') return `${period.slice(0, 4)} ж. ${KK_MONTHS[Number(period.slice(5, 7)) - 1]}`;
  const d = Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 15);
  return new Intl.DateTimeFormat(locale === 'kk' ? 'kk-KZ' : locale === 'en' ? 'en-GB' : 'ru-RU', {month: 'long', year: 'numeric', timeZone: 'UTC'}).format(d);
}
