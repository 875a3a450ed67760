// Audit rows → the lines of a request's history ("Айгерим: статус «Новая» →
// «В работе»"). Pure, so the card, the REST history and tests read it alike.
import {describeError, type DescribeOptions} from '../errors-describe.ts';
import {isErrorDetails} from '../errors.ts';
import type {MessageKey} from '../i18n/catalog.ts';
import type {Params, Translate} from '../i18n/translate.ts';
import {builtInStatusName} from '../workflow/describe.ts';
import type {FieldDef} from '../workflow/fields.ts';
import {fieldChangeLines, type FieldFormatEnv} from './field-changes.ts';
import {sourceKind} from './source.ts';

export type AuditEntry = {
  id: string;
  entity: string;
  action: 'insert' | 'update' | 'delete';
  via: string;
  changes: {readonly [column: string]: unknown};
  created_at: number;
  actor?: {name: string} | undefined | null;
};

export type HistoryLine = {id: string; at: number; key: MessageKey; params: Params; detail?: string; lines?: readonly string[]};

const FIELD_KEYS: Record<string, MessageKey> = {
  title: 'requests.titleField',
  priority: 'requests.priority',
  deadline: 'requests.deadline',
  responsible_id: 'requests.responsible',
  department: 'requests.department',
  client_name: 'requests.client',
  client_phone: 'requests.phone',
  client_email: 'requests.email',
  text: 'requests.text',
  source: 'requests.source',
};

/** Who made a change, in words: their name, or the API, a public form, the system. */
export function actorName(e: AuditEntry, t: Translate): string {
  if (e.actor?.name) return e.actor.name;
  if (e.via === 'public') return t('history.publicActor');
  if (e.via === 'rest') return t('history.apiActor');
  return t('history.systemActor');
}

/** How the card names what the log stores as keys and ids. */
export type HistoryNames = {
  statusName?: (key: string) => string;
  memberName?: (id: string) => string;
  formatTime?: (epochMs: number) => string;
  /** The request type's custom fields and how their values read (language, zone, currency). */
  fields?: {defs: readonly FieldDef[]; env: FieldFormatEnv} | undefined;
};

function statusLabel(value: unknown, t: Translate, names: HistoryNames): string {
  if (typeof value === 'string' && names.statusName) return names.statusName(value);
  return builtInStatusName(value, t);
}

function valueLabel(column: string, value: unknown, t: Translate, names: HistoryNames): string {
  if (value === null || value === undefined || value === '') return '—';
  if (column === 'priority' && typeof value === 'string') return t(`priority.${value}` as MessageKey);
  if (column === 'responsible_id' && typeof value === 'string') return names.memberName?.(value) ?? value;
  if (column === 'deadline') {
    // The log keeps a timestamptz as PostgreSQL writes it in JSON ("2026-12-05T10:00:00+00:00").
    const ms = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : Number.NaN;
    if (Number.isFinite(ms)) return names.formatTime?.(ms) ?? new Date(ms).toISOString();
  }
  if (column === 'source' && typeof value === 'string') {
    const kind = sourceKind(value);
    return kind === 'qr' || kind === 'other' ? `${t(`source.${kind}`)} (${value})` : t(`source.${kind}`);
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function historyLines(entries: readonly AuditEntry[], t: Translate, names: HistoryNames = {}): HistoryLine[] {
  const lines: HistoryLine[] = [];
  for (const e of entries) {
    const actor = actorName(e, t);
    const base = {at: e.created_at};
    if (e.entity === 'request_comment' && e.action === 'insert') {
      lines.push({...base, id: e.id, key: 'history.comment', params: {actor}, detail: String(e.changes.body ?? '')});
    } else if (e.entity === 'request' && e.action === 'insert') {
      lines.push({...base, id: e.id, key: 'history.created', params: {actor}});
    } else if (e.entity === 'attachment' && e.action === 'insert') {
      const kind = String(e.changes.kind ?? 'other');
      lines.push({...base, id: e.id, key: 'history.file', params: {actor, kind: t(`fileKind.${kind}` as MessageKey)}});
    } else if (e.entity === 'checklist_item' && e.action === 'update' && e.changes.done) {
      const done = (e.changes.done as {new?: unknown}).new === true;
      lines.push({...base, id: e.id, key: done ? 'history.checked' : 'history.unchecked', params: {actor}});
    } else if (e.entity === 'request' && e.action === 'update') {
      for (const [column, change] of Object.entries(e.changes)) {
        const {old: before, new: after} = (change ?? {}) as {old?: unknown; new?: unknown};
        if (column === 'status') {
          lines.push({
            ...base,
            id: `${e.id}:${column}`,
            key: 'history.status',
            params: {actor, from: statusLabel(before, t, names), to: statusLabel(after, t, names)},
          });
        } else if (column === 'accepted_at' && after) {
          lines.push({...base, id: `${e.id}:${column}`, key: 'history.accepted', params: {actor}});
        } else if (column === 'escalated_at' && after) {
          lines.push({...base, id: `${e.id}:${column}`, key: 'history.escalated', params: {}});
        } else if (column === 'fields') {
          // One line per custom field that changed, by its label and kind — never the raw JSON.
          const env: FieldFormatEnv = names.fields?.env ?? {t, locale: 'ru', timeZone: 'UTC', currency: 'KZT', memberName: names.memberName};
          const changed = fieldChangeLines(before, after, names.fields?.defs ?? [], env);
          if (!changed.length) continue;
          lines.push({...base, id: `${e.id}:${column}`, key: 'history.field', params: {actor, field: t('requests.fields')}, lines: changed});
        } else if (FIELD_KEYS[column]) {
          lines.push({
            ...base,
            id: `${e.id}:${column}`,
            key: 'history.field',
            params: {actor, field: t(FIELD_KEYS[column])},
            detail: `${valueLabel(column, before, t, names)} → ${valueLabel(column, after, t, names)}`,
          });
        }
      }
    }
  }
  return lines;
}

export type RefusalEntry = {op_id: string; details: unknown; created_at: number; actor?: {name: string} | undefined | null};

/** Refused attempts stay in the history: whose change lost, and why. */
export function refusalLines(entries: readonly RefusalEntry[], t: Translate, opts: DescribeOptions = {}): HistoryLine[] {
  return entries.map((e) => ({
    id: `refused:${e.op_id}`,
    at: e.created_at,
    key: 'history.refused',
    params: {
      actor: e.actor?.name ?? t('history.systemActor'),
      reason: isErrorDetails(e.details) ? describeError(e.details, t, opts) : t('error.generic'),
    },
  }));
}
