// Known, varied data for the analytics tests: requests moved through their
// statuses by the real trigger (so request_stage fills as in life, with times
// set back to a made-up history), bookings of two masters, site counters,
// conversations, clients, tasks, invoices and budget lines — around `base`,
// from a seed, so a failing case can be replayed.
import type pg from 'pg';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** A small deterministic generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const WORKFLOW = {
  initial: 'new',
  statuses: [
    {key: 'new', kind: 'open'},
    {key: 'work', kind: 'in_work'},
    {key: 'wait', kind: 'waiting'},
    {key: 'done', kind: 'done'},
    {key: 'cancel', kind: 'cancelled'},
  ].map((s) => ({...s, name: {ru: s.key, kk: '', en: ''}, color: '#64748b'})),
  transitions: [],
};

/** The ways a request goes; "odd" is a status its workflow does not name (counts as open). */
const PATHS = [['new'], ['new', 'work'], ['new', 'work', 'done'], ['new', 'work', 'new', 'done'], ['new', 'cancel'], ['new', 'wait'], ['new', 'done'], ['new', 'odd']];

export type Seeded = {members: string[]; typeId: string; masters: string[]};

async function memberIn(pool: pg.Pool, companyId: string, name: string): Promise<string> {
  const user = crypto.randomUUID();
  await pool.query(`insert into app_user (id, email, name, password_hash) values ($1, $2, $3, 'x')`, [user, `${user}@seed.kz`, name]);
  const id = crypto.randomUUID();
  await pool.query(`insert into member (id, company_id, user_id, name, email, role) values ($1, $2, $3, $4, $5, 'executor')`, [id, companyId, user, name, `${user}@seed.kz`]);
  return id;
}

/** Moves a request to a status by the real trigger, then sets the moment back to `at` on the request and its stages. */
async function move(pool: pg.Pool, id: string, status: string, at: number): Promise<void> {
  await pool.query('update request set status = $2 where id = $1', [id, status]);
  await pool.query('update request_stage set left_at = $2 where request_id = $1 and left_at = (select status_since from request where id = $1)', [id, iso(at)]);
  await pool.query('update request_stage set entered_at = $2 where request_id = $1 and left_at is null', [id, iso(at)]);
  await pool.query('update request set status_since = $2 where id = $1', [id, iso(at)]);
}

export async function seedAnalytics(pool: pg.Pool, companyId: string, ownerId: string, seed: number, base: number, n = 60): Promise<Seeded> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const at = (fromDays: number, toDays: number) => Math.round(base + (fromDays + r() * (toDays - fromDays)) * DAY);
  const members = [ownerId, await memberIn(pool, companyId, 'Айгерим'), await memberIn(pool, companyId, 'Болат')];
  const typeId = crypto.randomUUID();
  await pool.query(`insert into request_type (id, company_id, key, name, workflow) values ($1, $2, $3, '{"ru":"Ремонт"}', $4)`, [
    typeId,
    companyId,
    `t${seed}`,
    JSON.stringify(WORKFLOW),
  ]);
  const clients: string[] = [];
  for (let i = 0; i < 6; i++) {
    const id = crypto.randomUUID();
    await pool.query('insert into client (id, company_id, name, created_at) values ($1, $2, $3, $4)', [id, companyId, `Клиент ${i}`, iso(at(-120, 0))]);
    clients.push(id);
  }
  const items: string[] = [];
  for (let i = 0; i < 2; i++) {
    const id = crypto.randomUUID();
    await pool.query('insert into catalog_item (id, company_id, title) values ($1, $2, $3)', [id, companyId, `Товар ${i}`]);
    items.push(id);
  }
  for (let i = 0; i < n; i++) {
    const id = crypto.randomUUID();
    const created = at(-60, -1);
    const typed = r() < 0.8;
    await pool.query(
      `insert into request (id, company_id, source, status, type_id, responsible_id, department, sla_due_at, deadline, catalog_item_id, client_id, created_at, status_since)
       values ($1, $2, $3, 'new', $4, $5, $6, $7, $8, $9, $10, $11, $11)`,
      [
        id,
        companyId,
        pick(['form', 'qr-table', 'telegram', 'manual', '']),
        typed ? typeId : null,
        r() < 0.8 ? pick(members) : null,
        pick(['', 'Алматы', 'Астана']),
        r() < 0.5 ? iso(created + Math.round(r() * 5 * DAY)) : null,
        r() < 0.3 ? iso(created + Math.round(r() * 5 * DAY)) : null,
        r() < 0.4 ? pick(items) : null,
        r() < 0.6 ? pick(clients) : null,
        iso(created),
      ],
    );
    let t = created;
    for (const status of pick(PATHS).slice(1)) {
      t += Math.round(r() * 3 * DAY);
      await move(pool, id, status, Math.min(t, base));
    }
  }
  const masters = await seedBookings(pool, companyId, members, clients, r, base);
  await seedRest(pool, companyId, members, masters, r, base);
  return {members, typeId, masters};
}

