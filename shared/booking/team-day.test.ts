import {describe, expect, it} from 'vitest';
import {mastersDay} from './team-day.ts';

const ZONE = 'Asia/Almaty';
const at = (hhmm: string) => Date.parse(`2030-06-04T${hhmm}:00+05:00`);
const week = (from: string, to: string, days = ['mon', 'tue', 'wed', 'thu', 'fri']) =>
  Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, {open: days.includes(d), intervals: days.includes(d) ? [{from, to}] : []}]),
  );
const master = (id: string, hours: unknown, services = [{archived_at: null}]) => ({
  id,
  slot_step_min: 30,
  services,
  places: [{archived_at: null, hours, timezone: ZONE, exceptions: []}],
});

describe('the salon’s day, master by master', () => {
  const dina = master('dina', week('10:00', '13:00'));
  const off = master('off', week('10:00', '13:00', ['sat']));
  const noServices = master('empty', week('10:00', '13:00'), []);
  const visit = {master_id: 'dina', starts_at: at('11:00'), ends_at: at('12:00'), blocked_until: at('12:00'), status: 'confirmed'};
  const [d, o, e] = mastersDay([dina, off, noServices], [visit], '2030-06-04', ZONE, at('08:00'));

  it('offers the free steps of working time around the bookings', () => {
    expect(d!.bookings).toEqual([visit]);
    expect(d!.cells.map((c) => new Date(c).toISOString().slice(11, 16))).toEqual(['05:00', '05:30', '07:00', '07:30']); // 10:00, 10:30, 12:00, 12:30 in Almaty
    expect(d!.works).toBe(true);
  });

  it('says who is off that day, and offers nothing for a master clients cannot book', () => {
    expect(o!.works).toBe(false);
    expect(o!.cells).toEqual([]);
    expect(e!.works).toBe(true);
    expect(e!.cells).toEqual([]);
  });

  it('offers nothing already past', () => {
    const [late] = mastersDay([dina], [], '2030-06-04', ZONE, at('12:10'));
    expect(late!.cells).toEqual([at('12:30')]);
  });
});
