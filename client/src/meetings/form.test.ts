import {describe, expect, it} from 'vitest';
// The server's catalogs make the validation's message keys known, as on a device with its language loaded.
import '#shared/i18n/translate.ts';
import {draftOf, emptyDraft, fieldsInError, guestsOf, memberIdsOf, timesOf, toSaveArgs, type MeetingDraft} from './form.ts';

const ZONE = 'Asia/Almaty'; // UTC+5
const at = Date.UTC(2026, 2, 10, 4, 20); // 09:20 in Almaty
const names = new Map([
  ['m1', 'Асель'],
  ['m2', 'Ержан'],
]);
const base = (patch: Partial<MeetingDraft> = {}): MeetingDraft => ({...emptyDraft(at, ZONE), topic: 'Планёрка', members: 'm1,m2', ...patch});
const opts = {id: 'mt-1', at, zone: ZONE, notes: 'прежние заметки', names};

describe('the meeting form', () => {
  it('starts today at the next full hour for an hour, in the company zone', () => {
    expect(emptyDraft(at, ZONE)).toMatchObject({date: '2026-03-10', start: '10:00', end: '11:00', repeat: 'none', guests: '[]'});
  });

  it('starts tomorrow at 10:00 late in the evening', () => {
    expect(emptyDraft(Date.UTC(2026, 2, 10, 17, 30), ZONE)).toMatchObject({date: '2026-03-11', start: '10:00', end: '11:00'});
  });

  it('reads the day and hours in the zone, not the device', () => {
    expect(timesOf({date: '2026-03-10', start: '10:00', end: '11:30'}, ZONE)).toEqual({
      startsAt: Date.UTC(2026, 2, 10, 5, 0),
      endsAt: Date.UTC(2026, 2, 10, 6, 30),
    });
    expect(timesOf({date: '', start: '10:00', end: '11:00'}, ZONE)).toBeNull();
    expect(timesOf({date: '2026-03-10', start: '25:00', end: '11:00'}, ZONE)).toBeNull();
  });

  it('turns the form into meeting.save arguments with members, guests and the notes kept', () => {
    const r = toSaveArgs(
      base({
        guests: JSON.stringify([
          {email: ' Guest@Example.kz ', name: ' Гость '},
          {email: '', name: ''},
        ]),
        repeat: 'weekly',
        link: ' https://meet.example/x ',
      }),
      opts,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.args).toMatchObject({
      id: 'mt-1',
      topic: 'Планёрка',
      startsAt: Date.UTC(2026, 2, 10, 5),
      endsAt: Date.UTC(2026, 2, 10, 6),
      repeat: 'weekly',
      link: 'https://meet.example/x',
      notes: 'прежние заметки',
      participants: [
        {memberId: 'm1', email: '', name: 'Асель'},
        {memberId: 'm2', email: '', name: 'Ержан'},
        {memberId: null, email: 'Guest@Example.kz', name: 'Гость'},
      ],
    });
  });

  it('names the missing topic and participants and an end before the start', () => {
    const r = toSaveArgs(base({topic: ' ', members: '', end: '09:00'}), opts);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      {field: 'topic', code: 'v.required'},
      {field: 'participants', code: 'tasks.meeting.noParticipants'},
      {field: 'end', code: 'tasks.meeting.endsBeforeStart'},
    ]);
    expect(fieldsInError(r.issues)).toEqual(['topic', 'participants', 'end']);
  });

  it('refuses a guest with a wrong email, under that guest, and asks for a date', () => {
    const r = toSaveArgs(base({members: '', guests: JSON.stringify([{email: 'not-an-email', name: 'Гость'}]), date: ''}), opts);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      {field: 'guests.0', code: 'v.email'},
      {field: 'date', code: 'meetings.form.whenMissing'},
    ]);
    expect(fieldsInError(r.issues)).toEqual(['participants', 'date']);
  });

  it('passes what only the shared schema knows (a link that is not one) to its field', () => {
    const r = toSaveArgs(base({link: 'zoom me'}), opts);
    expect(r).toEqual({ok: false, issues: [{field: 'link', code: 'v.url'}]});
  });

  it('fills the form from a stored meeting and back to the same arguments', () => {
    const m = {
      topic: 'Итоги',
      starts_at: Date.UTC(2026, 2, 12, 9),
      ends_at: Date.UTC(2026, 2, 12, 10),
      place: 'Переговорная',
      link: '',
      purpose: 'п',
      agenda: 'а',
      repeat: 'monthly',
    };
    const d = draftOf(
      m,
      [
        {member_id: 'm1', email: '', name: 'Асель'},
        {member_id: null, email: 'g@x.kz', name: 'Г'},
      ],
      ZONE,
    );
    expect(d).toMatchObject({date: '2026-03-12', start: '14:00', end: '15:00', members: 'm1', repeat: 'monthly'});
    expect(memberIdsOf(d)).toEqual(['m1']);
    expect(guestsOf(d)).toEqual([{email: 'g@x.kz', name: 'Г'}]);
    const r = toSaveArgs(d, opts);
    expect(r.ok && [r.args.startsAt, r.args.endsAt]).toEqual([m.starts_at, m.ends_at]);
  });

  it('survives a damaged guests draft', () => {
    expect(guestsOf({guests: '{oops'})).toEqual([]);
  });
});
