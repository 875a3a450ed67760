import {describe, expect, it} from 'vitest';
import {createTranslator} from '../i18n/translate.ts';
import {historyLines, type AuditEntry} from './history.ts';

const t = createTranslator('ru');
const base = {via: 'sync', created_at: 0};

describe('historyLines', () => {
  it('tells who created, moved and commented, in order', () => {
    const entries: AuditEntry[] = [
      {...base, id: '1', entity: 'request', action: 'insert', via: 'public', changes: {status: 'new'}},
      {...base, id: '2', entity: 'request', action: 'update', changes: {status: {old: 'new', new: 'in_progress'}}, actor: {name: 'Алма'}},
      {...base, id: '3', entity: 'request_comment', action: 'insert', changes: {body: 'Позвонил'}, actor: {name: 'Алма'}},
      {...base, id: '4', entity: 'request', action: 'update', changes: {text: {old: 'торт', new: 'два торта'}}, actor: {name: 'Ержан'}},
    ];
    expect(historyLines(entries, t).map((l) => [t(l.key, l.params), l.detail])).toEqual([
      ['Клиент через форму создал(а) заявку', undefined],
      ['Алма: статус «Новая» → «В работе»', undefined],
      ['Алма добавил(а) комментарий', 'Позвонил'],
      ['Ержан изменил(а) «Текст заявки»', 'торт → два торта'],
    ]);
  });

  it('keeps the overwritten text, so last-writer-wins loses nothing', () => {
    const [line] = historyLines([{...base, id: '9', entity: 'request', action: 'update', changes: {text: {old: 'A', new: 'B'}}}], t);
    expect(line?.detail).toBe('A → B');
  });
});
