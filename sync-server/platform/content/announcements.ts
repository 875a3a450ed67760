// Announcements (issue 18): a banner in the app for every company, or those
// named, or those on some plans, between two times. The console writes them;
// any member reads the ones meant for their company now, in their language,
// with the maintenance banner from the settings. Times are the wall clock's
// (the database's now()): an announcement is about the real day.
import {z} from 'zod';
import {domainError} from '#shared/errors.ts';
import type {Locale} from '#shared/i18n/locales.ts';
import {newId} from '../../auth/tokens.ts';
import {auditedTransaction} from '../../db/audit-tx.ts';
import type {HttpDeps} from '../../module/define.ts';
import {route} from '../../rest/route.ts';
import {platformAudit} from '../audit.ts';
import {platformSetting} from './settings.ts';

const text = z.object({
  ru: z.string().trim().min(1, 'v.required').max(500, 'v.tooLong'),
  kk: z.string().trim().max(500, 'v.tooLong'),
  en: z.string().trim().max(500, 'v.tooLong'),
});
const ids = z.array(z.string().min(1).max(64)).min(1, 'v.required').max(1000);
const audience = z.union([z.object({all: z.literal(true)}).strict(), z.object({companyIds: ids}).strict(), z.object({planKeys: ids}).strict()]);
const announcementBody = z
  .object({
    text,
    tone: z.enum(['info', 'warning']).default('info'),
    audience,
    startsAt: z.number().int().nonnegative().optional(),
    endsAt: z.number().int().nonnegative().nullable().default(null),
  })
  .refine((a) => a.endsAt === null || a.startsAt === undefined || a.endsAt > a.startsAt, {message: 'v.invalid', path: ['endsAt']});
const announcementRow = z.object({
  id: z.string(),
  text,
  tone: z.enum(['info', 'warning']),
  audience,
  startsAt: z.number(),
  endsAt: z.number().nullable(),
});
type AnnouncementRow = z.output<typeof announcementRow>;

const SELECT = `select id, text, tone, audience, (extract(epoch from starts_at) * 1000)::float8 as "startsAt",
                       (extract(epoch from ends_at) * 1000)::float8 as "endsAt" from announcement`;
const ts = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms));
const localized = (t: Record<Locale, string>, locale: Locale) => t[locale]?.trim() || t.ru;

export function announcementRoutes(d: HttpDeps) {
  const one = async (id: string) => {
    const {rows} = await d.pool.query<AnnouncementRow>(`${SELECT} where id = $1`, [id]);
    if (!rows[0]) throw domainError('not_found');
    return rows[0];
  };
  return [
    route({
      method: 'get',
      path: '/platform/announcements',
      tag: 'platform',
      summary: 'Every announcement, newest start first',
      auth: 'platform',
      response: z.object({announcements: z.array(announcementRow)}),
      async handler() {
        const {rows} = await d.pool.query<AnnouncementRow>(`${SELECT} order by starts_at desc, created_at desc`);
        return {body: {announcements: rows}};
      },
    }),
    route({
      method: 'post',
      path: '/platform/announcements',
      tag: 'platform',
      summary: 'A new announcement: to all companies, some (companyIds) or those on some plans (planKeys); from startsAt (now) until endsAt (no end)',
      auth: 'platform',
      body: announcementBody,
      status: 201,
      response: z.object({announcement: announcementRow}),
      async handler({ctx, body}) {
        const id = newId();
        await auditedTransaction(d.pool, {actorId: null, via: 'platform', action: 'announcement.create'}, async (client) => {
          await client.query(
            `insert into announcement (id, text, tone, audience, starts_at, ends_at, created_by) values ($1, $2, $3, $4, coalesce($5, now()), $6, $7)`,
            [id, JSON.stringify(body.text), body.tone, JSON.stringify(body.audience), ts(body.startsAt), ts(body.endsAt), ctx.adminID],
          );
          await platformAudit(client, ctx, {action: 'announcement.create', target: id, detail: {audience: body.audience}});
        });
        return {status: 201, body: {announcement: await one(id)}};
      },
    }),
    route({
      method: 'put',
      path: '/platform/announcements/:id',
      tag: 'platform',
      summary: 'Replace an announcement',
      auth: 'platform',
      params: z.object({id: z.string().max(64)}),
      body: announcementBody,
      response: z.object({announcement: announcementRow}),
      async handler({ctx, params, body}) {
        await auditedTransaction(d.pool, {actorId: null, via: 'platform', action: 'announcement.update'}, async (client) => {
          const {rowCount} = await client.query(
            `update announcement set text = $2, tone = $3, audience = $4, starts_at = coalesce($5, starts_at), ends_at = $6 where id = $1`,
            [params.id, JSON.stringify(body.text), body.tone, JSON.stringify(body.audience), ts(body.startsAt), ts(body.endsAt)],
          );
          if (!rowCount) throw domainError('not_found');
          await platformAudit(client, ctx, {action: 'announcement.update', target: params.id, detail: {audience: body.audience}});
        });
        return {body: {announcement: await one(params.id)}};
      },
    }),
    route({
      method: 'delete',
      path: '/platform/announcements/:id',
      tag: 'platform',
      summary: 'Delete an announcement (it disappears from the apps at their next check)',
      auth: 'platform',
      params: z.object({id: z.string().max(64)}),
      status: 204,
      async handler({ctx, params}) {
        await auditedTransaction(d.pool, {actorId: null, via: 'platform', action: 'announcement.delete'}, async (client) => {
          const {rowCount} = await client.query('delete from announcement where id = $1', [params.id]);
          if (!rowCount) throw domainError('not_found');
          await platformAudit(client, ctx, {action: 'announcement.delete', target: params.id});
        });
        return {status: 204};
      },
    }),
    route({
      method: 'get',
      path: '/announcements',
      tag: 'platform',
      summary: "Announcements for the caller's company now (all, by company or by its plan), in the caller's language, and the maintenance banner",
      auth: 'member',
      response: z.object({
        announcements: z.array(z.object({id: z.string(), text: z.string(), tone: z.enum(['info', 'warning'])})),
        maintenance: z.string().nullable(),
      }),
      async handler({ctx, locale}) {
        const {rows} = await d.pool.query<{id: string; text: Record<Locale, string>; tone: 'info' | 'warning'}>(
          `select a.id, a.text, a.tone from announcement a
            where a.starts_at <= now() and (a.ends_at is null or a.ends_at > now())
              and (a.audience @> '{"all": true}'
                   or a.audience -> 'companyIds' ? $1
                   or a.audience -> 'planKeys' ? (select plan_key from company_account where company_id = $1))
            order by a.starts_at desc`,
          [ctx.companyID],
        );
        const maintenance = await platformSetting(d.pool, 'maintenance');
        return {
          body: {
            announcements: rows.map((r) => ({id: r.id, text: localized(r.text, locale), tone: r.tone})),
            maintenance: maintenance ? localized(maintenance, locale) || null : null,
          },
        };
      },
    }),
  ];
}
