// Bookings in the client's story (K1 × B1): a booking finds or makes its
// client like a request does — from the public page, the app and REST — so a
// person who books and later calls is one repeat client; merges move bookings
// and undo moves them back; and nothing of it crosses companies or reaches a
// role that may not see bookings.
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Permission} from '#shared/auth/permissions.ts';
import {queries} from '#shared/queries/index.ts';
import {Client, colleagueWith as colleague, ownerContext} from '../testing/http.ts';
import {bookPublicly as book, freeSlots, salon, type Salon} from '../testing/salon.ts';
import {createZeroDb} from '../zero/db.ts';

let db: pg.Pool;
const bookPublicly = async (s: Salon, who: {name: string; phone: string; email?: string}) => (await book(s, who)).id;
const colleagueWith = (owner: Client, companyId: string, key: string, permissions: Permission[]) => colleague(db, owner, companyId, key, permissions);
beforeAll(() => {
  db = new pg.Pool({connectionString: inject('pgUrl')});
});
afterAll(() => db.end());

const HOUR = 3_600_000;

async function bookingRow(s: Salon, id: string) {
  const r = await s.owner.get(`/api/v1/booking/bookings?masterId=${s.master}&from=0&to=${8.64e15}`);
  return (r.body.data as any[]).find((b) => b.id === id);
}

async function clientCard(c: Client, id: string) {
  const r = await c.get(`/api/v1/clients/${id}`);
  expect(r.status).toBe(200);
  return r.body;
}

describe('CRM × booking: one client across a booking and a call', () => {
  it('lands a public booking and a later request with the phone typed differently on one repeat client', async () => {
    const s = await salon('CRM Booking Co');
    const bookingId = await bookPublicly(s, {name: 'Мадина', phone: '+7 705 123 45 67', email: 'Madina@Mail.kz'});
    const booked = await bookingRow(s, bookingId);
    expect(booked.clientId).toEqual(expect.any(String));

    // She calls later; staff type the number the way she says it.
    const call = await s.owner.post('/api/v1/requests', {clientPhone: '8 (705) 123-45-67', text: 'Хочу перенести и спросить про окрашивание'});
    expect(call.status).toBe(201);
    expect(call.body.clientId).toBe(booked.clientId);

    const list = await s.owner.get('/api/v1/clients');
    expect(list.body.total).toBe(1);
    expect(list.body.data[0]).toMatchObject({
      id: booked.clientId,
      name: 'Мадина',
      source: 'booking',
      phones: ['+77051234567'],
      emails: ['madina@mail.kz'],
      stats: {requests: 1, bookings: 1, visits: 0, repeat: true},
    });
    expect((await s.owner.get('/api/v1/clients?repeat=yes')).body.total).toBe(1);
    const card = await clientCard(s.owner, booked.clientId);
    expect(card.bookingIds).toEqual([bookingId]);
    expect(card.requestIds).toEqual([call.body.id]);

    // A visit that took place (booked by the master for a client who phoned, yesterday) counts as one.
    const past = await s.owner.post('/api/v1/booking/bookings', {
      masterId: s.master,
      placeId: s.place,
      serviceId: s.service,
      kind: 'visit',
      startsAt: Math.floor((Date.now() - 26 * HOUR) / 300_000) * 300_000,
      clientName: 'Мадина',
      clientPhone: '7051234567',
    });
    expect(past.status, JSON.stringify(past.body)).toBe(201);
    expect(past.body.clientId).toBe(booked.clientId);
    expect((await clientCard(s.owner, booked.clientId)).stats).toMatchObject({requests: 1, bookings: 2, visits: 1, repeat: true});

    // A no-show is a contact, not a visit.
    expect((await s.owner.patch(`/api/v1/booking/bookings/${past.body.id}`, {status: 'no_show'})).status).toBe(200);
    expect((await clientCard(s.owner, booked.clientId)).stats).toMatchObject({bookings: 2, visits: 0});

    // Time the master blocks for themselves belongs to no client.
    const [free] = await freeSlots(s);
    const block = await s.owner.post('/api/v1/booking/bookings', {
      masterId: s.master,
      placeId: s.place,
      kind: 'block',
      startsAt: free,
      endsAt: free! + HOUR,
      note: 'Обед',
    });
    expect(block.status).toBe(201);
    expect(block.body.clientId).toBeNull();
    expect((await s.owner.get('/api/v1/clients')).body.total).toBe(1);
  });
});

