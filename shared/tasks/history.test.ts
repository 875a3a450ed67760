import {describe, expect, it} from 'vitest';
import type {AuditEntry} from '../requests/history.ts';
import {taskHistoryLines} from './history.ts';

const t = (key: string, params?: Record<string, unknown>) => `${key}${params ? JSON.stringify(params) : ''}`;
const names = {
  statusName: (k: string) => ({review: 'На проверке', returned: 'Возвращена', in_progress: 'В работе'})[k] ?? k,
  memberName: (id: string) => ({m1: 'Гульнар', m2: 'Ержан'})[id] ?? '…',
  taskTitle: (id: string) => ({t0: 'Оплатить счёт'})[id] ?? '…',
  formatTime: (ms: number) => new Date(ms).toISOString().slice(0, 10),
};
const entry = (e: Partial<AuditEntry> & Pick<AuditEntry, 'entity' | 'action' | 'changes'>): AuditEntry => ({
  id: `a${Math.random()}`,
  via: 'sync',
  created_at: 1,
  actor: {name: 'Гульнар'},
  ...e,
});

describe('a task’s history', () => {
  it('reads the hand-in, the return with its reason, and field changes in words', () => {
    const lines = taskHistoryLines(
      [
        entry({entity: 'task', action: 'insert', changes: {title: 'Оплатить счёт'}, created_at: 1}),
        entry({
          entity: 'task',
          action: 'update',
          created_at: 2,
          changes: {status: {old: 'in_progress', new: 'review'}, result_text: {old: '', new: 'Оплачено'}, handed_at: {old: null, new: 2}},
        }),
        entry({
          entity: 'task',
          action: 'update',
          created_at: 3,
          actor: {name: 'Ержан'},
          changes: {status: {old: 'review', new: 'returned'}, return_reason: {old: '', new: 'Нет печати'}},
        }),
        entry({
          entity: 'task',
          action: 'update',
          created_at: 4,
          changes: {assignee_id: {old: 'm1', new: 'm2'}, deadline: {old: null, new: '2026-12-05T10:00:00+00:00'}},
        }),
        entry({entity: 'task_link', action: 'insert', created_at: 5, changes: {blocker_id: 't0'}}),
        entry({entity: 'attachment', action: 'insert', created_at: 6, changes: {kind: 'photo'}}),
        entry({entity: 'task', action: 'update', created_at: 7, via: 'system', actor: null, changes: {overdue_at: {old: null, new: 7}}}),
      ],
      t as never,
      names,
    );
    expect(lines.map((l) => [t(l.key, l.params), l.detail])).toEqual([
      ['tasks.history.created{"actor":"Гульнар"}', undefined],
      ['history.status{"actor":"Гульнар","from":"В работе","to":"На проверке"}', undefined],
      ['tasks.history.handed{"actor":"Гульнар"}', 'Оплачено'],
      ['history.status{"actor":"Ержан","from":"На проверке","to":"Возвращена"}', 'Нет печати'],
      ['history.field{"actor":"Гульнар","field":"tasks.field.assignee"}', 'Гульнар → Ержан'],
      ['history.field{"actor":"Гульнар","field":"tasks.field.deadline"}', '— → 2026-12-05'],
      ['tasks.history.linked{"actor":"Гульнар","title":"Оплатить счёт"}', undefined],
      ['history.file{"actor":"Гульнар","kind":"fileKind.photo"}', undefined],
      ['tasks.history.overdue{}', undefined],
    ]);
  });
});
