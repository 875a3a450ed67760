// The feed must be valid RFC 5545, read back by a real parser (ical.js), and
// keep the rules ical.js does not check: UID and DTSTAMP in every event,
// lines of at most 75 octets, CRLF only.
import ICAL from 'ical.js';
import {describe, expect, it} from 'vitest';
import {escapeText, foldLine, icsCalendar} from './ics.ts';

const long = 'Адрес: пр. Абая, 10; Алматы. Перенос или отмена — по ссылке, не позже чем за 3 часа; оплата на месте картой или Kaspi QR.\nВторая строка.';

describe('ics', () => {
  const text = icsCalendar({
    name: 'Записи — Айгерим',
    timeZone: 'Asia/Almaty',
    events: [
      {
        uid: 'b1@dot',
        stamp: Date.UTC(2026, 5, 1, 8),
        sequence: 3,
        start: Date.UTC(2026, 5, 2, 10),
        end: Date.UTC(2026, 5, 2, 11),
        summary: 'Стрижка, мастер Айгерим',
        location: 'Салон; Абая 10',
        description: long,
        url: 'https://dot.kz/c/x/book/a/b/b1?k=abc',
      },
      {
        uid: 'b2@dot',
        stamp: Date.UTC(2026, 5, 1, 8),
        sequence: 0,
        start: Date.UTC(2026, 5, 3, 4),
        end: Date.UTC(2026, 5, 3, 5),
        summary: 'Маникюр',
        cancelled: true,
      },
    ],
  });

  it('parses with ical.js, with every value intact', () => {
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toBe('-//dot//Booking 1.0//RU');
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    const [a, b] = events;
    expect(a!.uid).toBe('b1@dot');
    expect(a!.summary).toBe('Стрижка, мастер Айгерим');
    expect(a!.location).toBe('Салон; Абая 10');
    expect(a!.description).toBe(long);
    expect(a!.startDate.toJSDate().getTime()).toBe(Date.UTC(2026, 5, 2, 10));
    expect(a!.endDate.toJSDate().getTime()).toBe(Date.UTC(2026, 5, 2, 11));
    expect(a!.sequence).toBe(3);
    expect(b!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('has UID and DTSTAMP in every event, CRLF only, lines of at most 75 octets', () => {
    const cal = new ICAL.Component(ICAL.parse(text));
    const ms = (t: unknown) => (t instanceof ICAL.Time ? t.toJSDate().getTime() : t);
    expect(cal.getAllSubcomponents('vevent').map((v) => [v.getFirstPropertyValue('uid'), ms(v.getFirstPropertyValue('dtstamp'))])).toEqual([
      ['b1@dot', Date.UTC(2026, 5, 1, 8)],
      ['b2@dot', Date.UTC(2026, 5, 1, 8)],
    ]);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text.split('\r\n').some((l) => l.startsWith(' '))).toBe(true);
  });

  it('folds without splitting a character and unfolds to the original', () => {
    const line = `DESCRIPTION:${escapeText('ә'.repeat(100))}`;
    const folded = foldLine(line);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});
