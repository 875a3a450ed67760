// /api/v1/channels: a company connects its own Telegram bot, WhatsApp number or
// VK community. Secrets arrive here only (never through sync, so no device's
// outbox or cache ever holds them), are checked with the channel at once — the
// answer says in plain words what is wrong — and are kept sealed. Telegram's
// webhook is set by us, with a secret token we make; Meta's and VK's are pasted
// into their consoles (the app shows the address).
import {randomBytes} from 'node:crypto';
import {uuidv7} from 'uuidv7';
import {z} from 'zod';
import {domainError} from '#shared/errors.ts';
import {toFieldIssues} from '#shared/validation/issues.ts';
import {CHANNEL_CREDENTIALS} from '#shared/messaging/validation.ts';
import {queries} from '#shared/queries/index.ts';
import type {MessengerKind} from '#schema/tables/messaging.ts';
import {auditedTransaction} from '../db/audit-tx.ts';
import type {HttpDeps} from '../module/define.ts';
import {route} from '../rest/route.ts';
import {rowSchema, toCamel} from '../rest/rows.ts';
import {sealSecrets, type AnySecrets, type Bots} from './bots.ts';
import type {CheckResult} from './channels/types.ts';

const kindParam = z.object({kind: z.enum(['telegram', 'whatsapp', 'vk'])});
const checkResult = z.object({ok: z.boolean(), handle: z.string().optional(), reason: z.string().optional(), detail: z.string().optional()});
const channelRow = rowSchema('messenger_channel');

export function channelRoutes(deps: HttpDeps & {bots: Bots}) {
  const {pool, bots} = deps;

  async function own(companyId: string, kind: MessengerKind) {
    const {rows} = await pool.query<{id: string}>('select id from messenger_channel where company_id = $1 and kind = $2', [companyId, kind]);
    return rows[0]?.id;
  }

  return [
    route({
      method: 'get',
      path: '/channels',
      tag: 'messaging',
      summary: 'The messenger channels the company connected (never their secrets)',
      auth: 'member',
      permission: 'channels.manage',
      response: z.object({data: z.array(channelRow)}),
      async handler({ctx}) {
        return {body: {data: toCamel(await deps.zdb.run(queries.inbox.channels.fn({args: undefined, ctx})))}};
      },
    }),
    route({
      method: 'put',
      path: '/channels/:kind',
      tag: 'messaging',
      summary: 'Connect (or reconnect) the company’s own bot or number; the credentials are checked with the messenger at once',
      auth: 'member',
      permission: 'channels.manage',
      params: kindParam,
      body: z.union([CHANNEL_CREDENTIALS.telegram, CHANNEL_CREDENTIALS.whatsapp, CHANNEL_CREDENTIALS.vk]),
      response: z.object({channel: channelRow, check: checkResult}),
      async handler({params, req, ctx}) {
        const kind = params.kind;
        const body = CHANNEL_CREDENTIALS[kind].safeParse(req.body ?? {});
        if (!body.success) throw domainError('validation', {fields: toFieldIssues(body.error.issues)});
        const id = (await own(ctx.companyID, kind)) ?? uuidv7();
        let secrets: AnySecrets;
        if (kind === 'telegram')
          secrets = {token: (body.data as z.output<typeof CHANNEL_CREDENTIALS.telegram>).token, webhookSecret: randomBytes(24).toString('base64url')};
        else if (kind === 'whatsapp') {
          const b = body.data as z.output<typeof CHANNEL_CREDENTIALS.whatsapp>;
          secrets = {phoneNumberId: b.phoneNumberId, token: b.token, appSecret: b.appSecret, verifyToken: b.verifyToken};
        } else {
          const b = body.data as z.output<typeof CHANNEL_CREDENTIALS.vk>;
          secrets = {groupId: b.groupId, token: b.token, secret: b.secret, confirmation: b.confirmation};
        }
        const api = bots.probe(kind, secrets);
        let check: CheckResult = await api.check();
        if (check.ok && kind === 'telegram') check = await api.connectWebhook(`${deps.publicUrl(req)}/hooks/telegram/${id}`);
        const template = kind === 'whatsapp' ? (body.data as z.output<typeof CHANNEL_CREDENTIALS.whatsapp>).template : '';
        const sealed = await sealSecrets(pool, secrets);
        await auditedTransaction(pool, {actorId: ctx.memberID, via: ctx.via, action: 'channels.connect'}, async (c) => {
          await c.query(
            `insert into messenger_channel (id, company_id, kind, handle, state, last_error, checked_at, wa_template, created_by)
             values ($1, $2, $3, $4, $5, $6, to_timestamp($7 / 1000.0), $8, $9)
             on conflict (id) do update set handle = excluded.handle, state = excluded.state, last_error = excluded.last_error,
               checked_at = excluded.checked_at, wa_template = excluded.wa_template`,
            [
              id,
              ctx.companyID,
              kind,
              check.ok ? check.handle : '',
              check.ok ? 'active' : 'error',
              check.ok ? '' : check.reason,
              deps.now(),
              template,
              ctx.memberID,
            ],
          );
          await c.query(
            `insert into messenger_secret (channel_id, company_id, sealed) values ($1, $2, $3)
             on conflict (channel_id) do update set sealed = excluded.sealed, updated_at = now()`,
            [id, ctx.companyID, sealed],
          );
        });
        bots.forget(kind, id);
        const rows = await deps.zdb.run(queries.inbox.channels.fn({args: undefined, ctx}));
        return {body: {channel: toCamel(rows.find((r) => r.id === id)), check}};
      },
    }),
    route({
      method: 'post',
      path: '/channels/:kind/test',
      tag: 'messaging',
      summary: 'Check the connected channel now: says in plain words what is wrong (a revoked token, a webhook not reachable)',
      auth: 'member',
      permission: 'channels.manage',
      params: kindParam,
      status: 200,
      response: checkResult,
      entity: 'channel',
      async handler({params, ctx}) {
        const id = await own(ctx.companyID, params.kind);
        const bot = id ? await bots.get(params.kind, id) : undefined;
        if (!id || !bot) throw domainError('not_found');
        const check = await bot.api.check();
        await auditedTransaction(pool, {actorId: ctx.memberID, via: ctx.via, action: 'channels.test'}, (c) =>
          c.query(
            `update messenger_channel set state = $2, last_error = $3, checked_at = to_timestamp($4 / 1000.0), handle = case when $5 <> '' then $5 else handle end where id = $1`,
            [id, check.ok ? 'active' : 'error', check.ok ? '' : check.reason, deps.now(), check.ok ? check.handle : ''],
          ),
        );
        return {body: check};
      },
    }),
    route({
      method: 'delete',
      path: '/channels/:kind',
      tag: 'messaging',
      summary: 'Disconnect the company’s own channel (its secrets are deleted; conversations stay)',
      auth: 'member',
      permission: 'channels.manage',
      params: kindParam,
      status: 204,
      entity: 'channel',
      async handler({params, ctx}) {
        const id = await own(ctx.companyID, params.kind);
        if (!id) throw domainError('not_found');
        await auditedTransaction(pool, {actorId: ctx.memberID, via: ctx.via, action: 'channels.disconnect'}, (c) =>
          c.query('delete from messenger_channel where id = $1 and company_id = $2', [id, ctx.companyID]),
        );
        bots.forget(params.kind, id);
        return {status: 204};
      },
    }),
  ];
}
