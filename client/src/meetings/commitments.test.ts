import {describe, expect, it} from 'vitest';
import {carriedRow, countsByMeeting, dueAtOf, newRow, rowOf, toCommitmentsArgs, type CommitmentRow} from './commitments.ts';

const ZONE = 'Asia/Almaty';
const meetingStart = Date.UTC(2026, 2, 10, 5); // 10:00 local, 10 March
const row = (patch: Partial<CommitmentRow>): CommitmentRow => ({
  id: 'c1',
  text: 'Сверить счета',
  ownerId: 'm1',
  due: '2026-03-13',
  toWhom: 'head',
  carriedFrom: null,
  ...patch,
});
const opts = {meetingId: 'mt', notes: 'Решили', at: 1, zone: ZONE};

describe('commitments', () => {
  it('are due by the end of their local day', () => {
    expect(dueAtOf('2026-03-13', ZONE)).toBe(Date.UTC(2026, 2, 13, 18, 59));
    expect(dueAtOf('', ZONE)).toBeNull();
  });

  it('round-trip a stored commitment', () => {
    const stored = {id: 'c1', text: 'X', owner_id: 'm1', due_at: dueAtOf('2026-03-13', ZONE)!, to_whom: 'team', carried_from: null};
    expect(rowOf(stored, ZONE)).toEqual({id: 'c1', text: 'X', ownerId: 'm1', due: '2026-03-13', toWhom: 'team', carriedFrom: null});
  });

  it('start a week after the meeting', () => {
    expect(newRow('n', meetingStart, ZONE)).toMatchObject({due: '2026-03-17', toWhom: 'team', text: '', ownerId: ''});
  });

  it('become meeting.commitments arguments; wholly empty rows are dropped', () => {
    const r = toCommitmentsArgs([row({}), row({id: 'c2', text: '', ownerId: ''}), row({id: 'c3', text: ' Позвонить ', toWhom: 'team'})], opts);
    expect(r).toEqual({
      ok: true,
      args: {
        meetingId: 'mt',
        notes: 'Решили',
        at: 1,
        items: [
          {id: 'c1', text: 'Сверить счета', ownerId: 'm1', toWhom: 'head', dueAt: Date.UTC(2026, 2, 13, 18, 59), carriedFrom: null},
          {id: 'c3', text: 'Позвонить', ownerId: 'm1', toWhom: 'team', dueAt: Date.UTC(2026, 2, 13, 18, 59), carriedFrom: null},
        ],
      },
    });
  });

  it('name what is missing in each row by its place', () => {
    const r = toCommitmentsArgs([row({}), row({id: 'c2', text: '', ownerId: 'm2', due: ''}), row({id: 'c3', ownerId: ''})], opts);
    expect(r).toEqual({
      ok: false,
      issues: [
        {field: 'rows.1.text', code: 'v.required'},
        {field: 'rows.1.due', code: 'meetings.c.noDue'},
        {field: 'rows.2.ownerId', code: 'meetings.c.pickOwner'},
      ],
    });
  });

  it('map a schema refusal back to its row', () => {
    const r = toCommitmentsArgs([row({id: 'c0', text: ''}), row({text: 'x'.repeat(501)})], {...opts});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({field: 'rows.0.text'});
  });

  it('carried in: same words and person, from the old one; a past date moves a week past this meeting', () => {
    const old = {id: 'old', text: 'Договор', owner_id: 'm2', due_at: Date.UTC(2026, 2, 5, 18), to_whom: 'head'};
    expect(carriedRow(old, 'new', meetingStart, ZONE)).toEqual({
      id: 'new',
      text: 'Договор',
      ownerId: 'm2',
      due: '2026-03-17',
      toWhom: 'head',
      carriedFrom: 'old',
    });
    const ahead = {...old, due_at: Date.UTC(2026, 2, 20, 10)};
    expect(carriedRow(ahead, 'new', meetingStart, ZONE).due).toBe('2026-03-20');
  });

  it('are counted per meeting with the late ones (done ones never late)', () => {
    const now = Date.UTC(2026, 2, 15);
    const counts = countsByMeeting(
      [
        {meeting_id: 'a', due_at: now - 1, task: {status: 'todo'}},
        {meeting_id: 'a', due_at: now - 1, task: {status: 'done'}},
        {meeting_id: 'a', due_at: now + 1, task: {status: 'in_progress'}},
        {meeting_id: 'b', due_at: now - 1, task: undefined},
      ],
      now,
    );
    expect(Object.fromEntries(counts)).toEqual({a: {total: 3, late: 1}, b: {total: 1, late: 1}});
  });
});
