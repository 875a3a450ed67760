// The dashboard's REST routes as a caller meets them: the period and its
// previous one, refusals naming the field, sections by permission, another
// company's rows never counted, the one-page PDF; and request_stage, kept by
// the trigger, telling a returned request.
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {colleagueWith, signupCompany, type Client} from '../testing/http.ts';
import {pdfText} from '../testing/pdf.ts';
import {seedAnalytics} from './seed.ts';

const pool = new pg.Pool({connectionString: inject('pgUrl'), max: 2});
afterAll(() => pool.end());

const DAY = 86_400_000;
let owner: Client;
let companyId: string;
const today = () => new Date(Date.now() + 5 * 3600_000).toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() + 5 * 3600_000 - n * DAY).toISOString().slice(0, 10);

beforeAll(async () => {
  const s = await signupCompany('Аналитика: маршруты');
  owner = s.client;
  companyId = s.me.company.id;
  expect((await owner.patch('/api/v1/company/modules', {modules: {finance: true}})).status).toBe(200);
  await seedAnalytics(pool, companyId, s.me.member.id, 5, Date.now(), 30);
  // Another company, busier, on the same days: none of it may show.
  const other = await signupCompany('Аналитика: чужая');
  await seedAnalytics(pool, other.me.company.id, other.me.member.id, 6, Date.now(), 45);
});

const url = (q: Record<string, string>) => `/api/v1/analytics/dashboard?${new URLSearchParams(q)}`;

describe('GET /analytics/dashboard', () => {
  it('answers the period and the one before it, only this company counted', async () => {
    const res = await owner.get(url({from: daysAgo(69), to: today()}));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.current.query).toEqual({from: daysAgo(69), to: today()});
    expect(res.body.current.requests.total + res.body.previous.requests.total).toBe(30);
    expect(res.body.previous.query).toEqual({from: daysAgo(139), to: daysAgo(70)});
    expect(Object.keys(res.body.current).sort()).toEqual(['bookings', 'clients', 'finance', 'funnel', 'now', 'people', 'query', 'requests', 'workload']);
  });

  it('refuses a bad period naming the field', async () => {
    const fields = async (q: Record<string, string>) => {
      const res = await owner.get(url(q));
      expect(res.status).toBe(400);
      return (res.body.error.fields as {field: string; message: string}[]).map((f) => [f.field, f.message]);
    };
    // In the caller's language (Russian by default).
    expect(await fields({from: '2026-02-30', to: '2026-03-01'})).toEqual([['from', 'Введите дату']]);
    expect(await fields({from: '2026-03-02', to: '2026-03-01'})).toEqual([['to', 'Конец периода раньше начала']]);
    expect(await fields({from: '2020-01-01', to: '2026-03-01'})).toEqual([['to', 'Период не длиннее трёх лет']]);
    expect((await fields({to: '2026-03-01'})).map(([f]) => f)).toEqual(['from']);
  });

  it('refuses a member without analytics.read, and shows bookings only to who manages them', async () => {
    const reader = await colleagueWith(pool, owner, companyId, 'reader', ['requests.read']);
    expect((await reader.get(url({from: daysAgo(6), to: today()}))).status).toBe(404);
    expect((await reader.get(`/api/v1/analytics/dashboard.pdf?from=${daysAgo(6)}&to=${today()}`)).status).toBe(404);
    const analyst = await colleagueWith(pool, owner, companyId, 'analyst', ['analytics.read', 'requests.read', 'clients.read']);
    const res = await analyst.get(url({from: daysAgo(69), to: today()}));
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.current).sort()).toEqual(['clients', 'now', 'people', 'query', 'requests']);
    expect(res.body.current.people.rows.every((r: {reviews: number}) => r.reviews === 0)).toBe(true);
  });

  it('prints one A4 page with the figures in words', async () => {
    const res = await fetch(`${inject('baseUrl')}/api/v1/analytics/dashboard.pdf?from=${daysAgo(69)}&to=${today()}`, {headers: {cookie: owner.cookie, 'accept-language': 'ru'}});
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="analytics-${daysAgo(69)}-${today()}.pdf"`);
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
    const text = pdfText(pdf);
    const json = (await owner.get(url({from: daysAgo(69), to: today()}))).body;
    expect(text).toContain(`Заявок: ${json.current.requests.total}`);
    expect(text).toContain('Воронка по источникам');
  });
});

describe('request_stage', () => {
  it('keeps every status a request was in; one that came back to a status is returned', async () => {
    const {rows} = await pool.query<{id: string}>("select id from request_type where company_id = $1 and key like 't%' limit 1", [companyId]);
    const id = crypto.randomUUID();
    const member = (await pool.query<{id: string}>('select id from member where company_id = $1 limit 1', [companyId])).rows[0]!.id;
    await pool.query(`insert into request (id, company_id, source, status, type_id, responsible_id) values ($1, $2, 'form', 'new', $3, $4)`, [id, companyId, rows[0]!.id, member]);
    for (const s of ['work', 'new', 'done']) await pool.query('update request set status = $2 where id = $1', [id, s]);
    const stages = (await pool.query('select status, left_at from request_stage where request_id = $1 order by entered_at, left_at nulls last', [id])).rows;
    expect(stages.map((s) => s.status)).toEqual(['new', 'work', 'new', 'done']);
    expect(stages.map((s) => s.left_at !== null)).toEqual([true, true, true, false]);
    // The seed's requests are a day old or more: today, with this type and person, there is only this one.
    const d = (await owner.get(url({from: today(), to: today(), responsibleId: member, typeId: rows[0]!.id}))).body.current;
    expect(d.requests.total).toBe(1);
    expect(d.requests.stages.map((s: {key: string; n: number}) => [s.key, s.n])).toEqual([
      ['done', 1],
      ['new', 2],
      ['work', 1],
    ]);
    expect(d.people.rows.find((r: {key: string}) => r.key === member)).toMatchObject({assigned: 1, closed: 1, returned: 1});
  });
});
