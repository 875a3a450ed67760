// /api/v1 calendar feeds of a master's bookings: the secret .ics address a
// phone's calendar subscribes to, made, replaced or revoked by the master or a
// manager, and the feed itself.
import {randomBytes} from 'node:crypto';
import type express from 'express';
import type pg from 'pg';
import {z} from 'zod';
import type {MemberContext} from '#shared/auth/context.ts';
import {domainError} from '#shared/errors.ts';
import {queries} from '#shared/queries/index.ts';
import {companyRows} from '#shared/queries/scope.ts';
import {hashSecret} from '../auth/tokens.ts';
import {auditedTransaction} from '../db/audit-tx.ts';
import {icsCalendar, sequenceOf, type IcsEvent} from '../public/booking/ics.ts';
import {HttpError} from '../rest/errors.ts';
import {route} from '../rest/route.ts';
import type {ZeroDb} from '../zero/db.ts';

const id = z.object({id: z.string().max(64)});

export function bookingFeedRoutes(deps: {pool: pg.Pool; zdb: ZeroDb; now: () => number; publicUrl: (req: express.Request) => string}) {
  const {zdb} = deps;
  const found = <T>(row: T | undefined): T => {
    if (!row) throw domainError('not_found');
    return row;
  };
  const master = async (ctx: MemberContext, masterId: string) =>
    found((await zdb.run(queries.booking.masters.fn({args: undefined, ctx}))).find((m) => m.id === masterId));
  const feedUrl = (req: express.Request, token: string) => `${deps.publicUrl(req)}/api/v1/booking/feed/${token}.ics`;

  return [
    route({
      method: 'get',
      path: '/booking/masters/:id/feed',
      tag: 'booking',
      auth: 'member',
      summary: "Whether the master's calendar feed is on, and since when (its address is shown only when made: only its hash is kept)",
      params: id,
      response: z.object({on: z.boolean(), createdAt: z.number().nullable(), url: z.null()}),
      async handler({params, ctx}) {
        await master(ctx, params.id);
        const {rows} = await deps.pool.query<{created_at: Date}>('select created_at from booking_feed where id = $1 and company_id = $2', [
          params.id,
          ctx.companyID,
        ]);
        return {body: {on: !!rows[0], createdAt: rows[0]?.created_at.getTime() ?? null, url: null}};
      },
    }),
    route({
      method: 'post',
      path: '/booking/masters/:id/feed',
      tag: 'booking',
      auth: 'member',
      summary: 'Make (or replace) the secret address of the calendar feed, shown this once; the old address stops working',
      params: id,
      response: z.object({on: z.literal(true), createdAt: z.number(), url: z.string()}),
      async handler({params, ctx, req}) {
        await master(ctx, params.id);
        const token = randomBytes(24).toString('base64url');
        const {rows} = await auditedWrite<{created_at: Date}>(
          deps.pool,
          ctx,
          'booking.feed',
          `insert into booking_feed (id, company_id, token_hash) values ($1, $2, $3)
           on conflict (id) do update set token_hash = excluded.token_hash, created_at = now() returning created_at`,
          [params.id, ctx.companyID, hashSecret(token)],
        );
        return {body: {on: true, createdAt: rows[0]!.created_at.getTime(), url: feedUrl(req, token)}};
      },
    }),
    route({
      method: 'delete',
      path: '/booking/masters/:id/feed',
      tag: 'booking',
      auth: 'member',
      summary: 'Turn the calendar feed off',
      params: id,
      status: 204,
      async handler({params, ctx}) {
        await master(ctx, params.id);
        await auditedWrite(deps.pool, ctx, 'booking.feed', 'delete from booking_feed where id = $1 and company_id = $2', [params.id, ctx.companyID]);
        return {status: 204};
      },
    }),
    route({
      method: 'get',
      path: '/booking/feed/:token',
      tag: 'booking',
      auth: 'none',
      summary: "A master's bookings as an iCalendar feed (RFC 5545), for Google Calendar or a phone; the token is the secret",
      params: z.object({token: z.string().max(80)}),
      async handler({params, res}) {
        const token = params.token.replace(/\.ics$/, '');
        const {rows} = await deps.pool.query<{id: string; company_id: string; display_name: string; timezone: string; status: string}>(
          `select m.id, m.company_id, m.display_name, c.timezone, c.status from booking_feed f join booking_master m on m.id = f.id
             join company c on c.id = m.company_id where f.token_hash = $1`,
          [hashSecret(token)],
        );
        const m = rows[0];
        if (!m) throw domainError('not_found');
        // A company the platform stopped: "temporarily unavailable" (issue 18); the calendar asks again later.
        if (m.status !== 'active') throw new HttpError(503, 'suspended', 'pub.suspended');
        const now = deps.now();
        const {events, timeZone} = await masterBookingEvents(zdb, m.company_id, m.id, now);
        res.set({
          'Content-Type': 'text/calendar; charset=utf-8',
          'Cache-Control': 'private, max-age=300',
          'Content-Disposition': 'inline; filename="bookings.ics"',
        });
        // The place's zone when there is a booking, else the company's: an empty feed still names one.
        res.send(icsCalendar({name: m.display_name, now, timeZone: timeZone ?? m.timezone, events}));
      },
    }),
  ];
}

/** A master's bookings of the last 60 days and ahead as calendar events (their feed, and a person's own calendar feed); the zone of their place. */
export async function masterBookingEvents(zdb: ZeroDb, companyId: string, masterId: string, now: number): Promise<{events: IcsEvent[]; timeZone?: string}> {
  const ctx = {kind: 'public', companyID: companyId} as const;
  const list = await zdb.run(
    companyRows('booking', ctx)
      .where('master_id', masterId)
      .where('starts_at', '>', now - 60 * 86_400_000)
      .related('place')
      .orderBy('starts_at', 'asc'),
  );
  const events = list.map((b) => ({
    uid: `${b.id}@dot`,
    stamp: now,
    sequence: sequenceOf(b.updated_at),
    start: b.starts_at,
    end: b.ends_at,
    summary: b.kind === 'block' ? b.note || '—' : `${b.service_title} — ${b.client_name}`,
    location: b.place ? [b.place.name, b.place.address].filter(Boolean).join(', ') : '',
    description: b.kind === 'visit' ? [b.client_phone, b.client_email, b.note].filter(Boolean).join('\n') : '',
    cancelled: b.status !== 'confirmed',
  }));
  return {events, ...(list[0]?.place?.timezone && {timeZone: list[0].place.timezone})};
}

async function auditedWrite<R extends pg.QueryResultRow = pg.QueryResultRow>(
  pool: pg.Pool,
  ctx: MemberContext,
  action: string,
  sql: string,
  params: unknown[],
) {
  return auditedTransaction(pool, {actorId: ctx.memberID, via: 'rest', action}, (client) => client.query<R>(sql, params));
}
