import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {deadlineEventBody, deadlineSlot, googleTimes, meetingChange, meetingEventBody, mirrorOf, takesTime} from './events.ts';

const ZONE = 'Asia/Almaty';
const at = (iso: string) => Date.parse(iso);

describe('deadlines in a calendar', () => {
  it('shows an end-of-day deadline as that whole day, any other as the half hour before it', () => {
    expect(deadlineSlot(at('2031-12-05T23:59:00+05:00'), ZONE)).toEqual({allDay: true, day: '2031-12-05'});
    expect(deadlineSlot(at('2031-12-05T18:00:00+05:00'), ZONE)).toEqual({
      allDay: false,
      start: at('2031-12-05T17:30:00+05:00'),
      end: at('2031-12-05T18:00:00+05:00'),
    });
    // Midnight is the end of the day before: the half hour before it, on that day.
    expect(deadlineSlot(at('2031-12-06T00:00:00+05:00'), ZONE)).toMatchObject({allDay: false, end: at('2031-12-06T00:00:00+05:00')});
  });

  it('writes a whole-day deadline with {date} and the next day as its end, not taking the time', () => {
    const body = deadlineEventBody({id: 't1', title: 'Отчёт', description: 'к пятнице', deadline: at('2031-12-05T23:59:00+05:00')}, 'Срок: Отчёт', ZONE);
    expect(body).toMatchObject({summary: 'Срок: Отчёт', start: {date: '2031-12-05'}, end: {date: '2031-12-06'}, transparency: 'transparent'});
    expect(mirrorOf({id: 'g', ...body} as never)).toEqual({entity: 'task', id: 't1'});
  });
});

describe('events read back from Google', () => {
  it('reads offsets, UTC and whole days in the company zone', () => {
    expect(googleTimes({start: {dateTime: '2031-12-02T15:00:00+05:00'}, end: {dateTime: '2031-12-02T10:30:00Z'}}, ZONE)).toEqual({
      start: at('2031-12-02T10:00:00Z'),
      end: at('2031-12-02T10:30:00Z'),
      allDay: false,
    });
    expect(googleTimes({start: {date: '2031-12-02'}, end: {date: '2031-12-03'}}, ZONE)).toEqual({
      start: at('2031-12-01T19:00:00Z'),
      end: at('2031-12-02T19:00:00Z'),
      allDay: true,
    });
    expect(googleTimes({start: {dateTime: 'soon'}, end: {dateTime: '2031-12-02T10:30:00Z'}}, ZONE)).toBeNull();
    expect(googleTimes({start: {date: '2031-12-03'}, end: {date: '2031-12-02'}}, ZONE)).toBeNull();
  });

  it('counts as busy only what takes the time: not deleted, not free, not declined', () => {
    expect(takesTime({id: 'a'})).toBe(true);
    expect(takesTime({id: 'a', status: 'cancelled'})).toBe(false);
    expect(takesTime({id: 'a', transparency: 'transparent'})).toBe(false);
    expect(takesTime({id: 'a', attendees: [{email: 'me@x.kz', self: true, responseStatus: 'declined'}]})).toBe(false);
    expect(takesTime({id: 'a', attendees: [{email: 'other@x.kz', responseStatus: 'declined'}]})).toBe(true);
  });

  const meeting = {starts_at: at('2031-12-02T10:00:00Z'), ends_at: at('2031-12-02T11:00:00Z'), state: 'planned'};
  const body = meetingEventBody({id: 'm1', topic: 'Планёрка', place: '', link: '', purpose: '', agenda: '', ...meeting}, ZONE);

  it('our own write read back is no change; a move is; a delete cancels; a held meeting stays as it is', () => {
    expect(meetingChange({id: 'g', ...body} as never, meeting, ZONE)).toBeNull();
    const moved = {id: 'g', start: {dateTime: '2031-12-03T16:00:00+05:00'}, end: {dateTime: '2031-12-03T17:00:00+05:00'}};
    expect(meetingChange(moved, meeting, ZONE)).toEqual({kind: 'move', startsAt: at('2031-12-03T11:00:00Z'), endsAt: at('2031-12-03T12:00:00Z')});
    expect(meetingChange({id: 'g', status: 'cancelled'}, meeting, ZONE)).toEqual({kind: 'cancel'});
    expect(meetingChange({id: 'g', status: 'cancelled'}, {...meeting, state: 'held'}, ZONE)).toBeNull();
    expect(meetingChange({id: 'g', start: {date: '2031-12-03'}, end: {date: '2031-12-04'}}, meeting, ZONE)).toBeNull();
  });

  it('reads back every moment it writes (property)', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: 4e12}), fc.integer({min: 1, max: 1e8}), (start, length) => {
        const b = meetingEventBody({id: 'x', topic: 't', place: '', link: '', purpose: '', agenda: '', starts_at: start, ends_at: start + length}, ZONE);
        expect(googleTimes(b, ZONE)).toEqual({start, end: start + length, allDay: false});
      }),
    );
  });
});
