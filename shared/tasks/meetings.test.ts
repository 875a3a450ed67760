// Meetings' rules: the next occurrence keeps its local time (the 31st becomes
// the month's last day); open commitments of the series' earlier meetings are
// carried into the next one once; the commitments view puts the late first.
import {describe, expect, it} from 'vitest';
import {carriedInto, commitmentBoard, nextStart} from './meetings.ts';

const almaty = (iso: string) => Date.parse(`${iso}+05:00`);

describe('meetings', () => {
  it('places the next occurrence at the same local time', () => {
    expect(nextStart(almaty('2031-04-07T10:00:00'), 'weekly', 'Asia/Almaty')).toBe(almaty('2031-04-14T10:00:00'));
    expect(nextStart(almaty('2031-04-07T10:00:00'), 'biweekly', 'Asia/Almaty')).toBe(almaty('2031-04-21T10:00:00'));
    expect(nextStart(almaty('2031-01-31T09:30:00'), 'monthly', 'Asia/Almaty')).toBe(almaty('2031-02-28T09:30:00'));
    expect(nextStart(almaty('2031-12-15T09:30:00'), 'monthly', 'Asia/Almaty')).toBe(almaty('2032-01-15T09:30:00'));
    expect(nextStart(almaty('2031-12-15T09:30:00'), 'none', 'Asia/Almaty')).toBeNull();
    // Across a DST change elsewhere the wall-clock time holds.
    expect(nextStart(Date.parse('2026-03-23T10:00:00+01:00'), 'weekly', 'Europe/Berlin')).toBe(Date.parse('2026-03-30T10:00:00+02:00'));
  });

  it('carries the open commitments of earlier meetings of the series, once', () => {
    const meetings = [
      {id: 'm1', series_id: '', starts_at: 1, state: 'held'},
      {id: 'm2', series_id: 'm1', starts_at: 2, state: 'held'},
      {id: 'm3', series_id: 'm1', starts_at: 3, state: 'planned'},
      {id: 'other', series_id: '', starts_at: 1, state: 'held'},
    ];
    const commitments = [
      {id: 'c1', meeting_id: 'm1', task_id: 't1'},
      {id: 'c2', meeting_id: 'm1', task_id: 't2'},
      {id: 'c3', meeting_id: 'm2', task_id: 't3', carried_from: 'c1'},
      {id: 'c4', meeting_id: 'other', task_id: 't4'},
    ];
    const tasks = [
      {id: 't1', status: 'in_progress'},
      {id: 't2', status: 'done'},
      {id: 't3', status: 'todo'},
      {id: 't4', status: 'todo'},
    ];
    expect(carriedInto(meetings[2]!, meetings, commitments, tasks).map((c) => c.id)).toEqual(['c3']);
    // c1 was carried into m2 already (as c3); before that, m2 was offered it.
    expect(carriedInto(meetings[1]!, meetings, commitments, tasks).map((c) => c.id)).toEqual([]);
    expect(carriedInto(meetings[1]!, meetings, commitments.slice(0, 2), tasks).map((c) => c.id)).toEqual(['c1']);
  });

  it('lists what was promised to the head and to the team, the late first', () => {
    const now = 100;
    const board = commitmentBoard(
      [
        {id: 'a', to_whom: 'head', due_at: 150, task_id: 'ta'},
        {id: 'b', to_whom: 'head', due_at: 50, task_id: 'tb'},
        {id: 'c', to_whom: 'team', due_at: 10, task_id: 'tc'},
      ],
      (id) => ({ta: 'todo', tb: 'in_progress', tc: 'done'})[id],
      now,
    );
    expect(board.head.map((c) => [c.id, c.state])).toEqual([
      ['b', 'late'],
      ['a', 'open'],
    ]);
    expect(board.team.map((c) => [c.id, c.state])).toEqual([['c', 'done']]);
    expect(board.late).toBe(1);
  });
});
