// The promise made to clients, as properties over random schedules, bookings,
// zones and dates (including the DST changes and Almaty's 2024 move to UTC+5):
// 1. no offered slot overlaps a booking (with its buffer) or a break, or leaves
//    working hours;
// 2. every truly free start of the grid is offered;
// 3. both hold across midnight (night shifts) and in every zone.
// The oracle is independent of the pipeline: it reads each UTC minute's local
// day and time from Intl and checks it against the schedule directly.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {emptyWeek, toMinutes, WEEKDAYS, type Interval, type WeeklyHours} from '../company/hours.ts';
import {nearestSlots} from './alternatives.ts';
import {computeSlots, isOffered, slotsByDay} from './compute.ts';
import type {Slot} from './slots.ts';
import type {DayException} from './working-ranges.ts';
import {addDays, dayOf, localParts} from './zone.ts';

const MIN = 60_000;

type Case = {zone: string; startDay: string; overnight: boolean};
const CASES: Case[] = [
  {zone: 'Asia/Almaty', startDay: '2026-06-01', overnight: true},
  {zone: 'Asia/Qostanay', startDay: '2026-12-30', overnight: true},
  {zone: 'Asia/Kolkata', startDay: '2026-02-27', overnight: true},
  {zone: 'Pacific/Chatham', startDay: '2026-07-10', overnight: true},
  {zone: 'UTC', startDay: '2026-01-01', overnight: true},
  // Offset changes inside the window: shift boundaries stay in daytime, away from the skipped or repeated hour.
  {zone: 'Asia/Almaty', startDay: '2024-02-28', overnight: false},
  {zone: 'Europe/Berlin', startDay: '2026-03-28', overnight: false},
  {zone: 'Europe/Berlin', startDay: '2026-10-24', overnight: false},
  {zone: 'America/St_Johns', startDay: '2026-03-07', overnight: false},
];

