// /api/v1/calendar/google: a person connects their own Google Calendar (the
// code of Google's consent screen, exchanged at the OAuth token endpoint; or
// a refresh token an administrator or a test already holds), sees its state,
// and disconnects. Tokens are kept sealed; connecting starts a full sync.
import {z} from 'zod';
import type {MemberContext} from '#shared/auth/context.ts';
import {domainError} from '#shared/errors.ts';
import {seesMeetings, seesTasks} from '#shared/tasks/access.ts';
import {enqueue, poolSql} from '../../../jobs/queue.ts';
import type {HttpDeps} from '../../../module/define.ts';
import {route} from '../../../rest/route.ts';
import {consentUrl, exchangeCode, GoogleError, refreshAccess, type Tokens} from './api.ts';
import {saveConnection} from './store.ts';

function assertCalendar(ctx: MemberContext): void {
  if (!seesMeetings(ctx) && !seesTasks(ctx)) throw domainError('not_found');
}

const connectBody = z
  .object({
    code: z.string().trim().min(1, 'v.required').max(2000, 'v.tooLong').optional(),
    redirectUri: z.string().trim().max(2000, 'v.tooLong').url('v.link').optional(),
    refreshToken: z.string().trim().min(1, 'v.required').max(2000, 'v.tooLong').optional(),
  })
  .refine((b) => !!b.refreshToken || (!!b.code && !!b.redirectUri), {message: 'calendar.google.needCode', path: ['code']});

const status = z.object({
  configured: z.boolean(),
  connected: z.boolean(),
  state: z.enum(['active', 'error']).nullable(),
  lastError: z.string(),
  syncedAt: z.number().nullable(),
});

/** Queues the person's sync now (a full one after connecting). */
export function enqueueSync(deps: Pick<HttpDeps, 'pool' | 'clock'>, companyId: string, memberId: string, key: string) {
  return enqueue(poolSql(deps.pool), deps.clock, {queue: 'meeting.gcalSync', companyId, payload: {memberId}, dedupeKey: `gcal:sync:${memberId}:${key}`});
}

export function googleRoutes(deps: Pick<HttpDeps, 'pool' | 'clock' | 'config'>) {
  const settings = deps.config.google;
  const configured = () => !!settings.clientId && !!settings.clientSecret;
  const read = async (ctx: MemberContext) => {
    const {rows} = await deps.pool.query<{state: 'active' | 'error'; last_error: string; synced_at: Date | null}>(
      'select state, last_error, synced_at from google_calendar where member_id = $1 and company_id = $2',
      [ctx.memberID, ctx.companyID],
    );
    const r = rows[0];
    return {configured: configured(), connected: !!r, state: r?.state ?? null, lastError: r?.last_error ?? '', syncedAt: r?.synced_at?.getTime() ?? null};
  };
  const common = {tag: 'calendar', auth: 'member'} as const;

  return [
    route({
      ...common,
      method: 'get',
      path: '/calendar/google',
      summary: 'Whether your Google Calendar is connected for two-way sync, its state and when it last synced',
      response: status,
      async handler({ctx}) {
        assertCalendar(ctx);
        return {body: await read(ctx)};
      },
    }),
    route({
      ...common,
      method: 'get',
      path: '/calendar/google/consent',
      summary: "The address of Google's consent screen (calendar events, offline access); Google sends the person back to redirectUri with ?code=…&state=…",
      query: z.object({redirectUri: z.string().max(2000).url('v.link'), state: z.string().max(200).default('')}),
      response: z.object({url: z.string()}),
      async handler({ctx, query}) {
        assertCalendar(ctx);
        if (!configured()) throw domainError('forbidden_state', {messageKey: 'calendar.google.notConfigured'});
        return {body: {url: consentUrl(settings, query.redirectUri, query.state)}};
      },
    }),
    route({
      ...common,
      method: 'post',
      path: '/calendar/google',
      summary:
        "Connect your Google Calendar: the code Google's consent screen returned (with the same redirectUri), or a refresh token; your meetings and task deadlines appear there, and a meeting you move or delete there moves or is cancelled here",
      body: connectBody,
      response: status,
      async handler({ctx, body}) {
        assertCalendar(ctx);
        if (!configured()) throw domainError('forbidden_state', {messageKey: 'calendar.google.notConfigured'});
        const now = deps.clock.now();
        let tokens: Tokens;
        try {
          tokens = body.refreshToken ? await refreshAccess(settings, body.refreshToken, now) : await exchangeCode(settings, body.code!, body.redirectUri!, now);
        } catch (e) {
          if (e instanceof GoogleError && e.status >= 400 && e.status < 500)
            throw domainError('validation', {fields: [{field: body.refreshToken ? 'refreshToken' : 'code', code: 'calendar.google.refused'}]});
          throw domainError('forbidden_state', {messageKey: 'calendar.google.unreachable'});
        }
        await saveConnection(deps.pool, {memberId: ctx.memberID, companyId: ctx.companyID}, tokens);
        await enqueueSync(deps, ctx.companyID, ctx.memberID, `connect:${now}`);
        return {body: await read(ctx)};
      },
    }),
    route({
      ...common,
      method: 'delete',
      path: '/calendar/google',
      summary: 'Disconnect your Google Calendar: sync stops, its tokens and busy times are forgotten (events already written there stay)',
      status: 204,
      async handler({ctx}) {
        assertCalendar(ctx);
        await deps.pool.query('delete from google_event where member_id = $1 and company_id = $2', [ctx.memberID, ctx.companyID]);
        await deps.pool.query('delete from google_busy where member_id = $1 and company_id = $2', [ctx.memberID, ctx.companyID]);
        await deps.pool.query('delete from google_calendar where member_id = $1 and company_id = $2', [ctx.memberID, ctx.companyID]);
        return {status: 204};
      },
    }),
  ];
}
