import {describe, expect, it} from 'vitest';
import {checkTaskMove} from './lifecycle.ts';
import {dayOf} from '../booking/zone.ts';
import {groupMine, mineGroup, needsMe, openBlockers, requestLine, snapshotOf} from './mine.ts';

const ZONE = 'Asia/Almaty'; // UTC+5
// 2026-03-10 10:00 in Almaty.
const NOW = Date.UTC(2026, 2, 10, 5);
const H = 3_600_000;

describe('My tasks', () => {
  it('puts a task in its group by the company’s day, not the device’s', () => {
    expect(mineGroup({status: 'todo', deadline: NOW - 1}, NOW, ZONE)).toBe('overdue');
    // 23:30 in Almaty the same day is still today, though it is the next day nowhere and 18:30 UTC.
    expect(mineGroup({status: 'in_progress', deadline: Date.UTC(2026, 2, 10, 18, 30)}, NOW, ZONE)).toBe('today');
    // 00:30 the next day in Almaty (19:30 UTC the same day) is upcoming.
    expect(mineGroup({status: 'todo', deadline: Date.UTC(2026, 2, 10, 19, 30)}, NOW, ZONE)).toBe('upcoming');
    expect(mineGroup({status: 'todo', deadline: null}, NOW, ZONE)).toBe('none');
    expect(mineGroup({status: 'returned', deadline: NOW - H}, NOW, ZONE)).toBe('returned');
    expect(mineGroup({status: 'review', deadline: NOW - H}, NOW, ZONE)).toBe('review');
    expect(mineGroup({status: 'done', deadline: NOW - H}, NOW, ZONE)).toBeNull();
    expect(mineGroup({status: 'cancelled'}, NOW, ZONE)).toBeNull();
    expect(dayOf(Date.UTC(2026, 2, 10, 19, 30), ZONE)).toBe('2026-03-11');
  });

  it('shows what was returned first, then what is late, and each group by its deadline', () => {
    const tasks = [
      {title: 'Б', status: 'todo', deadline: NOW + 3 * H},
      {title: 'А', status: 'todo', deadline: NOW + 2 * H},
      {title: 'Поздно', status: 'todo', deadline: NOW - H},
      {title: 'Без срока', status: 'todo', deadline: null},
      {title: 'Доработать', status: 'returned', deadline: NOW + 48 * H},
      {title: 'Сдано', status: 'review', deadline: null},
      {title: 'Готово', status: 'done', deadline: null},
      {title: 'Потом', status: 'todo', deadline: NOW + 72 * H},
    ];
    expect(groupMine(tasks, NOW, ZONE).map((g) => [g.group, g.tasks.map((t) => t.title)])).toEqual([
      ['returned', ['Доработать']],
      ['overdue', ['Поздно']],
      ['today', ['А', 'Б']],
      ['upcoming', ['Потом']],
      ['none', ['Без срока']],
      ['review', ['Сдано']],
    ]);
    expect(needsMe(tasks, NOW)).toBe(2);
  });
});

describe('what a task waits on', () => {
  const blocker = (status: string) => ({blocker_id: 'b', blocker: {id: 'b', title: 'Оплатить счёт', status}});

  it('names the open blockers it can see, and a hidden one by the start mark only', () => {
    expect(openBlockers({blockers: [blocker('in_progress')]}, '…')).toEqual([{id: 'b', title: 'Оплатить счёт'}]);
    expect(openBlockers({blockers: [blocker('done')]}, '…')).toEqual([]);
    expect(openBlockers({startable_at: null, blockers: [{blocker_id: 'x'}]}, 'другая задача')).toEqual([{id: 'x', title: 'другая задача'}]);
    expect(openBlockers({startable_at: NOW, blockers: [{blocker_id: 'x'}]}, 'другая задача')).toEqual([]);
  });

  it('explains the hand-in before the click: the text, and a file or a link — a file still on its way counts', () => {
    const task = {status: 'in_progress', result_required: true, result_text: '', result_link: '', blockers: []};
    expect(checkTaskMove(snapshotOf(task, 0, '…'), 'review')).toEqual([{kind: 'result_missing', missing: ['text', 'file_or_link']}]);
    expect(checkTaskMove(snapshotOf({...task, result_text: 'Оплачено'}, 1, '…'), 'review')).toEqual([]);
    expect(checkTaskMove(snapshotOf({...task, status: 'todo', blockers: [blocker('todo')]}, 1, '…'), 'in_progress')).toEqual([
      {kind: 'blocked_by', tasks: [{id: 'b', title: 'Оплатить счёт'}]},
    ]);
  });

  it('reads the request’s line off the task’s context', () => {
    expect(requestLine([{key: '_request', value: '№12 Аренда'}])).toBe('№12 Аренда');
    expect(requestLine([])).toBe('');
  });
});
