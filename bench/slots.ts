// Slot computation (shared/booking): a master with 3 places, 30 days ahead and
// 1 000 existing bookings — the public page's "which days, which times".
// Pure CPU: no database, the same function the server and the phones run.
import {computeSlots} from '#shared/booking/compute.ts';
import {emptyWeek, WEEKDAYS} from '#shared/company/hours.ts';
import type {BusyBooking} from '#shared/booking/busy.ts';
import {fmt, stats} from './browser.ts';

const NOW = Date.parse('2030-06-03T08:00:00+05:00');
const DAY = 86_400_000;

function place(i: number) {
  const hours = emptyWeek();
  WEEKDAYS.forEach((d, k) => {
    // Different weeks per place; one has a night shift past midnight.
    if ((k + i) % 7 === 6) return;
    hours[d] = {
      open: true,
      intervals:
        i === 2
          ? [{from: '18:00', to: '02:00'}]
          : [
              {from: '09:00', to: '13:00'},
              {from: '14:00', to: '20:00'},
            ],
    };
  });
  return {
    hours,
    timeZone: 'Asia/Almaty',
    exceptions: [
      {day: '2030-06-12', open: false, intervals: []},
      {day: '2030-06-20', open: true, intervals: [{from: '10:00', to: '14:00'}]},
    ],
  };
}

function bookings(n: number): BusyBooking[] {
  // 1 000 bookings spread over the 30 days (about 33 a day across the places), 30–90 minutes each.
  let x = 7;
  const out: BusyBooking[] = [];
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const start = NOW + (x % (30 * 24 * 4)) * 15 * 60_000;
    out.push({id: `b${i}`, starts_at: start, blocked_until: start + (30 + (x % 4) * 20) * 60_000, status: i % 10 === 0 ? 'cancelled' : 'confirmed'});
  }
  return out;
}

export function slots() {
  const places = [0, 1, 2].map(place);
  const list = bookings(1000);
  const master = {slot_step_min: 15, min_notice_min: 60, horizon_days: 30};
  const service = {duration_min: 60, buffer_min: 15};
  const run = () => places.reduce((n, schedule) => n + computeSlots({schedule, bookings: list, service, master, now: NOW}).length, 0);
  for (let i = 0; i < 50; i++) run(); // warm up the JIT
  const samples: number[] = [];
  let offered = 0;
  for (let i = 0; i < 300; i++) {
    const t = performance.now();
    offered = run();
    samples.push(performance.now() - t);
  }
  const s = stats(samples);
  const p99 = [...samples].sort((a, b) => a - b)[Math.floor(samples.length * 0.99)]!;
  return {...s, p99, offered, days: 30, places: 3, bookings: list.length, horizonEnd: NOW + 30 * DAY};
}

if (import.meta.main) {
  const r = slots();
  console.log(
    `slots for 3 places × 30 days with ${r.bookings} bookings (${r.offered} offered): median ${fmt(r.median)}, p90 ${fmt(r.p90)}, p99 ${fmt(r.p99)}, max ${fmt(r.max)} over ${r.n} runs`,
  );
}
