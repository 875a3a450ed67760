// Connection requests (issue 18): the public form (/connect, form.ts) fills a
// queue; the console lists it and approves (a company and its owner's
// invitation, decide.ts) or declines with a reason.
import {z} from 'zod';
import {definePlatformArea} from '../area.ts';
import {route} from '../../rest/route.ts';
import {useSettingsConfig} from '../content/settings.ts';
import {approveRequest, declineRequest} from './decide.ts';
import {connectPages} from './form.ts';

const STATUSES = ['new', 'approved', 'declined'] as const;

const requestRow = z.object({
  id: z.string(),
  businessName: z.string(),
  personName: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  city: z.string().nullable(),
  businessKind: z.string().nullable(),
  message: z.string().nullable(),
  locale: z.string(),
  status: z.enum(STATUSES),
  reason: z.string().nullable(),
  companyId: z.string().nullable(),
  createdAt: z.number(),
  decidedAt: z.number().nullable(),
});
type RequestRow = z.output<typeof requestRow>;

export const connectArea = definePlatformArea({
  pages: (d) => connectPages(d),
  routes: (d) => {
    useSettingsConfig(d.config);
    return [
      route({
        method: 'get',
        path: '/platform/connection-requests',
        tag: 'platform',
        summary: 'Connection requests from the public /connect form, newest first (`status`: new, approved or declined; all when absent)',
        auth: 'platform',
        query: z.object({status: z.enum(STATUSES).optional()}),
        response: z.object({requests: z.array(requestRow)}),
        async handler({query}) {
          const {rows} = await d.pool.query<RequestRow>(
            `select id, business_name as "businessName", person_name as "personName", email, phone, city,
                    business_kind as "businessKind", message, locale, status, reason, company_id as "companyId",
                    (extract(epoch from created_at) * 1000)::float8 as "createdAt",
                    (extract(epoch from decided_at) * 1000)::float8 as "decidedAt"
               from connection_request where $1::text is null or status = $1
              order by created_at desc limit 500`,
            [query.status ?? null],
          );
          return {body: {requests: rows}};
        },
      }),
      route({
        method: 'post',
        path: '/platform/connection-requests/:id/approve',
        tag: 'platform',
        summary:
          "Approve: creates the company (with its roles and profile, no member) on the plan chosen (else the settings' default) and " +
          "invites the request's email to the founder's role. `inviteUrl` only when the invitation could not be emailed. 409 when already decided",
        auth: 'platform',
        params: z.object({id: z.string().max(64)}),
        body: z.object({
          planKey: z.string().max(40).optional(),
          companyName: z.string().trim().min(1, 'v.required').max(200, 'v.tooLong').optional(),
          slug: z
            .string()
            .trim()
            .toLowerCase()
            .min(3, 'v.tooShort')
            .max(48, 'v.tooLong')
            .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'v.slug')
            .optional(),
        }),
        response: z.object({companyId: z.string(), inviteSent: z.boolean(), inviteUrl: z.string().nullable()}),
        async handler({ctx, params, body, req}) {
          return {body: await approveRequest(d, ctx, params.id, body, (token) => `${d.publicUrl(req)}/invite/${token}`)};
        },
      }),
      route({
        method: 'post',
        path: '/platform/connection-requests/:id/decline',
        tag: 'platform',
        summary: 'Decline with a reason, emailed to the person who asked (in their language). 409 when already decided',
        auth: 'platform',
        params: z.object({id: z.string().max(64)}),
        body: z.object({reason: z.string().trim().min(1, 'v.required').max(1000, 'v.tooLong')}),
        response: z.object({emailed: z.boolean()}),
        async handler({ctx, params, body}) {
          return {body: await declineRequest(d, ctx, params.id, body.reason)};
        },
      }),
    ];
  },
});
