// Platform content (issue 18): pages at /p/<slug> (escaped text in the
// visitor's language, a 404 page when missing or unpublished) and the app's
// announcements, scoped to all companies, some, or some plans, within their
// times, with the maintenance banner. On the shared stack: whatever is made
// here is removed at the end.
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {Client, signupCompany} from '../../testing/http.ts';
import {consoleClient} from '../testing.ts';

let pool: pg.Pool;
let admin: Client;
const made: string[] = [];

beforeAll(async () => {
  pool = new pg.Pool({connectionString: inject('pgUrl'), max: 2});
  admin = (await consoleClient(pool, {baseUrl: inject('baseUrl')})).client;
});

afterAll(async () => {
  for (const id of made) await admin.req('DELETE', `/api/v1/platform/announcements/${id}`);
  await admin?.put('/api/v1/platform/settings', {maintenance: null});
  await pool?.query(`delete from platform_page where slug like 'test-%'`);
  await pool?.end();
});

describe('platform pages', () => {
  it('shows a published page as escaped paragraphs in the visitor’s language, Russian where a language is empty', async () => {
    const slug = `test-help-${Date.now()}`;
    const saved = await admin.put(`/api/v1/platform/pages/${slug}`, {
      title: {ru: 'Помощь', kk: 'Көмек', en: ''},
      body: {ru: 'Первый абзац <script>alert(1)</script>\nвторая строка\n\nВторой абзац', kk: 'Бірінші', en: ''},
      published: true,
    });
    expect(saved.status).toBe(200);
    const visitor = new Client();
    const ru = await visitor.req('GET', `/p/${slug}`, undefined, {'accept-language': 'ru'});
    expect(ru.status).toBe(200);
    expect(ru.headers.get('content-type')).toMatch(/text\/html/);
    expect(ru.body).toContain('<h1>Помощь</h1>');
    expect(ru.body).toContain('<p>Первый абзац &lt;script&gt;alert(1)&lt;/script&gt;<br>вторая строка</p><p>Второй абзац</p>');
    expect(ru.body).not.toContain('<script>');
    expect((await visitor.get(`/p/${slug}?lang=kk`)).body).toContain('<h1>Көмек</h1>');
    expect((await visitor.get(`/p/${slug}?lang=en`)).body).toContain('<h1>Помощь</h1>');
    const list = await admin.get('/api/v1/platform/pages');
    expect(list.body.pages).toContainEqual(expect.objectContaining({slug, published: true, title: {ru: 'Помощь', kk: 'Көмек', en: ''}}));

    await admin.put(`/api/v1/platform/pages/${slug}`, {title: {ru: 'Помощь', kk: '', en: ''}, body: {ru: 'Текст', kk: '', en: ''}, published: false});
    const hidden = await visitor.req('GET', `/p/${slug}`, undefined, {'accept-language': 'ru'});
    expect(hidden.status).toBe(404);
    expect(hidden.body).toContain('Страница не найдена');
    expect((await visitor.get('/p/test-no-such-page')).status).toBe(404);
  });

  it('refuses a page without its Russian title, naming the field', async () => {
    const r = await admin.put('/api/v1/platform/pages/test-empty', {title: {ru: '', kk: 'Х', en: 'X'}, body: {ru: 'т', kk: '', en: ''}, published: true});
    expect(r.status).toBe(400);
    expect(r.body.error.fields).toContainEqual(expect.objectContaining({field: 'title.ru'}));
  });

  it('is closed to a company’s session', async () => {
    const {client} = await signupCompany('Чужая консоль');
    expect((await client.get('/api/v1/platform/pages')).status).toBe(401);
  });
});

describe('announcements', () => {
  async function announce(audience: unknown, extra: Record<string, unknown> = {}) {
    const r = await admin.post('/api/v1/platform/announcements', {
      text: {ru: `Объявление ${made.length}`, kk: `Хабарландыру ${made.length}`, en: ''},
      audience,
      ...extra,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    made.push(r.body.announcement.id);
    return r.body.announcement.id as string;
  }
  const seen = async (client: Client, lang = 'ru') => {
    const r = await client.req('GET', '/api/v1/announcements', undefined, {'accept-language': lang});
    expect(r.status).toBe(200);
    return r.body as {announcements: {id: string; text: string; tone: string}[]; maintenance: string | null};
  };
  const ids = (a: Awaited<ReturnType<typeof seen>>) => a.announcements.map((x) => x.id);

  it('a company sees what is meant for it now, in its language; a company not in the audience does not', async () => {
    const a = await signupCompany('Адресат');
    const b = await signupCompany('Не адресат');
    const toA = await announce({companyIds: [a.me.company.id]}, {tone: 'warning'});
    const toAll = await announce({all: true});
    const toFree = await announce({planKeys: ['free']});
    const toOtherPlan = await announce({planKeys: ['no-such-plan']});
    const ended = await announce({all: true}, {startsAt: Date.now() - 3 * 3600_000, endsAt: Date.now() - 3600_000});
    const later = await announce({all: true}, {startsAt: Date.now() + 3600_000});

    const forA = ids(await seen(a.client));
    expect(forA).toEqual(expect.arrayContaining([toA, toAll, toFree]));
    for (const id of [toOtherPlan, ended, later]) expect(forA).not.toContain(id);
    const forB = ids(await seen(b.client));
    expect(forB).toEqual(expect.arrayContaining([toAll, toFree]));
    expect(forB).not.toContain(toA);

    const kk = await seen(a.client, 'kk');
    expect(kk.announcements.find((x) => x.id === toA)).toEqual({id: toA, text: expect.stringMatching(/^Хабарландыру/), tone: 'warning'});
    const en = await seen(a.client, 'en');
    expect(en.announcements.find((x) => x.id === toA)?.text).toMatch(/^Объявление/);

    // Narrowed to A only, then removed: B never sees it, A no longer does.
    await admin.put(`/api/v1/platform/announcements/${toAll}`, {text: {ru: 'Только A', kk: '', en: ''}, audience: {companyIds: [a.me.company.id]}});
    expect(ids(await seen(b.client))).not.toContain(toAll);
    expect((await admin.req('DELETE', `/api/v1/platform/announcements/${toA}`)).status).toBe(204);
    expect(ids(await seen(a.client))).not.toContain(toA);
    expect((await new Client().get('/api/v1/announcements')).status).toBe(401);
  });

  it('carries the maintenance banner from the settings, in the member’s language', async () => {
    const {client} = await signupCompany('Техработы');
    await admin.put('/api/v1/platform/settings', {
      maintenance: {ru: 'Сегодня в 23:00 — обновление', kk: 'Бүгін 23:00-де жаңарту', en: 'Update at 23:00 today'},
    });
    expect((await seen(client, 'kk')).maintenance).toBe('Бүгін 23:00-де жаңарту');
    await admin.put('/api/v1/platform/settings', {maintenance: null});
    expect((await seen(client)).maintenance).toBeNull();
  });

  it('refuses an audience that names nobody, naming the field', async () => {
    const r = await admin.post('/api/v1/platform/announcements', {text: {ru: 'Пусто', kk: '', en: ''}, audience: {companyIds: []}});
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body.error.fields)).toContain('audience');
  });
});
