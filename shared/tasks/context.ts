// What of a request its task's doer sees: the request's title and number, and
// the fields its step names, as text, copied when the task is made. An
// external contractor reads these and never the request itself (P3).
import type {TaskContextField} from '#schema/tables/tasks.ts';
import type {FieldDef} from '../workflow/fields.ts';
import {formatMoney} from '../i18n/format.ts';

const text = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(text).join(', ');
  if (typeof v === 'object') return '';
  return String(v);
};

export function contextOf(
  request: {readonly number?: number | null; readonly title: string; readonly fields: unknown},
  defs: readonly FieldDef[],
  keys: readonly string[],
): TaskContextField[] {
  const values = (request.fields ?? {}) as Record<string, unknown>;
  const out: TaskContextField[] = [];
  const subject = request.title.trim();
  if (subject || request.number) {
    out.push({
      key: '_request',
      label: {ru: 'Заявка', kk: 'Өтінім', en: 'Request'},
      value: [request.number ? `№${request.number}` : '', subject].filter(Boolean).join(' '),
    });
  }
  for (const key of keys) {
    const def = defs.find((d) => d.key === key);
    const raw = values[key];
    // Money is kept in tiyn: the doer reads tenge ("350 000 ₸"), not 35000000.
    const value = def?.kind === 'money' && typeof raw === 'number' ? formatMoney(raw, 'KZT', 'ru') : text(raw);
    if (!def || !value) continue;
    out.push({key, label: {ru: def.label.ru, kk: def.label.kk || def.label.ru, en: def.label.en || def.label.ru}, value: value.slice(0, 2000)});
  }
  return out;
}
