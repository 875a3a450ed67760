// Audit rows of a task and its parts → the lines of its history ("Айгерим:
// статус «В работе» → «На проверке»"), the same way a request's history reads
// (shared/requests/history.ts, whose words it shares): who, what, and the
// value in words — never a stored id or JSON.
import type {MessageKey} from '../i18n/catalog.ts';
import type {Params, Translate} from '../i18n/translate.ts';
import {actorName, type AuditEntry, type HistoryLine} from '../requests/history.ts';

export type TaskHistoryNames = {
  statusName: (key: string) => string;
  memberName: (id: string) => string;
  taskTitle: (id: string) => string;
  formatTime: (epochMs: number) => string;
};

const FIELDS: Record<string, MessageKey> = {
  title: 'tasks.field.title',
  description: 'tasks.field.description',
  assignee_id: 'tasks.field.assignee',
  deadline: 'tasks.field.deadline',
  priority: 'tasks.field.priority',
  result_required: 'tasks.field.resultRequired',
};

/** A timestamptz as the log keeps it in JSON ("2026-12-05T10:00:00+00:00"), or epoch ms. */
function msOf(value: unknown): number | null {
  const ms = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isFinite(ms) ? ms : null;
}

function valueText(column: string, value: unknown, t: Translate, names: TaskHistoryNames): string {
  if (value === null || value === undefined || value === '') return '—';
  if (column === 'priority') return t(`priority.${String(value)}` as MessageKey);
  if (column === 'assignee_id') return names.memberName(String(value));
  if (column === 'result_required') return t(value === true ? 'history.yes' : 'history.no');
  if (column === 'deadline') {
    const ms = msOf(value);
    return ms === null ? '—' : names.formatTime(ms);
  }
  return String(value);
}

const change = (c: unknown) => (c ?? {}) as {old?: unknown; new?: unknown};

function taskUpdate(e: AuditEntry, actor: string, t: Translate, names: TaskHistoryNames): HistoryLine[] {
  const lines: HistoryLine[] = [];
  const line = (column: string, key: MessageKey, params: Params, extra: Partial<HistoryLine> = {}) =>
    lines.push({id: `${e.id}:${column}`, at: e.created_at, key, params, ...extra});
  const reason = String(change(e.changes.return_reason).new ?? '');
  for (const [column, c] of Object.entries(e.changes)) {
    const {old: before, new: after} = change(c);
    if (column === 'status') {
      const detail = after === 'returned' && reason ? reason : undefined;
      line(column, 'history.status', {actor, from: names.statusName(String(before)), to: names.statusName(String(after))}, detail ? {detail} : {});
    } else if (column === 'overdue_at' && after) {
      line(column, 'tasks.history.overdue', {});
    } else if (column === 'escalated_at' && after) {
      line(column, 'tasks.history.escalated', {});
    } else if (FIELDS[column]) {
      line(
        column,
        'history.field',
        {actor, field: t(FIELDS[column])},
        {detail: `${valueText(column, before, t, names)} → ${valueText(column, after, t, names)}`},
      );
    }
  }
  if ('result_text' in e.changes || 'result_link' in e.changes) {
    const text = [change(e.changes.result_text).new, change(e.changes.result_link).new].filter((v) => typeof v === 'string' && v).join('\n');
    line('result', 'tasks.history.handed', {actor}, text ? {detail: text} : {});
  }
  return lines;
}

/** The task's own rows (entity "task") and its parts' rows (task_person, task_link, task_check, task_comment, attachment). */
export function taskHistoryLines(entries: readonly AuditEntry[], t: Translate, names: TaskHistoryNames): HistoryLine[] {
  const lines: HistoryLine[] = [];
  for (const e of entries) {
    const actor = actorName(e, t);
    const base = {id: e.id, at: e.created_at};
    const row = e.changes;
    if (e.entity === 'task' && e.action === 'insert') lines.push({...base, key: 'tasks.history.created', params: {actor}});
    else if (e.entity === 'task' && e.action === 'update') lines.push(...taskUpdate(e, actor, t, names));
    else if (e.entity === 'task_comment' && e.action === 'insert')
      lines.push({...base, key: 'history.comment', params: {actor}, detail: String(row.body ?? '')});
    else if (e.entity === 'attachment' && e.action === 'insert') {
      lines.push({...base, key: 'history.file', params: {actor, kind: t(`fileKind.${String(row.kind ?? 'other')}` as MessageKey)}});
    } else if (e.entity === 'task_check' && e.action === 'insert') {
      lines.push({...base, key: 'tasks.history.checkAdded', params: {actor}, detail: String(row.text ?? '')});
    } else if (e.entity === 'task_check' && e.action === 'update' && row.done) {
      lines.push({...base, key: change(row.done).new === true ? 'history.checked' : 'history.unchecked', params: {actor}});
    } else if (e.entity === 'task_link' && (e.action === 'insert' || e.action === 'delete')) {
      const title = names.taskTitle(String(row.blocker_id ?? ''));
      lines.push({...base, key: e.action === 'insert' ? 'tasks.history.linked' : 'tasks.history.unlinked', params: {actor, title}});
    } else if (e.entity === 'task_person' && (e.action === 'insert' || e.action === 'delete')) {
      const who = names.memberName(String(row.member_id ?? ''));
      const as = t(row.kind === 'watcher' ? 'tasks.watcher' : 'tasks.coAssignee');
      lines.push({...base, key: e.action === 'insert' ? 'tasks.history.personAdded' : 'tasks.history.personRemoved', params: {actor, name: who, as}});
    }
  }
  return lines.sort((a, b) => a.at - b.at);
}
