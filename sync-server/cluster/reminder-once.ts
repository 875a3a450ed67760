// "Reminders run exactly once whatever the number of API processes", as a
// scenario the pg test and bench/cluster.ts share: a salon books a client by
// email, every API process's clock moves past both reminder moments (24 h and
// 2 h before), and all of them run their due work at the same moment, several
// times. The client must get each reminder once; each reminder job must have
// been taken once (attempts = 1).
import type pg from 'pg';

type Reply = {status: number; body: any};

/** A cookie-keeping REST client (testing/http.ts needs vitest; the bench runs without it). */
function restClient(base: string) {
  let cookie = '';
  return async (method: string, path: string, body?: unknown): Promise<Reply> => {
    const res = await fetch(base + path, {
      method,
      headers: {...(cookie && {cookie}), ...(body !== undefined && {'content-type': 'application/json'}), 'accept-language': 'ru'},
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = res.headers.getSetCookie().find((c) => c.startsWith('dot_session='));
    if (set) cookie = set.split(';')[0]!;
    const text = await res.text();
    return {status: res.status, body: text ? JSON.parse(text) : undefined};
  };
}

function must(r: Reply, what: string): any {
  if (r.status >= 300) throw new Error(`${what}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return r.body;
}

const everyDay = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, {open: true, intervals: [{from: '08:00', to: '22:00'}]}]));

export type ReminderOutcome = {
  /** Reminder emails the client received. */
  mails: number;
  /** The reminder jobs in the queue: one per reminder moment, each taken once. */
  jobs: {state: string; attempts: number}[];
  /** From the clock move to the last reminder email. */
  sentWithinMs: number;
};

export async function reminderOnceAcross(opts: {
  /** Each API process's own address (the test clock is per process). */
  apis: readonly string[];
  pool: pg.Pool;
  /** Subjects of the mails sent to an address so far (the local SMTP server). */
  mailsTo: (email: string) => string[];
}): Promise<ReminderOutcome> {
  const api = restClient(opts.apis[0]!);
  const tag = crypto.randomUUID().slice(0, 8);
  const me = must(
    await api('POST', '/api/v1/auth/signup', {companyName: `Салон ${tag}`, name: 'Дана', email: `owner.${tag}@example.kz`, password: 'password1'}),
    'signup',
  );
  const ids = {master: `m-${tag}`, place: `p-${tag}`, service: `s-${tag}`};
  must(await api('PUT', `/api/v1/booking/masters/${ids.master}`, {memberId: me.member.id, masterSlug: 'dana', displayName: 'Дана', about: ''}), 'master');
  must(await api('PUT', `/api/v1/booking/places/${ids.place}`, {masterId: ids.master, name: 'Салон', timezone: 'Asia/Almaty', hours: everyDay}), 'place');
  must(
    await api('PUT', `/api/v1/booking/services/${ids.service}`, {masterId: ids.master, title: 'Стрижка', durationMin: 60, placeIds: [ids.place]}),
    'service',
  );
  const slots = must(await api('GET', `/api/v1/booking/masters/${ids.master}/slots?serviceId=${ids.service}&placeId=${ids.place}`), 'slots').data as {
    start: number;
  }[];
  // Two days ahead: made before both reminder moments, so both are owed.
  const startsAt = slots.map((s) => s.start).find((s) => s > Date.now() + 2 * 86_400_000);
  if (!startsAt) throw new Error('no free slot two days ahead');
  const email = `client.${tag}@example.kz`;
  const booking = must(
    await api('POST', '/api/v1/booking/bookings', {
      masterId: ids.master,
      placeId: ids.place,
      serviceId: ids.service,
      startsAt,
      clientName: 'Гульнар',
      clientPhone: '+77012223344',
      clientEmail: email,
    }),
    'booking',
  );
  const reminders = () => opts.mailsTo(email).filter((s) => s.includes('Напоминание')).length;
  // Past both moments (24 h and 2 h before) on every process, then everyone at once, three times over.
  const t0 = Date.now();
  for (const base of opts.apis) must(await restClient(base)('POST', '/__test/clock', {now: startsAt - 119 * 60_000}), 'clock');
  for (let round = 0; round < 3; round++) {
    await Promise.all(opts.apis.map(async (base) => must(await restClient(base)('POST', '/__test/jobs/run', {}), 'jobs/run')));
  }
  let sentWithinMs = 0;
  const deadline = Date.now() + 15_000;
  while (reminders() < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  sentWithinMs = Date.now() - t0;
  // Quiet for a while: a duplicate would arrive now if it were coming.
  await new Promise((r) => setTimeout(r, 2000));
  const {rows} = await opts.pool.query<{state: string; attempts: number}>(`select state, attempts from job where dedupe_key like $1 order by dedupe_key`, [
    `booking:remind:${booking.id}:%`,
  ]);
  for (const base of opts.apis) await restClient(base)('POST', '/__test/clock', {reset: true});
  return {mails: reminders(), jobs: rows, sentWithinMs};
}
