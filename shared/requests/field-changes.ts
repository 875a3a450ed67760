// A change of a request's custom fields, as people read it: one line per field
// that changed, "Сумма: 350 000 ₸ → 185 000 ₸", each value by its field's kind
// (money in tenge, dates in the company's zone, choices by their label) in the
// reader's language. The audit log stores the whole `fields` object before and
// after (tiyn, option keys, ids); this turns it back into words. Pure.
import {formatDate, formatMoney, formatNumber} from '../i18n/format.ts';
import type {Locale} from '../i18n/locales.ts';
import type {Translate} from '../i18n/translate.ts';
import type {FieldDef} from '../workflow/fields.ts';
import {localizedText} from '../workflow/resolve.ts';

export type FieldFormatEnv = {
  t: Translate;
  locale: Locale;
  /** The company's zone, for fields with a time of day. */
  timeZone: string;
  /** The company's currency (tenge: KZT). */
  currency: string;
  memberName?: ((id: string) => string | undefined) | undefined;
  clientName?: ((id: string) => string | undefined) | undefined;
};

export type FieldChange = {key: string; label: string; from: string; to: string};

const EMPTY = '—';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** A value as plain text, for keys no definition describes any more. */
function plain(value: unknown): string {
  if (isEmpty(value)) return EMPTY;
  if (Array.isArray(value)) return value.map(plain).join(', ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${plain(v)}`)
      .join(', ');
  }
  return String(value);
}

function optionLabel(def: FieldDef, key: unknown, locale: Locale): string {
  const option = def.options.find((o) => o.key === key);
  return option ? localizedText(option.label, locale) : plain(key);
}

/** One value of a field, in words of the reader's language. */
export function fieldValueText(def: FieldDef | undefined, value: unknown, env: FieldFormatEnv): string {
  if (!def) return plain(value);
  if (def.kind === 'checkbox') return value === true ? env.t('history.yes') : value === false ? env.t('history.no') : EMPTY;
  if (isEmpty(value)) return EMPTY;
  switch (def.kind) {
    case 'money':
      return typeof value === 'number' && Number.isFinite(value) ? formatMoney(value, env.currency, env.locale) : plain(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? formatNumber(value, env.locale) : plain(value);
    case 'date': {
      // A calendar date has no zone: its noon in UTC names the same day everywhere.
      const m = typeof value === 'string' ? ISO_DATE.exec(value) : null;
      return m ? formatDate(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12), 'UTC', env.locale, 'date') : plain(value);
    }
    case 'datetime': {
      const ms = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : Number.NaN;
      return Number.isFinite(ms) ? formatDate(ms, env.timeZone, env.locale, 'dateTime') : plain(value);
    }
    case 'select':
      return optionLabel(def, value, env.locale);
    case 'multi_select':
      return Array.isArray(value) ? value.map((v) => optionLabel(def, v, env.locale)).join(', ') : optionLabel(def, value, env.locale);
    case 'person':
      return typeof value === 'string' ? (env.memberName?.(value) ?? '…') : plain(value);
    case 'client':
      return typeof value === 'string' ? (env.clientName?.(value) ?? '…') : plain(value);
    case 'files':
      return Array.isArray(value) ? env.t('history.fileCount', {count: value.length}) : plain(value);
    default:
      return plain(value);
  }
}

/** Same JSON value, whatever the order of an object's keys. */
function same(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

const asObject = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * The fields that differ between two `fields` objects, in the type's order
 * (fields deleted since come last, by their key, with plain values).
 */
export function fieldChanges(before: unknown, after: unknown, defs: readonly FieldDef[], env: FieldFormatEnv): FieldChange[] {
  const old = asObject(before);
  const next = asObject(after);
  const keys = new Set([...Object.keys(old), ...Object.keys(next)]);
  const known = defs.filter((d) => keys.has(d.key));
  const unknown = [...keys].filter((k) => !defs.some((d) => d.key === k)).sort();
  const out: FieldChange[] = [];
  for (const def of known) {
    if (same(old[def.key], next[def.key])) continue;
    out.push({
      key: def.key,
      label: localizedText(def.label, env.locale) || def.key,
      from: fieldValueText(def, old[def.key], env),
      to: fieldValueText(def, next[def.key], env),
    });
  }
  for (const key of unknown) {
    if (same(old[key], next[key])) continue;
    out.push({key, label: key, from: plain(old[key]), to: plain(next[key])});
  }
  return out;
}

/** "<label>: <old> → <new>", one line per changed field. */
export function fieldChangeLines(before: unknown, after: unknown, defs: readonly FieldDef[], env: FieldFormatEnv): string[] {
  return fieldChanges(before, after, defs, env).map((c) => `${c.label}: ${c.from} → ${c.to}`);
}