describe('CRM × booking: merge and undo', () => {
  it('moves the booking to the survivor and back, and later bookings follow the merge', async () => {
    const s = await salon('CRM Booking Merge Co');
    const asel = (await s.owner.post('/api/v1/clients', {name: 'Асель Нурланова', phones: ['8 701 000 00 01']})).body;
    // The same person books from a second number: the booking makes a record of its own.
    const bookingId = await bookPublicly(s, {name: 'Asel', phone: '+7 701 000 00 02'});
    const other = (await bookingRow(s, bookingId)).clientId;
    expect(other).not.toBe(asel.id);
    expect((await clientCard(s.owner, other)).source).toBe('booking');

    const merge = await s.owner.post('/api/v1/clients/merge', {survivorId: asel.id, mergedId: other});
    expect(merge.status).toBe(201);
    expect(merge.body.moved.bookings).toEqual([bookingId]);
    expect((await bookingRow(s, bookingId)).clientId).toBe(asel.id);
    const merged = await clientCard(s.owner, asel.id);
    expect(merged.bookingIds).toEqual([bookingId]);
    expect(merged.stats).toMatchObject({bookings: 1});
    // A booking from the merged record's number now finds the survivor.
    const again = await bookPublicly(s, {name: 'Asel', phone: '87010000002'});
    expect((await bookingRow(s, again)).clientId).toBe(asel.id);

    const undone = await s.owner.post(`/api/v1/clients/merges/${merge.body.id}/undo`);
    expect(undone.status).toBe(200);
    expect((await bookingRow(s, bookingId)).clientId).toBe(other);
    expect((await clientCard(s.owner, other)).bookingIds).toEqual([bookingId]);
    // The booking made while merged stays with the survivor.
    expect((await clientCard(s.owner, asel.id)).bookingIds).toEqual([again]);

    // Forgetting a client leaves their bookings in the diary, unlinked.
    expect((await s.owner.req('DELETE', `/api/v1/clients/${other}`)).status).toBeLessThan(300);
    expect((await bookingRow(s, bookingId)).clientId).toBeNull();
  });
});

describe('CRM × booking: who sees what', () => {
  it('keeps each company’s clients and bookings to itself, and bookings from roles without booking access', async () => {
    const a = await salon('CRM Booking Tenancy A');
    const b = await salon('CRM Booking Tenancy B');
    const phone = '+7 707 555 00 11';
    const bookingA = await bookPublicly(a, {name: 'Секрет А', phone});
    const clientA = (await bookingRow(a, bookingA)).clientId;
    // The same person books at the other company: a client of its own, never A's.
    const bookingB = await bookPublicly(b, {name: 'Клиент Б', phone: '87075550011'});
    const clientB = (await bookingRow(b, bookingB)).clientId;
    expect(clientB).toEqual(expect.any(String));
    expect(clientB).not.toBe(clientA);
    expect((await b.owner.get(`/api/v1/clients/${clientA}`)).status).toBe(404);
    expect((await clientCard(b.owner, clientB)).bookingIds).toEqual([bookingB]);

    const zdb = createZeroDb(db);
    const ctxB = ownerContext(b.me);
    const rows = await zdb.run(queries.clients.bookings.fn({args: undefined, ctx: ctxB}));
    expect(rows.map((r) => r.id)).toEqual([bookingB]);
    expect(JSON.stringify(rows)).not.toContain('Секрет А');
    expect(JSON.stringify(rows)).not.toContain(a.me.company.id);

    // A role that reads clients but not bookings sees the client, without their bookings or visits.
    const reader = await colleagueWith(a.owner, a.me.company.id, 'crm-reader', ['clients.read', 'clients.contacts']);
    const seen = await clientCard(reader, clientA);
    expect(seen.bookingIds).toEqual([]);
    expect(seen.stats).toMatchObject({bookings: 0, visits: 0});
    // A master (booking.own) who is not this booking's master does not see it either.
    const otherMaster = await colleagueWith(a.owner, a.me.company.id, 'master-2', ['clients.read', 'booking.own']);
    expect((await clientCard(otherMaster, clientA)).bookingIds).toEqual([]);
    // Staff and admins of the company do.
    expect((await clientCard(a.owner, clientA)).bookingIds).toEqual([bookingA]);
  });
});
