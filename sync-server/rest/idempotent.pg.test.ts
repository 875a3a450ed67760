// Retries and races, as a client with a flaky network and a double-tapping
// user make them: N identical creates sent at once with one Idempotency-Key
// make one record and get N identical answers (byte for byte, the secret
// included); a later retry gets the same; the key reused for another body is
// refused. N racing creates on a unique rule, without a key, give one success
// and clear refusals naming the field — never a 500.
import {createHash} from 'node:crypto';
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {Client, signupCompany, uniqueEmail} from '../testing/http.ts';

const N = 12;
const TEMPLATE = 'finance';
let db: pg.Pool;
let owner: Client;
let me: any;

beforeAll(async () => {
  db = new pg.Pool({connectionString: inject('pgUrl'), max: 2});
  ({client: owner, me} = await signupCompany('Повторы и гонки'));
  const hours = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, {open: true, intervals: [{from: '00:00', to: '24:00'}]}]));
  await owner.put('/api/v1/booking/masters/race-m', {memberId: me.member.id, masterSlug: 'race', displayName: 'Мастер', minNoticeMin: 0, horizonDays: 60});
  await owner.put('/api/v1/booking/places/race-p', {masterId: 'race-m', name: 'Студия', timezone: 'Asia/Almaty', hours});
  await owner.put('/api/v1/booking/services/race-s', {masterId: 'race-m', title: 'Стрижка', durationMin: 30, placeIds: ['race-p']});
});
afterAll(() => db.end());

/** The company's rows of a table ("session where kind = 'api'": API keys are sessions of their own kind). */
const rows = async (from: string) =>
  Number((await db.query(`select count(*) from ${from} ${from.includes(' where ') ? 'and' : 'where'} company_id = $1`, [me.company.id])).rows[0].count);

/** N copies of one request at once: their statuses and raw answers. */
async function burst(method: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  return Promise.all(
    Array.from({length: N}, async () => {
      const res = await fetch(owner.base + path, {
        method,
        headers: {cookie: owner.cookie, 'content-type': 'application/json', ...headers},
        body: JSON.stringify(body),
      });
      return {status: res.status, text: await res.text()};
    }),
  );
}

const slot = () => Math.ceil((Date.now() + 2 * 86_400_000) / 1_800_000) * 1_800_000 + Math.floor(Math.random() * 400) * 1_800_000;

