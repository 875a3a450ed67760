// An invitation is a valid RFC 5546 REQUEST (or CANCEL) that mail programs
// and ical.js read back: organizer, guests asked to answer, one UID per meeting
// and its SEQUENCE; Kazakh and Russian text escaped and folded.
import ICAL from 'ical.js';
import {describe, expect, it} from 'vitest';
import '#shared/i18n/translate.ts';
import {icsProblems} from '../../testing/ics-check.ts';
import {icsCalendar} from '../../public/booking/ics.ts';
import {inviteIcs, inviteText, type InviteMeeting} from './invite-text.ts';

const meeting: InviteMeeting = {
  id: 'm-1',
  topic: 'Жоспарлау кездесуі; бюджет, Q1',
  starts_at: Date.parse('2031-12-02T15:00:00+05:00'),
  ends_at: Date.parse('2031-12-02T16:00:00+05:00'),
  place: 'Алматы, Абай даңғылы 10; 3 қабат',
  link: 'https://meet.example.kz/abc',
  purpose: 'Бюджетті келісу',
  agenda: '1. Итоги квартала, проблемы\n2. План; сроки',
  sequence: 3,
  timezone: 'Asia/Almaty',
  organizer: {email: 'head@example.kz', name: 'Ерлан "Бас", руководитель'},
};

describe('meeting invitations', () => {
  it('is a REQUEST with the organizer, each guest asked to answer, the UID and SEQUENCE', () => {
    const text = inviteIcs(
      meeting,
      'REQUEST',
      [
        {email: 'guest@mail.kz', name: 'Гость; внешний'},
        {email: 'aigerim@example.kz', name: 'Айгерім'},
      ],
      Date.UTC(2031, 11, 1),
    );
    expect(icsProblems(text)).toEqual([]);
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getFirstPropertyValue('method')).toBe('REQUEST');
    const v = cal.getFirstSubcomponent('vevent')!;
    const e = new ICAL.Event(v);
    expect(e.uid).toBe('meeting-m-1@dot');
    expect(e.sequence).toBe(3);
    expect(e.summary).toBe(meeting.topic);
    expect(e.location).toBe(meeting.place);
    expect(e.startDate.toJSDate().getTime()).toBe(Date.parse('2031-12-02T10:00:00Z'));
    expect(text).toContain('DTSTART:20311202T100000Z');
    const organizer = v.getFirstProperty('organizer')!;
    expect(organizer.getFirstValue()).toBe('mailto:head@example.kz');
    expect(organizer.getParameter('cn')).toBe('Ерлан  Бас , руководитель');
    const attendees = v.getAllProperties('attendee');
    expect(attendees.map((a) => [a.getFirstValue(), a.getParameter('cn'), a.getParameter('rsvp'), a.getParameter('partstat')])).toEqual([
      ['mailto:guest@mail.kz', 'Гость; внешний', 'TRUE', 'NEEDS-ACTION'],
      ['mailto:aigerim@example.kz', 'Айгерім', 'TRUE', 'NEEDS-ACTION'],
    ]);
    expect(v.getFirstPropertyValue('dtstamp')).toBeTruthy();
  });

  it('a CANCEL says STATUS:CANCELLED with the same UID', () => {
    const text = inviteIcs({...meeting, sequence: 4}, 'CANCEL', [{email: 'guest@mail.kz'}], Date.UTC(2031, 11, 1));
    expect(icsProblems(text)).toEqual([]);
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getFirstPropertyValue('method')).toBe('CANCEL');
    const v = cal.getFirstSubcomponent('vevent')!;
    expect([v.getFirstPropertyValue('status'), v.getFirstPropertyValue('uid'), v.getFirstPropertyValue('sequence')]).toEqual([
      'CANCELLED',
      'meeting-m-1@dot',
      4,
    ]);
  });

  it('writes a whole-day event as dates and a deadline as not taking the time', () => {
    const text = icsCalendar({
      name: 'x',
      now: 0,
      events: [{uid: 't@dot', stamp: 0, sequence: 0, start: 0, end: 0, summary: 'Срок', allDay: {from: '2031-12-05', until: '2031-12-06'}, free: true}],
    });
    expect(icsProblems(text)).toEqual([]);
    const v = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(text).toContain('DTSTART;VALUE=DATE:20311205');
    expect((v.getFirstPropertyValue('dtstart') as ICAL.Time).isDate).toBe(true);
    expect(v.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
  });

  it('says who invites, when in the company zone, and what to do, in the reader’s language', () => {
    const ru = inviteText(meeting, 'invite', 'ru');
    expect(ru.title).toBe('Приглашение: Жоспарлау кездесуі; бюджет, Q1');
    expect(ru.body).toContain('Ерлан "Бас", руководитель приглашает вас на встречу');
    expect(ru.body).toMatch(/Когда: 2 декабря.*15:00 – 16:00 \(Asia\/Almaty\)/);
    expect(inviteText(meeting, 'cancel', 'kk').title).toBe('Кездесу тоқтатылды: Жоспарлау кездесуі; бюджет, Q1');
    expect(inviteText(meeting, 'update', 'en').body).toContain('has changed');
  });
});
