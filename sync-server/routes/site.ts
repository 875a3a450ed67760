// /api/v1/company/* and /api/v1/qr/*: the cabinet's profile, what the site
// shows, modules, the slug, reviews, statistics and QR codes for print.
import type express from 'express';
import {z} from 'zod';
import type {MemberContext} from '#shared/auth/context.ts';
import {domainError} from '#shared/errors.ts';
import {createTranslator} from '#shared/i18n/translate.ts';
import {hostForHumans, isLocalAddress} from '#shared/public-site/address-reach.ts';
import {PLACEMENTS, QR_TARGETS, qrPath} from '#shared/public-site/links.ts';
import {dayIn, summarize} from '#shared/public-site/stats.ts';
import {queries} from '#shared/queries/index.ts';
import {qrPng, qrSheetPdf, qrSvg} from '../qr/qr.ts';
import {route} from '../rest/route.ts';
import {writeRoute} from '../rest/write-route.ts';
import {rowSchema, toCamel} from '../rest/rows.ts';
import type {ZeroDb} from '../zero/db.ts';
import type {Executor} from '../zero/execute.ts';
import {mutators} from '#shared/mutators/index.ts';

const profileRow = rowSchema('company_profile');
const reviewRow = rowSchema('review');

const qrQuery = z.object({
  target: z.enum(QR_TARGETS),
  ref: z.string().max(40).optional().describe('Category or item number; for "messenger": wa, tg or vk; for "book": a master link name.'),
  placement: z
    .string()
    .trim()
    .min(1)
    .max(30)
    .default('code')
    .describe(`Where it is printed: ${PLACEMENTS.join(', ')} or your own word.`),
});

