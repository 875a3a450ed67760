// Booking throughput on the real service (REST → named mutator → PostgreSQL
// with the exclusion constraint, effects enqueueing notifications): bookings
// one after another, several clients at once on different slots, 50 clients
// on one slot, and the public "choose a time" page. Prints figures only.
import {Client, uniqueEmail} from '#server/testing/http.ts';
import {startStack} from '#server/testing/stack.ts';
import {fmt, stats} from './browser.ts';

const SLOT = 30 * 60_000;

export async function bookingThroughput() {
  const stack = await startStack({sync: false, env: {DOT_JOBS: 'off'}});
  try {
    const owner = new Client(stack.baseUrl);
    const me = (await owner.post('/api/v1/auth/signup', {companyName: 'Throughput', name: 'Мастер', email: uniqueEmail(), password: 'password1'})).body;
    const hours = Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, {open: true, intervals: [{from: '00:00', to: '24:00'}]}]),
    );
    await owner.put('/api/v1/booking/masters/m', {memberId: me.member.id, masterSlug: 'm', displayName: 'Мастер', horizonDays: 180, minNoticeMin: 0});
    await owner.put('/api/v1/booking/places/p', {masterId: 'm', name: 'Студия', timezone: 'Asia/Almaty', hours});
    await owner.put('/api/v1/booking/services/s', {masterId: 'm', title: 'Услуга', durationMin: 30, placeIds: ['p']});
    const base = Math.ceil((Date.now() + 3600_000) / SLOT) * SLOT;
    let next = 0;
    const book = async (startsAt = base + next++ * SLOT, i = next) => {
      const t = performance.now();
      const r = await owner.post('/api/v1/booking/bookings', {
        masterId: 'm',
        placeId: 'p',
        serviceId: 's',
        startsAt,
        clientName: `Клиент ${i}`,
        clientPhone: `+7701${String(i % 10_000_000).padStart(7, '0')}`,
      });
      return {ms: performance.now() - t, status: r.status};
    };
    for (let i = 0; i < 30; i++) await book(); // warm up

    const N = 300;
    const seq: number[] = [];
    const t0 = performance.now();
    for (let i = 0; i < N; i++) seq.push((await book()).ms);
    const seqRate = N / ((performance.now() - t0) / 1000);

    const C = 8;
    const per = 60;
    const par: number[] = [];
    const t1 = performance.now();
    await Promise.all(
      Array.from({length: C}, async () => {
        for (let i = 0; i < per; i++) par.push((await book()).ms);
      }),
    );
    const parRate = (C * per) / ((performance.now() - t1) / 1000);

    const contested = base + next++ * SLOT;
    const t2 = performance.now();
    const race = await Promise.all(Array.from({length: 50}, (_, i) => book(contested, 10_000 + i)));
    const raceMs = performance.now() - t2;

    const page: number[] = [];
    const visitor = new Client(stack.baseUrl);
    const day = new Intl.DateTimeFormat('en-CA', {timeZone: 'Asia/Almaty'}).format(base + 86_400_000);
    for (let i = 0; i < 50; i++) {
      const t = performance.now();
      await visitor.get(`/c/${me.company.slug}/book/m?service=s&place=p&day=${day}`);
      page.push(performance.now() - t);
    }
    return {
      seq: stats(seq),
      seqRate,
      par: stats(par),
      parRate,
      race: {ok: race.filter((r) => r.status === 201).length, refused: race.filter((r) => r.status === 409).length, ms: raceMs},
      page: stats(page.slice(5)),
    };
  } finally {
    await stack.stop();
  }
}

if (import.meta.main) {
  const r = await bookingThroughput();
  console.log(
    `one client after another: ${r.seqRate.toFixed(0)} bookings/s, latency median ${fmt(r.seq.median)}, p90 ${fmt(r.seq.p90)}, max ${fmt(r.seq.max)} (n=${r.seq.n})`,
  );
  console.log(
    `8 clients at once, different slots: ${r.parRate.toFixed(0)} bookings/s, latency median ${fmt(r.par.median)}, p90 ${fmt(r.par.p90)} (n=${r.par.n})`,
  );
  console.log(`50 clients at once on one slot: ${r.race.ok} booked, ${r.race.refused} refused with alternatives, all answered in ${fmt(r.race.ms)}`);
  console.log(`public "choose a time" page (slots computed per request): median ${fmt(r.page.median)}, p90 ${fmt(r.page.p90)}, max ${fmt(r.page.max)}`);
}
