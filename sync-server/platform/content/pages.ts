// Platform pages (issue 18): the landing's and help's texts in three
// languages, edited in the console and shown at /p/<slug> — plain text,
// escaped, a blank line between paragraphs; a language left empty shows the
// Russian text.
import express from 'express';
import {z} from 'zod';
import {LOCALES, type Locale} from '#shared/i18n/locales.ts';
import {auditedTransaction} from '../../db/audit-tx.ts';
import type {HttpDeps} from '../../module/define.ts';
import {html} from '../../public/html.ts';
import {page} from '../../public/layout.ts';
import {notFoundPage} from '../../public/request-form.ts';
import {requestLocale} from '../../rest/locale.ts';
import {route} from '../../rest/route.ts';
import {platformAudit} from '../audit.ts';

const SLUG = /^[a-z0-9][a-z0-9-]{0,59}$/;
const texts = (max: number) =>
  z.object({
    ru: z.string().trim().min(1, 'v.required').max(max, 'v.tooLong'),
    kk: z.string().trim().max(max, 'v.tooLong'),
    en: z.string().trim().max(max, 'v.tooLong'),
  });
const pageBody = z.object({title: texts(200), body: texts(50_000), published: z.boolean()});
const pageRow = pageBody.extend({slug: z.string()});
type PageRow = z.output<typeof pageRow>;
type Texts = Record<Locale, string>;

const inLanguage = (t: Texts, locale: Locale) => t[locale]?.trim() || t.ru;

export function pagesRoutes(d: HttpDeps) {
  return [
    route({
      method: 'get',
      path: '/platform/pages',
      tag: 'platform',
      summary: 'Platform pages (landing, help): title and body in ru/kk/en, and whether /p/<slug> shows them',
      auth: 'platform',
      response: z.object({pages: z.array(pageRow)}),
      async handler() {
        const {rows} = await d.pool.query<PageRow>('select slug, title, body, published from platform_page order by slug');
        return {body: {pages: rows}};
      },
    }),
    route({
      method: 'put',
      path: '/platform/pages/:slug',
      tag: 'platform',
      summary: 'Create or replace a platform page (text only: a blank line starts a paragraph)',
      auth: 'platform',
      params: z.object({slug: z.string().regex(SLUG, 'v.slug')}),
      body: pageBody,
      response: z.object({page: pageRow}),
      async handler({ctx, params, body}) {
        await auditedTransaction(d.pool, {actorId: null, via: 'platform', action: 'page.update'}, async (client) => {
          await client.query(
            `insert into platform_page (slug, title, body, published) values ($1, $2, $3, $4)
             on conflict (slug) do update set title = excluded.title, body = excluded.body, published = excluded.published, updated_at = now()`,
            [params.slug, JSON.stringify(body.title), JSON.stringify(body.body), body.published],
          );
          await platformAudit(client, ctx, {action: 'page.update', target: params.slug, detail: {published: body.published}});
        });
        return {body: {page: {slug: params.slug, ...body}}};
      },
    }),
  ];
}

export function publicPages(d: HttpDeps): express.Router {
  const router = express.Router();
  router.get('/p/:slug', async (req, res) => {
    const locale = requestLocale(req);
    const slug = String(req.params.slug);
    const {rows} = SLUG.test(slug)
      ? await d.pool.query<{title: Texts; body: Texts}>('select title, body from platform_page where slug = $1 and published', [slug])
      : {rows: []};
    const row = rows[0];
    res.set('Cache-Control', 'no-cache');
    if (!row) return void res.status(404).type('html').send(notFoundPage(locale, req.originalUrl));
    const title = inLanguage(row.title, locale);
    const paragraphs = inLanguage(row.body, locale)
      .split(/\r?\n\s*\r?\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    res
      .type('html')
      .send(
        page(
          {locale, locales: LOCALES, companyName: 'dot', homeHref: '/', path: req.originalUrl},
          title,
          html`<article class="card"><h1>${title}</h1>${paragraphs.map((p) => html`<p>${p.split(/\r?\n/).map((line, i) => (i ? html`<br>${line}` : line))}</p>`)}</article>`,
        ),
      );
  });
  return router;
}