async function seedBookings(pool: pg.Pool, companyId: string, members: string[], clients: string[], r: () => number, base: number): Promise<string[]> {
  const masters: string[] = [];
  const hours = {mon: {open: true, intervals: [{from: '09:00', to: '18:00'}]}, sat: {open: true, intervals: [{from: '10:00', to: '14:00'}]}};
  for (const [i, member] of members.slice(1).entries()) {
    const id = crypto.randomUUID();
    await pool.query(`insert into booking_master (id, company_id, member_id, slug, display_name) values ($1, $2, $3, $4, $5)`, [id, companyId, member, `m${i}-${id.slice(0, 6)}`, `Мастер ${i}`]);
    const place = crypto.randomUUID();
    await pool.query(`insert into booking_place (id, company_id, master_id, name, hours) values ($1, $2, $3, 'Салон', $4)`, [place, companyId, id, JSON.stringify(hours)]);
    await pool.query(`insert into booking_exception (id, company_id, master_id, place_id, day, open, intervals) values ($1, $2, $3, $4, $5, true, $6)`, [
      crypto.randomUUID(),
      companyId,
      id,
      place,
      new Date(base - 10 * DAY).toISOString().slice(0, 10),
      JSON.stringify([{from: '12:00', to: '15:00'}]),
    ]);
    const service = crypto.randomUUID();
    await pool.query(`insert into booking_service (id, company_id, master_id, title, duration_min, price) values ($1, $2, $3, 'Стрижка', 60, 500000)`, [service, companyId, id]);
    // Visits one after another, a few hours apart: never two at once for a master.
    let start = base - 50 * DAY;
    for (let k = 0; k < 25; k++) {
      start += Math.round((1 + r() * 60) * 3600_000);
      const len = Math.round((20 + r() * 70) * 60_000) + Math.round(r() * 59_000);
      await pool.query(
        `insert into booking (id, company_id, master_id, place_id, service_id, service_title, starts_at, ends_at, blocked_until, status, price, source, client_id, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9, $10, $11, $12, $13)`,
        [
          crypto.randomUUID(),
          companyId,
          id,
          place,
          r() < 0.7 ? service : null,
          pick(r, ['Стрижка', 'Окрашивание']),
          iso(start),
          iso(start + len),
          pick(r, ['confirmed', 'confirmed', 'confirmed', 'cancelled', 'no_show']),
          r() < 0.8 ? Math.round(r() * 1_000_000) : null,
          pick(r, ['site', 'qr-table', 'telegram', '']),
          r() < 0.7 ? pick(r, clients) : null,
          iso(start - Math.round(r() * 5 * DAY)),
        ],
      );
    }
    masters.push(id);
  }
  return masters;
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

async function seedRest(pool: pg.Pool, companyId: string, members: string[], masters: string[], r: () => number, base: number): Promise<void> {
  const at = (fromDays: number, toDays: number) => iso(Math.round(base + (fromDays + r() * (toDays - fromDays)) * DAY));
  for (let i = 0; i < 12; i++) {
    await pool.query(`insert into review (id, company_id, rating, master_id, created_at) values ($1, $2, $3, $4, $5)`, [
      crypto.randomUUID(),
      companyId,
      1 + Math.floor(r() * 5),
      pick(r, [...masters, null]),
      at(-50, 0),
    ]);
  }
  for (let i = 0; i < 40; i++) {
    const day = at(-45, 0).slice(0, 10);
    const kind = pick(r, ['view', 'view', 'visitor', 'request', 'click']);
    const page = pick(r, ['home', 'item', 'request', 'book', 'site']);
    const refId = page === 'item' ? pick(r, ['a', 'b', 'c']) : '';
    const source = pick(r, ['', 'qr-table', 'site', 'telegram']);
    await pool.query(
      `insert into site_stat (id, company_id, day, kind, page, ref_id, source, count) values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (id) do nothing`,
      [[companyId, day, kind, page, refId, source, ''].join('|'), companyId, day, kind, page, refId, source, 1 + Math.floor(r() * 30)],
    );
  }
  for (let i = 0; i < 8; i++) {
    await pool.query(`insert into conversation (id, company_id, channel, bot, chat_id, source, created_at) values ($1, $2, 'telegram', 'bot', $3, $4, $5)`, [
      crypto.randomUUID(),
      companyId,
      `chat-${i}-${crypto.randomUUID()}`,
      pick(r, ['', 'qr-table', 'site', 'telegram']),
      at(-45, 0),
    ]);
  }
  for (let i = 0; i < 20; i++) {
    const status = pick(r, ['todo', 'in_progress', 'done', 'done', 'cancelled']);
    const created = at(-50, -5);
    await pool.query(
      `insert into task (id, company_id, title, assignee_id, status, status_since, deadline, closed_at, created_at, updated_at) values ($1, $2, 'Задача', $3, $4, $5, $6, $7, $5, $5)`,
      [crypto.randomUUID(), companyId, pick(r, [...members, null]), status, created, r() < 0.6 ? at(-40, 5) : null, status === 'done' ? at(-40, 0) : null],
    );
  }
  const itemId = crypto.randomUUID();
  await pool.query(`insert into expense_item (id, company_id, name, created_at) values ($1, $2, 'Аренда', now())`, [itemId, companyId]);
  const lines: string[] = [];
  const month = (d: number) => new Date(base + d * DAY).toISOString().slice(0, 7);
  for (const [k, period] of [month(-40), month(-10), month(0).slice(0, 4)].entries()) {
    const id = crypto.randomUUID();
    await pool.query(`insert into budget_line (id, company_id, period, item_id, project, branch, plan, created_at, updated_at) values ($1, $2, $3, $4, $5, $6, $7, now(), now())`, [
      id,
      companyId,
      period,
      itemId,
      k === 1 ? 'Кафе' : '',
      k === 2 ? 'Алматы' : '',
      (k + 1) * 1_000_000_00,
    ]);
    lines.push(id);
  }
  for (let i = 0; i < 15; i++) {
    const amount = 1000 + Math.floor(r() * 5_000_000);
    const created = at(-50, 0);
    await pool.query(
      `insert into invoice (id, company_id, amount, amount_kzt, project, branch, budget_line_id, status, status_since, created_at, updated_at) values ($1, $2, $3, $3, $4, $5, $6, $7, $8, $8, $8)`,
      [
        crypto.randomUUID(),
        companyId,
        amount,
        pick(r, ['', 'Кафе']),
        pick(r, ['', 'Алматы']),
        pick(r, [...lines, null]),
        pick(r, ['received', 'approval', 'approved', 'paying', 'paid', 'closed', 'rejected']),
        created,
      ],
    );
  }
}