const hhmm = (m: number) => (m === 1440 ? '24:00' : `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);

/** 1–2 ordered intervals on half-hour marks; the last may run past midnight. */
function dayIntervals(overnight: boolean) {
  const lo = overnight ? 0 : 12; // half hours: 06:00 when daytime only
  const hi = overnight ? 48 : 44; // 22:00
  return fc
    .array(fc.integer({min: lo, max: hi}), {minLength: 2, maxLength: 4})
    .map((marks) => [...new Set(marks)].sort((a, b) => a - b))
    .chain((marks) => {
      const pairs: Interval[] = [];
      for (let i = 0; i + 1 < marks.length; i += 2) pairs.push({from: hhmm(marks[i]! * 30), to: hhmm(marks[i + 1]! * 30)});
      if (!pairs.length) return fc.constant(pairs);
      return fc.boolean().map((night) => {
        const last = pairs[pairs.length - 1]!;
        // A night shift: the last interval ends after midnight, at most at its own start time.
        if (overnight && night && last.from !== '00:00' && toMinutes(last.from) >= 12 * 60) {
          return [...pairs.slice(0, -1), {from: last.from, to: hhmm(Math.min(toMinutes(last.from) - 30, 6 * 60))}];
        }
        return pairs;
      });
    })
    .filter((ivs) => ivs.every((iv) => iv.from !== '24:00'));
}

function weekArb(overnight: boolean) {
  return fc.array(fc.tuple(fc.boolean(), dayIntervals(overnight)), {minLength: 7, maxLength: 7}).map((days) => {
    const w = emptyWeek();
    days.forEach(([open, intervals], i) => (w[WEEKDAYS[i]!] = {open: open && intervals.length > 0, intervals}));
    return w;
  });
}

type Generated = {
  c: Case;
  hours: WeeklyHours;
  exceptions: DayException[];
  bookings: {id: string; starts_at: number; blocked_until: number; status: string}[];
  step: number;
  duration: number;
  buffer: number;
  nowOffsetMin: number;
  notice: number;
  horizon: number;
};

const generated = fc
  .constantFrom(...CASES)
  .chain((c) =>
    fc.record({
      c: fc.constant(c),
      hours: weekArb(c.overnight),
      exceptions: fc
        .uniqueArray(fc.record({offset: fc.integer({min: -1, max: 4}), open: fc.boolean(), intervals: dayIntervals(c.overnight)}), {
          maxLength: 3,
          selector: (e) => e.offset,
        })
        .map((es) => es.map((e): DayException => ({day: addDays(c.startDay, e.offset), open: e.open && e.intervals.length > 0, intervals: e.intervals}))),
      bookings: fc.array(
        fc.record({
          startMin: fc.integer({min: -24 * 12, max: 5 * 24 * 12}),
          lenMin: fc.integer({min: 1, max: 36}),
          cancelled: fc.boolean(),
        }),
        {maxLength: 14},
      ),
      step: c.zone === 'Pacific/Chatham' ? fc.constant(15) : fc.constantFrom(15, 30),
      duration: fc.integer({min: 1, max: 36}).map((n) => n * 5),
      buffer: fc.constantFrom(0, 0, 5, 10, 15, 30),
      nowOffsetMin: fc.integer({min: 0, max: 24 * 60}),
      notice: fc.constantFrom(0, 30, 60, 120),
      horizon: fc.integer({min: 1, max: 3}),
    }),
  )
  .map((g): Generated => {
    const base = Date.parse(`${g.c.startDay}T00:00:00Z`);
    return {
      ...g,
      bookings: g.bookings.map((b, i) => ({
        id: `b${i}`,
        starts_at: base + b.startMin * 5 * MIN,
        blocked_until: base + (b.startMin + b.lenMin) * 5 * MIN,
        status: b.cancelled ? 'cancelled' : 'confirmed',
      })),
    };
  });

function run(g: Generated) {
  const now = Date.parse(`${g.c.startDay}T00:00:00Z`) + g.nowOffsetMin * MIN;
  const slots = computeSlots({
    schedule: {hours: g.hours, exceptions: g.exceptions, timeZone: g.c.zone},
    bookings: g.bookings,
    service: {duration_min: g.duration, buffer_min: g.buffer},
    master: {slot_step_min: g.step, min_notice_min: g.notice, horizon_days: g.horizon},
    now,
  });
  return {now, slots, earliest: now + g.notice * MIN, latest: now + g.horizon * 86_400_000};
}

/** The oracle: local day and minute of a UTC minute, read from Intl (cached per quarter hour). */
function localReader(zone: string) {
  const cache = new Map<number, {day: string; minute: number}>();
  return (t: number) => {
    const block = Math.floor(t / (15 * MIN)) * 15 * MIN;
    let b = cache.get(block);
    if (!b) {
      const p = localParts(block, zone);
      b = {day: `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`, minute: p.hour * 60 + p.minute};
      cache.set(block, b);
    }
    return {day: b.day, minute: b.minute + (t - block) / MIN};
  };
}

function shifts(g: Generated, day: string): Interval[] {
  const ex = g.exceptions.find((e) => e.day === day);
  if (ex) return ex.open ? [...ex.intervals] : [];
  const w = g.hours[WEEKDAYS[(new Date(Date.parse(`${day}T00:00:00Z`)).getUTCDay() + 6) % 7]!];
  return w.open ? w.intervals : [];
}

function isWorking(g: Generated, local: (t: number) => {day: string; minute: number}, t: number): boolean {
  const {day, minute} = local(t);
  for (const iv of shifts(g, day)) {
    const from = toMinutes(iv.from);
    const to = toMinutes(iv.to);
    if (to > from ? minute >= from && minute < to : minute >= from) return true;
  }
  for (const iv of shifts(g, addDays(day, -1))) {
    const from = toMinutes(iv.from);
    const to = toMinutes(iv.to);
    if (to <= from && minute < to) return true;
  }
  return false;
}

const isBusy = (g: Generated, t: number) => g.bookings.some((b) => b.status === 'confirmed' && t >= b.starts_at && t < b.blocked_until);

/**
 * Every boundary (shift marks on half hours, offsets in whole quarter hours,
 * bookings, durations and buffers in 5 minutes) falls on a 5-minute mark, so
 * looking at each 5-minute stretch is as exact as looking at every minute.
 */
const STEP = 5 * MIN;

function trulyFree(g: Generated, local: (t: number) => {day: string; minute: number}, t: number): boolean {
  for (let m = t; m < t + g.duration * MIN; m += STEP) if (!isWorking(g, local, m)) return false;
  for (let m = t; m < t + (g.duration + g.buffer) * MIN; m += STEP) if (isBusy(g, m)) return false;
  return true;
}

let offeredTotal = 0;
describe('free slots (properties)', () => {
  it('never offers a slot that overlaps a booking or its buffer, a break, or time outside working hours', () => {
    fc.assert(
      fc.property(generated, (g) => {
        const {slots, earliest, latest} = run(g);
        const local = localReader(g.c.zone);
        for (const s of slots) {
          expect(s.start).toBeGreaterThanOrEqual(earliest);
          expect(s.start).toBeLessThan(latest);
          expect(s.end - s.start).toBe(g.duration * MIN);
          for (let m = s.start; m < s.end; m += STEP) expect(isWorking(g, local, m), `working at ${new Date(m).toISOString()}`).toBe(true);
          for (const b of g.bookings) {
            if (b.status !== 'confirmed') continue;
            expect(s.start < b.blocked_until && b.starts_at < s.end + g.buffer * MIN, `overlaps ${b.id}`).toBe(false);
          }
        }
      }),
      {numRuns: 250},
    );
  }, 60_000);

  it('offers every truly free start of the grid (and nothing else)', () => {
    fc.assert(
      fc.property(generated, (g) => {
        const {slots, earliest, latest} = run(g);
        offeredTotal += slots.length;
        const local = localReader(g.c.zone);
        const offered = new Set(slots.map((s) => s.start));
        const first = Math.ceil(earliest / (5 * MIN)) * 5 * MIN;
        for (let t = first; t < latest; t += 5 * MIN) {
          if (local(t).minute % g.step !== 0) continue;
          expect(offered.has(t), `grid start ${new Date(t).toISOString()} (${g.c.zone})`).toBe(trulyFree(g, local, t));
        }
      }),
      {numRuns: 150},
    );
    // The generators must produce real work for the oracle, not empty weeks.
    expect(offeredTotal).toBeGreaterThan(150 * 5);
  }, 60_000);

  it('lists slots in time order, one day per local date of the place', () => {
    fc.assert(
      fc.property(generated, (g) => {
        const {slots} = run(g);
        slots.forEach((s, i) => i && expect(s.start).toBeGreaterThan(slots[i - 1]!.start));
        for (const [day, list] of slotsByDay(slots, g.c.zone)) for (const s of list) expect(dayOf(s.start, g.c.zone)).toBe(day);
        for (const s of slots) expect(isOffered(slots, s.start)).toBe(true);
      }),
      {numRuns: 100},
    );
  }, 60_000);
});

describe('free slots (examples)', () => {
  const week = emptyWeek();
  week.mon = {
    open: true,
    intervals: [
      {from: '09:00', to: '13:00'},
      {from: '14:00', to: '18:00'},
    ],
  };
  const base = {schedule: {hours: week, exceptions: [], timeZone: 'Asia/Almaty'}, master: {slot_step_min: 30, min_notice_min: 0, horizon_days: 1}};
  const at = (hhmm: string) => Date.parse(`2026-06-01T${hhmm}:00+05:00`);
  const times = (slots: Slot[]) => slots.map((s) => new Date(s.start + 5 * 3600_000).toISOString().slice(11, 16));

  it('skips the lunch break and a booking with its buffer; the buffer may run past closing', () => {
    const slots = computeSlots({
      ...base,
      now: at('00:00'),
      service: {duration_min: 60, buffer_min: 15},
      bookings: [{id: 'x', starts_at: at('10:00'), blocked_until: at('11:15'), status: 'confirmed'}],
    });
    expect(times(slots)).toEqual(['11:30', '12:00', '14:00', '14:30', '15:00', '15:30', '16:00', '16:30', '17:00']);
  });

  it('offers the nearest free slots when a wanted time is taken', () => {
    const slots = computeSlots({...base, now: at('00:00'), service: {duration_min: 60, buffer_min: 0}, bookings: []});
    // 12:00 and 14:00 are an hour away; 11:30 and 14:30 tie, and the earlier wins.
    expect(times(nearestSlots(slots, at('13:00'), 3))).toEqual(['11:30', '12:00', '14:00']);
  });
});
