// The private feed's address: made (or replaced) and revoked by its owner
// under /api/v1/calendar/feed; read by calendar apps at /cal/<secret>.ics.
// Only the SHA-256 of the secret is kept (like booking_feed, 0303), so the
// address is shown once, when made; a new one ends the old one.
import {randomBytes} from 'node:crypto';
import express from 'express';
import {z} from 'zod';
import type {MemberContext} from '#shared/auth/context.ts';
import {domainError} from '#shared/errors.ts';
import {seesMeetings, seesTasks} from '#shared/tasks/access.ts';
import {hashSecret} from '../../auth/tokens.ts';
import type {HttpDeps} from '../../module/define.ts';
import {notFoundPage} from '../../public/request-form.ts';
import {sendSuspended} from '../../public/suspended.ts';
import {requestLocale} from '../../rest/locale.ts';
import {route} from '../../rest/route.ts';
import {memberFeed} from './feed.ts';

const TOKEN = /^[A-Za-z0-9_-]{20,80}$/;

/** Whoever has meetings or tasks has a calendar. */
function assertCalendar(ctx: MemberContext): void {
  if (!seesMeetings(ctx) && !seesTasks(ctx)) throw domainError('not_found');
}

export function feedRoutes(deps: Pick<HttpDeps, 'pool' | 'publicUrl'>) {
  const state = z.object({on: z.boolean(), createdAt: z.number().nullable()});
  return [
    route({
      method: 'get',
      path: '/calendar/feed',
      tag: 'calendar',
      auth: 'member',
      summary: 'Whether your private calendar feed is on, and since when (its address is shown only when made: only its hash is kept)',
      response: state,
      async handler({ctx}) {
        assertCalendar(ctx);
        const {rows} = await deps.pool.query<{created_at: Date}>('select created_at from calendar_feed where member_id = $1', [ctx.memberID]);
        return {body: {on: !!rows[0], createdAt: rows[0]?.created_at.getTime() ?? null}};
      },
    }),
    route({
      method: 'post',
      path: '/calendar/feed',
      tag: 'calendar',
      auth: 'member',
      summary:
        'Make (or replace) the secret address of your calendar feed — meetings, task deadlines, bookings — for Google, Apple or Outlook; shown this once, the old address stops working',
      response: state.extend({url: z.string()}),
      async handler({ctx, req}) {
        assertCalendar(ctx);
        const token = randomBytes(24).toString('base64url');
        const {rows} = await deps.pool.query<{created_at: Date}>(
          `insert into calendar_feed (member_id, company_id, token_hash) values ($1, $2, $3)
           on conflict (member_id) do update set token_hash = excluded.token_hash, created_at = now() returning created_at`,
          [ctx.memberID, ctx.companyID, hashSecret(token)],
        );
        return {body: {on: true, createdAt: rows[0]!.created_at.getTime(), url: `${deps.publicUrl(req)}/cal/${token}.ics`}};
      },
    }),
    route({
      method: 'delete',
      path: '/calendar/feed',
      tag: 'calendar',
      auth: 'member',
      summary: 'Turn your calendar feed off: its address stops working',
      status: 204,
      async handler({ctx}) {
        assertCalendar(ctx);
        await deps.pool.query('delete from calendar_feed where member_id = $1 and company_id = $2', [ctx.memberID, ctx.companyID]);
        return {status: 204};
      },
    }),
  ];
}

/** GET /cal/<secret>.ics: the feed itself, never cached (a revoked address must stop at once). */
export function feedPages(deps: Pick<HttpDeps, 'pool' | 'zdb' | 'now'>): express.Router {
  const router = express.Router();
  router.get('/cal/:file', async (req, res, next) => {
    try {
      const token = /^(.*)\.ics$/.exec(String(req.params.file))?.[1] ?? '';
      const {rows} = TOKEN.test(token)
        ? await deps.pool.query<{member_id: string; status: string}>(
            `select f.member_id, c.status from calendar_feed f join member m on m.id = f.member_id join company c on c.id = m.company_id
              where f.token_hash = $1`,
            [hashSecret(token)],
          )
        : {rows: []};
      // A company the platform stopped: "temporarily unavailable", and calendars keep the address (issue 18).
      if (rows[0] && rows[0].status !== 'active') return sendSuspended(req, res);
      const text = rows[0] ? await memberFeed(deps, rows[0].member_id, deps.now()) : null;
      if (text === null)
        return void res
          .status(404)
          .type('html')
          .set('Cache-Control', 'no-store')
          .send(notFoundPage(requestLocale(req), req.originalUrl));
      res.set({
        'Content-Type': 'text/calendar; charset=utf-8',
        'Cache-Control': 'no-store',
        'Content-Disposition': 'inline; filename="dot.ics"',
      });
      res.send(text);
    } catch (e) {
      next(e);
    }
  });
  return router;
}