describe('one Idempotency-Key, N copies at once', () => {
  const creates: [string, string, string, () => unknown][] = [
    ['an API key (its secret too)', '/api/v1/api-keys', "session where kind = 'api'", () => ({label: 'Интеграция 1С'})],
    ['an invitation link', '/api/v1/invites', 'invite', () => ({role: 'staff'})],
    [
      'a booking made without a client-made id',
      '/api/v1/booking/bookings',
      'booking',
      () => ({masterId: 'race-m', placeId: 'race-p', serviceId: 'race-s', startsAt: slot(), clientName: 'Айгерим', clientPhone: '+77011112233'}),
    ],
    ['a request', '/api/v1/requests', 'request', () => ({clientPhone: '+77017654321', text: 'Течёт кран'})],
    ['a client', '/api/v1/clients', 'client', () => ({name: 'Ержан', phones: [`+7701${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`]})],
    ['a catalog item', '/api/v1/catalog/items', 'catalog_item', () => ({title: 'Маникюр', priceKind: 'fixed', price: 500_000})],
  ];
  it.each(creates)('%s: one record, N identical answers, and the same answer to a later retry', async (_what, path, table, body) => {
    const key = `race-${path}-${Date.now()}`;
    const payload = body();
    const before = await rows(table);
    const answers = await burst('POST', path, payload, {'idempotency-key': key});
    expect(answers[0]!.status).toBe(201);
    expect(new Set(answers.map((a) => `${a.status} ${a.text}`)).size).toBe(1);
    expect(await rows(table)).toBe(before + 1);
    const later = await owner.post(path, payload, {'idempotency-key': key});
    expect(`${later.status} ${JSON.stringify(later.body)}`).toBe(`${answers[0]!.status} ${answers[0]!.text}`);
    expect(await rows(table)).toBe(before + 1);

    // The key again with another body is a client bug, said so, and makes nothing.
    const other = await owner.post(path, {...(payload as object), extra: 1}, {'idempotency-key': key, 'accept-language': 'en'});
    expect(other.status).toBe(422);
    expect(other.body.error).toMatchObject({code: 'idempotency_key_reused', message: expect.stringMatching(/^This Idempotency-Key/)});
    expect(await rows(table)).toBe(before + 1);
  });

  it('a refused write releases its key: the corrected retry runs', async () => {
    const key = `race-fix-${Date.now()}`;
    const bad = await owner.post('/api/v1/requests', {clientPhone: 'нет', text: 'Течёт кран'}, {'idempotency-key': key});
    expect(bad.status).toBe(400);
    const good = await owner.post('/api/v1/requests', {clientPhone: '+77017654321', text: 'Течёт кран'}, {'idempotency-key': key});
    expect(good.status).toBe(201);
  });

  it('a key whose first copy never answered (the server died mid-write) is released, not refused for a day', async () => {
    const key = `race-abandoned-${Date.now()}`;
    const hash = createHash('sha256').update(`dot-idempotency\u0000${key}`).digest('hex');
    await db.query(`insert into idempotent_answer (company_id, scope, key, fingerprint, created_at) values ($1, $2, $3, 'x', now() - interval '5 minutes')`, [
      me.company.id,
      me.member.id,
      hash,
    ]);
    const made = await owner.post('/api/v1/requests', {clientPhone: '+77017654321', text: 'После сбоя'}, {'idempotency-key': key});
    expect(made.status).toBe(201);
  });

  it('one key of one member never answers another member', async () => {
    const key = `race-member-${Date.now()}`;
    const mine = await owner.post('/api/v1/api-keys', {label: 'мой'}, {'idempotency-key': key});
    const {client: stranger} = await signupCompany('Чужая компания');
    const theirs = await stranger.post('/api/v1/api-keys', {label: 'мой'}, {'idempotency-key': key});
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('the stored answer is sealed: the database holds neither the key nor the secret', async () => {
    const key = `race-sealed-${Date.now()}`;
    const made = await owner.post('/api/v1/api-keys', {label: 'секрет'}, {'idempotency-key': key});
    const stored = (await db.query(`select key, body from idempotent_answer where company_id = $1`, [me.company.id])).rows;
    expect(stored.length).toBeGreaterThan(0);
    expect(JSON.stringify(stored)).not.toContain(made.body.key);
    expect(JSON.stringify(stored)).not.toContain(key);
  });
});

describe('N racing creates on a unique rule, without a key', () => {
  const refusedNaming = (field: string) => (a: {status: number; text: string}) =>
    a.status >= 400 && a.status < 500 && (JSON.parse(a.text).error.fields ?? []).some((f: {field: string}) => f.field === field);

  it('a double-tapped sign-up: one company, the others told the email is taken', async () => {
    const email = uniqueEmail('double');
    const answers = await Promise.all(
      Array.from({length: N}, () => new Client().post('/api/v1/auth/signup', {companyName: 'Двойной тап', name: 'Айбек', email, password: 'password1'})),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status !== 201).every((a) => refusedNaming('email')({status: a.status, text: JSON.stringify(a.body)}))).toBe(true);
  });

  it('companies of one name signing up at once each get their own address', async () => {
    const name = `Одно имя ${Date.now()}`;
    const answers = await Promise.all(
      Array.from({length: N}, () =>
        new Client().post('/api/v1/auth/signup', {companyName: name, name: 'Айбек', email: uniqueEmail('same'), password: 'password1'}),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(N).fill(201));
    expect(new Set(answers.map((a) => a.body.company.slug)).size).toBe(N);
  });

  it('one colleague added N times at once: one member, the others refused naming the email', async () => {
    const email = uniqueEmail('colleague');
    const answers = await burst('POST', '/api/v1/members', {name: 'Коллега', email, role: 'staff', password: 'colleague1'});
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status !== 201).every(refusedNaming('email'))).toBe(true);
  });

  it('one invitation accepted N times at once: one member joins, the others are refused', async () => {
    const invite = await owner.post('/api/v1/invites', {role: 'staff'});
    const token = invite.body.url.split('/invite/')[1];
    const email = uniqueEmail('joiner');
    const answers = await Promise.all(
      Array.from({length: N}, () => new Client().post(`/api/v1/invites/${token}/accept`, {name: 'Коллега', email, password: 'password1'})),
    );
    expect(answers.filter((a) => a.status === 200 || a.status === 201)).toHaveLength(1);
    expect(answers.every((a) => a.status < 500)).toBe(true);
    expect(
      Number((await db.query(`select count(*) from member where company_id = $1 and lower(email) = lower($2)`, [me.company.id, email])).rows[0].count),
    ).toBe(1);
  });

  it('one role template adopted N times at once: one role, every answer the same role', async () => {
    const answers = await burst('POST', '/api/v1/roles', {template: TEMPLATE});
    expect(answers.map((a) => a.status)).toEqual(Array(N).fill(201));
    expect(new Set(answers.map((a) => JSON.parse(a.text).id)).size).toBe(1);
    expect(Number((await db.query(`select count(*) from role where company_id = $1 and key = $2`, [me.company.id, TEMPLATE])).rows[0].count)).toBe(1);
  });
});
