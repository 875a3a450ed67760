// P1: tenants never see each other — through REST, the named queries behind
// sync, or public pages. (The sync transport itself is checked in e2e, in
// real Chromium, by reading the WebSocket frames.)
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {queries} from '#shared/queries/index.ts';
import {createZeroDb} from './zero/db.ts';
import {Client, ownerContext, signupCompany} from './testing/http.ts';

let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({connectionString: inject('pgUrl')});
});
afterAll(() => pool.end());

describe('two companies on one installation', () => {
  it('never show one company’s rows to the other', async () => {
    const a = await signupCompany('Компания А');
    const b = await signupCompany('Компания Б');
    const created = await a.client.post('/api/v1/requests', {clientName: 'Секрет А', clientPhone: '+77010000001', text: 'только для А'});
    await a.client.post(`/api/v1/requests/${created.body.id}/comments`, {body: 'коммент А'});
    await fetch(`${inject('baseUrl')}/c/${a.me.company.slug}/request`, {
      method: 'POST',
      headers: {'content-type': 'application/x-www-form-urlencoded'},
      body: new URLSearchParams({phone: '+77010000002', text: 'публичная А'}).toString(),
      redirect: 'manual',
    });

    const itemA = await a.client.post('/api/v1/catalog/items', {title: 'Товар А', price: 100});
    await a.client.patch('/api/v1/company/profile', {description: 'Описание А'});

    // REST: lists are empty, direct reads and writes by id are "not found".
    expect((await b.client.get('/api/v1/requests')).body.data).toEqual([]);
    expect((await b.client.get(`/api/v1/requests/${created.body.id}`)).status).toBe(404);
    expect((await b.client.get(`/api/v1/requests/${created.body.id}/history`)).status).toBe(404);
    expect((await b.client.patch(`/api/v1/requests/${created.body.id}`, {status: 'done'})).status).toBe(404);
    expect((await b.client.post(`/api/v1/requests/${created.body.id}/comments`, {body: 'чужой'})).status).toBe(404);
    expect((await b.client.get('/api/v1/members')).body.data.map((m: any) => m.companyId)).toEqual([b.me.company.id]);
    // B's attempt to reuse A's request id does not touch A's row.
    await b.client.post('/api/v1/requests', {id: created.body.id, clientPhone: '+77010000003', text: 'подмена'});
    expect((await a.client.get(`/api/v1/requests/${created.body.id}`)).body.text).toBe('только для А');

    // Every named query the devices sync, run with B's context, returns none of A's rows.
    const zdb = createZeroDb(pool);
    const ctxB = ownerContext(b.me);
    const results = [
      await zdb.run(queries.requests.list.fn({args: undefined, ctx: ctxB})),
      await zdb.run(queries.requests.history.fn({args: {id: created.body.id}, ctx: ctxB})),
      await zdb.run(queries.team.members.fn({args: undefined, ctx: ctxB})),
      await zdb.run(queries.team.roles.fn({args: undefined, ctx: ctxB})),
      [await zdb.run(queries.company.current.fn({args: undefined, ctx: ctxB}))],
      [await zdb.run(queries.requests.card.fn({args: {id: created.body.id}, ctx: ctxB}))],
      await zdb.run(queries.catalog.items.fn({args: undefined, ctx: ctxB})),
      await zdb.run(queries.catalog.categories.fn({args: undefined, ctx: ctxB})),
      [await zdb.run(queries.catalog.item.fn({args: {id: itemA.body.id}, ctx: ctxB}))],
      [await zdb.run(queries.site.profile.fn({args: undefined, ctx: ctxB}))],
      await zdb.run(queries.site.reviews.fn({args: undefined, ctx: ctxB})),
      await zdb.run(queries.site.stats.fn({args: {since: '2000-01-01'}, ctx: ctxB})),
      await zdb.run(queries.site.slugs.fn({args: undefined, ctx: ctxB})),
    ];
    const text = JSON.stringify(results);
    expect(text).not.toContain(a.me.company.id);
    expect(text).not.toContain('Секрет А');
    expect(text).not.toContain('публичная А');
    expect(text).not.toContain('Товар А');
    expect(text).not.toContain('Описание А');
    expect((await b.client.get(`/api/v1/catalog/items/${itemA.body.id}`)).status).toBe(404);
    expect((await b.client.patch(`/api/v1/catalog/items/${itemA.body.id}`, {title: 'чужой'})).status).toBe(404);

    // A context without the permission reads nothing at all.
    const noRead = {...ctxB, permissions: []};
    expect(await zdb.run(queries.requests.list.fn({args: undefined, ctx: noRead}))).toEqual([]);

    // Public pages of B show B only.
    const page = await new Client().get(`/c/${b.me.company.slug}/request`);
    expect(page.body).toContain('Компания Б');
    expect(page.body).not.toContain('Компания А');
  });

  it('keeps booking apart: masters, places, services, bookings, sends and feeds', async () => {
    const a = await signupCompany('Салон А');
    const b = await signupCompany('Салон Б');
    const hours = Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, {open: true, intervals: [{from: '00:00', to: '24:00'}]}]),
    );
    await a.client.req('PUT', '/api/v1/booking/masters/ten-m', {memberId: a.me.member.id, masterSlug: 'secret', displayName: 'Мастер А'});
    await a.client.req('PUT', '/api/v1/booking/places/ten-p', {masterId: 'ten-m', name: 'Место А', timezone: 'Asia/Almaty', hours});
    await a.client.req('PUT', '/api/v1/booking/services/ten-s', {masterId: 'ten-m', title: 'Услуга А', durationMin: 30, placeIds: ['ten-p']});
    const startsAt = Math.ceil((Date.now() + 86_400_000) / 1_800_000) * 1_800_000;
    const booked = await a.client.post('/api/v1/booking/bookings', {
      masterId: 'ten-m',
      placeId: 'ten-p',
      serviceId: 'ten-s',
      startsAt,
      clientName: 'Клиент А',
      clientPhone: '+77010000009',
    });
    expect(booked.status).toBe(201);

    const zdb = createZeroDb(pool);
    const ctxB = ownerContext(b.me);
    const results = [
      await zdb.run(queries.booking.masters.fn({args: undefined, ctx: ctxB})),
      await zdb.run(queries.booking.bookings.fn({args: {masterId: 'ten-m', from: 0, to: 9e15}, ctx: ctxB})),
      await zdb.run(queries.booking.mass.fn({args: {masterId: 'ten-m'}, ctx: ctxB})),
      await zdb.run(queries.booking.reviews.fn({args: {masterId: 'ten-m'}, ctx: ctxB})),
      await zdb.run(queries.booking.sendLog.fn({args: {masterId: 'ten-m'}, ctx: ctxB})),
      await zdb.run(queries.booking.teamBookings.fn({args: {from: 0, to: 9e15}, ctx: ctxB})),
      await zdb.run(queries.notifications.mine.fn({args: undefined, ctx: ctxB})),
    ];
    const text = JSON.stringify(results);
    for (const secret of [a.me.company.id, 'Мастер А', 'Место А', 'Услуга А', 'Клиент А']) expect(text).not.toContain(secret);
    expect((await b.client.get('/api/v1/booking/bookings?masterId=ten-m&from=0&to=9999999999999')).body.data).toEqual([]);
    expect((await b.client.post(`/api/v1/booking/bookings/${booked.body.id}/cancel`, {reason: 'чужой'})).status).toBe(404);
    expect((await b.client.get('/api/v1/booking/masters/ten-m/feed')).status).toBe(404);
    expect((await b.client.req('PUT', '/api/v1/booking/places/ten-p', {masterId: 'ten-m', name: 'x', timezone: 'UTC', hours})).status).toBe(404);
    // A's master is not reachable under B's address.
    expect((await new Client().get(`/c/${b.me.company.slug}/book/secret`)).status).toBe(404);
    expect((await a.client.get(`/api/v1/booking/bookings?masterId=ten-m&from=0&to=9999999999999`)).body.data[0].status).toBe('confirmed');
  });
});
