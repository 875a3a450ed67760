// The current view as a sheet: the same rows in the same order as on screen,
// with the words a person reads there (status and type names of the
// request's workflow, priority in the user's language, times in the
// company's zone). The device turns it into CSV or XLSX, offline.
import {formatDuration} from '../i18n/format.ts';
import type {Locale} from '../i18n/locales.ts';
import type {Translate} from '../i18n/translate.ts';
import {formatPhone} from '../phone.ts';
import {offsetAt} from '../booking/zone.ts';
import {subjectOf, type SortableRequest} from './sort.ts';
import {isOpenRequest, requestSla, type StatusKindOf} from './state.ts';

export type ExportCell = {kind: 'text'; value: string} | {kind: 'number'; value: number} | {kind: 'time'; value: number} | null;

export type ExportEnv = {
  t: Translate;
  locale: Locale;
  timeZone: string;
  /** The moment the export is made (SLA "time left" is counted to it). */
  now: number;
  typeName: (typeId: string | null | undefined) => string;
  statusName: (typeId: string | null | undefined, status: string) => string;
  statusKind: StatusKindOf;
  responsibleName: (memberId: string) => string;
  sourceName: (source: string) => string;
  escalateAfterHours: (typeId: string | null | undefined) => number;
};

const text = (value: string): ExportCell => (value ? {kind: 'text', value} : null);
const time = (value: number | null | undefined): ExportCell => (value === null || value === undefined ? null : {kind: 'time', value});

export type ExportSheet = {header: string[]; rows: ExportCell[][]};

export function exportSheet(rows: readonly SortableRequest[], env: ExportEnv): ExportSheet {
  const {t} = env;
  const header = [
    t('views.col.number'),
    t('views.col.subject'),
    t('views.col.type'),
    t('views.col.status'),
    t('views.col.priority'),
    t('views.col.responsible'),
    t('requests.client'),
    t('requests.phone'),
    t('views.col.source'),
    t('views.col.created'),
    t('views.col.deadline'),
    t('views.col.sla'),
  ];
  return {
    header,
    rows: rows.map((r) => {
      const sla = requestSla(env.now, r, isOpenRequest(r, env.statusKind), env.escalateAfterHours(r.type_id));
      const slaText =
        sla.state === 'none'
          ? ''
          : sla.state === 'ok'
            ? t('requests.sla.left', {time: formatDuration(sla.leftMs, env.locale)})
            : t('requests.sla.overdue', {time: formatDuration(sla.leftMs, env.locale)});
      return [
        r.number ? {kind: 'number', value: r.number} : null,
        text(subjectOf(r)),
        text(env.typeName(r.type_id)),
        text(env.statusName(r.type_id, r.status)),
        text(t(`priority.${r.priority as 'low'}`)),
        text(r.responsible_id ? env.responsibleName(r.responsible_id) : ''),
        text(r.client_name),
        text(formatPhone(r.client_phone)),
        text(env.sourceName(r.source)),
        time(r.created_at),
        time(r.deadline),
        text(slaText),
      ];
    }),
  };
}

/** "01.03.2026 14:05" on the company's clock: what Excel in ru/kk reads as a date-time. */
export function formatWallClock(epochMs: number, timeZone: string): string {
  const d = new Date(wallClockAsUtc(epochMs, timeZone));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/**
 * A spreadsheet date has no zone: it is the wall clock. The returned moment,
 * read in UTC (as XLSX writers do), shows the company's local time.
 */
export function wallClockAsUtc(epochMs: number, timeZone: string): number {
  return epochMs + offsetAt(epochMs, timeZone) * 60_000;
}

/**
 * A spreadsheet runs a cell that starts like a formula (=, @, or + and - with
 * more than a number after them). Texts come from customers' forms, so such a
 * cell is written with a leading apostrophe: shown as text, never run. A
 * phone number ("+7 701 234 56 78") is left alone.
 */
export function defuseFormula(value: string): string {
  return /^[=@\t\r]/.test(value) || /^[+-](?![\d\s().-]*$)/.test(value) ? `'${value}` : value;
}

/** The sheet as CSV cells (text only), header first. */
export function csvTable(sheet: ExportSheet, timeZone: string): string[][] {
  return [
    sheet.header,
    ...sheet.rows.map((row) =>
      row.map((c) => (c === null ? '' : c.kind === 'time' ? formatWallClock(c.value, timeZone) : c.kind === 'text' ? defuseFormula(c.value) : String(c.value))),
    ),
  ];
}