export function siteRoutes(deps: {
  zdb: ZeroDb;
  executor: Executor;
  now: () => number;
  publicUrl: (req: express.Request) => string;
  /** DOT_PUBLIC_URL is set: the owner chose the address, so no warning about it. */
  publicUrlSet?: boolean;
}) {
  const {zdb} = deps;
  const profile = async (ctx: MemberContext) => {
    const row = await zdb.run(queries.site.profile.fn({args: undefined, ctx}));
    if (!row) throw domainError('not_found');
    const {images: _i, ...plain} = row;
    return plain;
  };
  const slugOf = async (ctx: MemberContext) => {
    const company = await zdb.run(queries.company.current.fn({args: undefined, ctx}));
    if (!company) throw domainError('not_found');
    return company;
  };
  const qrUrl = async (req: express.Request, ctx: MemberContext, q: z.output<typeof qrQuery>) => {
    const company = await slugOf(ctx);
    const path = qrPath({target: q.target, ref: q.ref, placement: q.placement}, company.slug);
    if (!path) throw domainError('validation', {fields: [{field: 'ref', code: 'v.invalid'}]});
    return {url: `${deps.publicUrl(req)}${path}`, company};
  };

  return [
    route({
      method: 'get',
      path: '/company/profile',
      tag: 'company',
      summary: 'The company profile of the public mini-site (contacts, hours, what is public, modules)',
      auth: 'member',
      response: profileRow,
      async handler({ctx}) {
        return {body: toCamel(await profile(ctx))};
      },
    }),
    writeRoute(deps, {
      mutator: mutators.company.updateProfile,
      method: 'patch',
      path: '/company/profile',
      tag: 'company',
      summary: 'Change the profile: name, description, activities, services, contacts, messengers, hours, translations',
      entity: 'company',
      permission: 'site.manage',
      response: profileRow,
      read: (ctx) => profile(ctx),
    }),
    writeRoute(deps, {
      mutator: mutators.company.setVisibility,
      method: 'patch',
      path: '/company/visibility',
      tag: 'company',
      summary: 'What the public site shows (blocks on/off), its languages and the catalog view',
      entity: 'company',
      permission: 'site.manage',
      response: profileRow,
      read: (ctx) => profile(ctx),
    }),
    writeRoute(deps, {
      mutator: mutators.company.setModules,
      method: 'patch',
      path: '/company/modules',
      tag: 'company',
      summary: 'Switch modules on or off (owner only); a module that is off leaves the app and the site',
      entity: 'company',
      permission: 'company.manage',
      response: profileRow,
      read: (ctx) => profile(ctx),
    }),
    writeRoute(deps, {
      mutator: mutators.company.setSlug,
      method: 'patch',
      path: '/company/slug',
      tag: 'company',
      summary: 'Change the public address /c/<slug> (owner only); the old one redirects forever',
      entity: 'company',
      permission: 'company.manage',
      response: z.object({slug: z.string()}),
      read: async (ctx) => ({slug: (await slugOf(ctx)).slug}),
    }),
    route({
      method: 'get',
      path: '/reviews',
      tag: 'company',
      summary: 'Reviews left on the public site, newest first (pending ones wait to be published)',
      auth: 'member',
      permission: 'site.manage',
      response: z.object({data: z.array(reviewRow)}),
      async handler({ctx}) {
        return {body: {data: toCamel(await zdb.run(queries.site.reviews.fn({args: undefined, ctx})))}};
      },
    }),
    writeRoute(deps, {
      mutator: mutators.review.moderate,
      method: 'patch',
      path: '/reviews/:id',
      tag: 'company',
      summary: 'Publish or hide a review, or reply to it',
      entity: 'review',
      permission: 'site.manage',
      response: reviewRow,
      read: async (ctx, args) => {
        const row = await zdb.run(queries.site.reviews.fn({args: undefined, ctx}).where('id', args.id).one());
        if (!row) throw domainError('not_found');
        return row;
      },
    }),
    route({
      method: 'get',
      path: '/company/stats',
      tag: 'company',
      summary: 'Page views, messenger clicks and requests of the public site per source, page and item (no personal data)',
      auth: 'member',
      permission: 'site.manage',
      query: z.object({days: z.coerce.number().int().min(1).max(366).default(30)}),
      async handler({query, ctx}) {
        const company = await slugOf(ctx);
        const since = dayIn(deps.now() - (query.days - 1) * 86_400_000, company.timezone);
        const rows = await zdb.run(queries.site.stats.fn({args: {since}, ctx}));
        return {body: {since, ...summarize(rows), rows: toCamel(rows)}};
      },
    }),
    route({
      method: 'get',
      path: '/qr/origin',
      tag: 'qr',
      summary: 'The address QR codes and links lead to: DOT_PUBLIC_URL when set (configured), else this request’s own',
      auth: 'member',
      response: z.object({origin: z.string(), configured: z.boolean()}),
      async handler({req}) {
        return {body: {origin: deps.publicUrl(req), configured: !!deps.publicUrlSet}};
      },
    }),
    route({
      method: 'get',
      path: '/qr/code',
      tag: 'qr',
      summary: 'A QR code leading to a public page, tagged ?src=qr-<placement>: SVG, or PNG at print resolution',
      auth: 'member',
      query: qrQuery.extend({format: z.enum(['svg', 'png']).default('svg'), width: z.coerce.number().int().min(200).max(4000).default(1200)}),
      async handler({query, ctx, req, res}) {
        const {url} = await qrUrl(req, ctx, query);
        res.set({'X-QR-URL': encodeURI(url), 'Cache-Control': 'private, no-cache'});
        if (query.format === 'png') res.type('image/png').send(await qrPng(url, query.width));
        else res.type('image/svg+xml').send(await qrSvg(url));
      },
    }),
    route({
      method: 'get',
      path: '/qr/sheet.pdf',
      tag: 'qr',
      summary: 'An A4 PDF with the code in 9, 5 and 3 cm, a caption and the company name, to print and cut',
      auth: 'member',
      query: qrQuery.extend({caption: z.string().trim().max(80).optional()}),
      async handler({query, ctx, req, res, locale}) {
        const {url, company} = await qrUrl(req, ctx, query);
        const t = createTranslator(locale);
        // A code that only this computer or this network can open: said on screen, never printed.
        const warning = !deps.publicUrlSet && isLocalAddress(url) ? t('qr.local.sheet', {host: hostForHumans(url)}) : undefined;
        const pdf = await qrSheetPdf({company: company.name, caption: query.caption || t(`qr.target.${query.target}`), hint: t('qr.pdfHint'), url, warning});
        res.set({'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="qr-${query.target}.pdf"`, 'X-QR-URL': encodeURI(url)});
        res.send(pdf);
      },
    }),
  ];
}
