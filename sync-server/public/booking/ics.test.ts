// The feed must be valid RFC 5545, read back by a real parser (ical.js), and
// keep the rules ical.js does not check: UID and DTSTAMP in every event,
// lines of at most 75 octets, CRLF only, no control characters, at least one
// component. Any text a client may type goes in and comes back out clean.
import fc from 'fast-check';
import ICAL from 'ical.js';
import {describe, expect, it} from 'vitest';
import {eventTexts, expectedText, icsProblems} from '../../testing/ics-check.ts';
import {escapeText, foldLine, icsCalendar, utcOffset, vtimezone} from './ics.ts';

const long = 'Адрес: пр. Абая, 10; Алматы. Перенос или отмена — по ссылке, не позже чем за 3 часа; оплата на месте картой или Kaspi QR.\nВторая строка.';

describe('ics', () => {
  const text = icsCalendar({
    name: 'Записи — Айгерим',
    now: Date.UTC(2026, 5, 1, 8),
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

  it('drops control characters, writes every line break as \\n, and replaces a lone surrogate', () => {
    expect(escapeText('a\u0000b\u0007c\u001Fd\u007Fe\tf')).toBe('abcde\tf');
    expect(escapeText('1\r\n2\r3\n4')).toBe('1\\n2\\n3\\n4');
    expect(escapeText('x\uD800y\uDC00z\uD83D\uDE00')).toBe('x\uFFFDy\uFFFDz\uD83D\uDE00');
  });

  it('passes the strict check, as does the rest of this file’s calendar', () => {
    expect(icsProblems(text)).toEqual([]);
  });
});

describe('ics, any text', () => {
  // Characters that break calendars when written raw, Kazakh and Russian letters (2 octets each) and an emoji (4).
  const tricky = ['\\', ';', ',', ':', '"', '\n', '\r', '\r\n', '\t', ' ', '\u0000', '\u0001', '\u001B', '\u007F', '\u0085', '\uD800', '\uDC00', '\uFEFF'];
  const letters = [...'әғқңөұүһіЁЖЩЯжщя', '😀', 'Айгерим Сәрсенбайқызы'];
  const char = fc.oneof(fc.constantFrom(...tricky), fc.constantFrom(...letters), fc.string({unit: 'binary', minLength: 1, maxLength: 1}));
  const anyText = fc.oneof(fc.string({unit: char, maxLength: 200}), fc.string({unit: 'binary', maxLength: 200}));
  const at = Date.UTC(2026, 5, 1, 8);

  it('makes a valid calendar that ical.js reads back as the text minus the dropped control characters', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (name, note, place) => {
        const doc = icsCalendar({
          name,
          now: at,
          timeZone: 'Asia/Almaty',
          events: [{uid: 'b1@dot', stamp: at, sequence: 1, start: at, end: at + 3_600_000, summary: `Стрижка — ${name}`, description: note, location: place}],
        });
        expect(icsProblems(doc)).toEqual([]);
        const [e] = eventTexts(doc);
        expect(e!.summary).toBe(expectedText(`Стрижка — ${name}`));
        // A value with nothing left after cleaning is left out.
        expect(e!.description ?? '').toBe(expectedText(note));
        expect(e!.location ?? '').toBe(expectedText(place));
      }),
      {numRuns: 300},
    );
  });

  it('makes a valid calendar with no bookings: its one component is the zone', () => {
    const doc = icsCalendar({name: 'Пусто', now: at, timeZone: 'Asia/Qyzylorda', events: []});
    expect(icsProblems(doc)).toEqual([]);
    const zone = new ICAL.Component(ICAL.parse(doc)).getFirstSubcomponent('vtimezone')!;
    expect(zone.getFirstPropertyValue('tzid')).toBe('Asia/Qyzylorda');
    const standard = zone.getFirstSubcomponent('standard')!;
    expect(String(standard.getFirstPropertyValue('tzoffsetto'))).toBe('+05:00');
    expect(String(standard.getFirstPropertyValue('tzoffsetfrom'))).toBe('+05:00');
  });

  it('writes a zone’s offset from Intl, and an unknown zone as Asia/Almaty rather than failing', () => {
    expect(vtimezone('Asia/Almaty', at)).toContain('TZOFFSETTO:+0500');
    expect(vtimezone('America/St_Johns', Date.UTC(2026, 0, 15))).toContain('TZOFFSETTO:-0330');
    expect([utcOffset(0), utcOffset(345), utcOffset(-60)]).toEqual(['+0000', '+0545', '-0100']);
    const doc = icsCalendar({name: 'x', now: at, timeZone: 'Mars/Olympus', events: []});
    expect(icsProblems(doc)).toEqual([]);
    expect(doc).toContain('TZID:Asia/Almaty\r\n');
  });
});
