// /c/<slug>/request: the public request form. Plain HTML that works with
// JavaScript off; a website or landing page may post to it directly.
// Spam guard: a honeypot field and a per-address rate limit. A double submit
// (or a refresh of the POST) creates one request: the form carries its own id.
import express from 'express';
import {formBody, formRefusal} from './form-body.ts';
import {refusalPage} from './refusal-page.ts';
import type pg from 'pg';
import type {PublicContext} from '#shared/auth/context.ts';
import {isErrorDetails} from '#shared/errors.ts';
import {moduleOn} from '#shared/company/modules.ts';
import {translated} from '#shared/company/translations.ts';
import {numberFromSegment} from '#shared/public-site/links.ts';
import type {Locale} from '#shared/i18n/index.ts';
import {createTranslator} from '#shared/i18n/translate.ts';
import {normalizeSource} from '#shared/requests/source.ts';
import {publicRequestForm} from '#shared/requests/validation.ts';
import {issuesByField} from '#shared/validation/describe.ts';
import {toFieldIssues} from '#shared/validation/issues.ts';
import {RateLimiter} from '../http/rate-limit.ts';
import {LANG_COOKIE, requestLocale} from '../rest/locale.ts';
import type {ZeroDb} from '../zero/db.ts';
import type {Executor} from '../zero/execute.ts';
import {findPublicCompany, type PublicCompany} from './company.ts';
import {formIds} from './form-ids.ts';
import {sendSuspended} from './suspended.ts';
import {itemById, itemByNumber} from './site/data.ts';
import {countLater, isVisitor, visitorOf} from './site/stats.ts';
import {html, type SafeHtml} from './html.ts';
import {page} from './layout.ts';
import {mutators} from '#shared/mutators/index.ts';

type FormValues = {name: string; phone: string; text: string; src: string; formId: string; item?: {id: string; title: string} | undefined};

function renderForm(t: ReturnType<typeof createTranslator>, company: PublicCompany, v: FormValues, errors: Record<string, string>): SafeHtml {
  const field = (name: 'name' | 'phone' | 'text', label: string, control: SafeHtml) => html`
<label for="f-${name}">${label}</label>${control}${errors[name] ? html`<div class="err" id="e-${name}">${errors[name]}</div>` : ''}`;
  const invalid = (name: string) => (errors[name] ? html` aria-invalid="true" aria-describedby="e-${name}"` : '');
  return html`<div class="card">
<h1>${t('pub.request.title')}</h1>
<p class="lead">${t('pub.request.lead')}</p>
${v.item ? html`<p class="lead"><b>${t('pub.requestFor', {item: v.item.title})}</b></p>` : ''}
${Object.keys(errors).length ? html`<div class="alert" role="alert">${errors._ ?? t('pub.request.fixErrors')}</div>` : ''}
<form method="post" action="/c/${company.slug}/request" novalidate>
<input type="hidden" name="src" value="${v.src}">
<input type="hidden" name="form_id" value="${v.formId}">
${v.item ? html`<input type="hidden" name="item" value="${v.item.id}">` : ''}
<div class="hp" aria-hidden="true"><label for="f-website">Website</label><input id="f-website" name="website" tabindex="-1" autocomplete="off"></div>
${field('name', t('pub.request.name'), html`<input id="f-name" name="name" autocomplete="name" maxlength="200" value="${v.name}"${invalid('name')}>`)}
${field('phone', t('pub.request.phone'), html`<input id="f-phone" name="phone" type="tel" inputmode="tel" autocomplete="tel" required maxlength="40" placeholder="+7 701 234 56 78" value="${v.phone}"${invalid('phone')}>`)}
${field('text', t('pub.request.text'), html`<textarea id="f-text" name="text" required maxlength="5000"${invalid('text')}>${v.text}</textarea>`)}
<button type="submit">${t('pub.request.submit')}</button>
</form>
</div>`;
}

/** In the statistics a plain visit has no source tag ("form" is only the request's default). */
const statSource = (src: string) => (src === 'form' ? '' : src);

// A page with nothing but its reason: the same frame as a refused request (refusal-page.ts).
export const notFoundPage = (locale: Locale, path: string): string => refusalPage(locale, path, 'pub.notFound', false);

export function publicRequestRoutes(deps: {pool: pg.Pool; zdb: ZeroDb; executor: Executor; now: () => number; submitLimit: RateLimiter}): express.Router {
  const router = express.Router();
  const forms = formIds(deps.pool);

  // Resolves the company and the visitor's language; answers 404 / suspended itself.
  async function load(req: express.Request, res: express.Response): Promise<{company: PublicCompany; locale: Locale} | null> {
    const company = await findPublicCompany(deps.pool, String(req.params.slug));
    const fallback = company?.locale ?? 'ru';
    const locale = requestLocale(req, fallback);
    if (typeof req.query.lang === 'string' && locale === req.query.lang) {
      res.cookie(LANG_COOKIE, locale, {path: '/c', maxAge: 365 * 24 * 3600 * 1000, sameSite: 'lax'});
    }
    res.set('Cache-Control', 'no-store');
    if (!company) {
      res.status(404).type('html').send(notFoundPage(locale, req.originalUrl));
      return null;
    }
    if (company.status !== 'active') {
      sendSuspended(req, res, locale);
      return null;
    }
    // P4: with the requests module off the form is gone, like any missing page.
    if (!moduleOn(company.modules, 'requests')) {
      res.status(404).type('html').send(notFoundPage(locale, req.originalUrl));
      return null;
    }
    return {company, locale: company.locales.includes(locale) ? locale : company.locale};
  }

  function show(
    req: express.Request,
    res: express.Response,
    company: PublicCompany,
    locale: Locale,
    v: FormValues,
    errors: Record<string, string> = {},
    status = 200,
  ) {
    const t = createTranslator(locale);
    res
      .status(status)
      .type('html')
      .send(
        page(
          {locale, locales: company.locales, companyName: company.name, homeHref: `/c/${company.slug}`, path: req.originalUrl},
          t('pub.request.title'),
          renderForm(t, company, v, errors),
        ),
      );
  }

  /** The public catalog item a request is about (?item=<number> or the form's item id). */
  async function publicItem(company: PublicCompany, locale: Locale, by: {number?: unknown; id?: string}) {
    const ctx: PublicContext = {kind: 'public', companyID: company.id};
    const n = typeof by.number === 'string' ? numberFromSegment(by.number) : null;
    const row = n !== null ? await itemByNumber(deps.zdb, ctx, n) : by.id ? await itemById(deps.zdb, ctx, by.id) : undefined;
    if (!row || !row.is_public || row.archived_at !== null || !moduleOn(company.modules, 'catalog')) return undefined;
    return {id: row.id, title: translated(row.title, row.tr, 'title', locale, company.mainLocale)};
  }

  router.get('/c/:slug/request', async (req, res) => {
    const loaded = await load(req, res);
    if (!loaded) return;
    const src = normalizeSource(req.query.src);
    const item = await publicItem(loaded.company, loaded.locale, {number: req.query.item});
    const text = item ? createTranslator(loaded.locale)('pub.orderText', {item: item.title}) : '';
    show(req, res, loaded.company, loaded.locale, {name: '', phone: '', text, src, formId: await forms.issue(), item});
    if (isVisitor(req.get('user-agent'), req.method)) {
      countLater(deps.pool, loaded.company, {kind: 'view', page: 'request', refId: item?.id ?? '', source: statSource(src)}, deps.now(), visitorOf(req));
    }
  });

  router.post('/c/:slug/request', formBody('64kb'), async (req, res) => {
    const loaded = await load(req, res);
    if (!loaded) return;
    const {company, locale} = loaded;
    const t = createTranslator(locale);
    const refused = formRefusal(res);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const str = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
    const form = await forms.accept(body.form_id);
    const values: FormValues = {
      name: str('name'),
      phone: str('phone'),
      text: str('text'),
      src: normalizeSource(str('src')),
      formId: form.token,
      item: str('item') ? await publicItem(company, locale, {id: str('item').slice(0, 64)}) : undefined,
    };
    if (refused) {
      show(req, res, company, locale, values, {_: t(refused.messageKey)}, refused.status);
      return;
    }
    // A bot filled the invisible field: thank it and keep nothing.
    if (str('website') !== '') {
      res.redirect(303, `/c/${company.slug}/request/thanks`);
      return;
    }
    if (!deps.submitLimit.take(`${req.ip}|${company.id}`)) {
      res
        .status(429)
        .type('html')
        .send(
          page(
            {locale, locales: company.locales, companyName: company.name, path: req.originalUrl},
            t('pub.request.title'),
            html`<div class="card"><h1>${t('pub.request.title')}</h1><div class="alert" role="alert">${t('pub.rateLimited')}</div></div>`,
          ),
        );
      return;
    }
    const parsed = publicRequestForm.safeParse(values);
    if (!parsed.success) {
      show(req, res, company, locale, values, issuesByField(toFieldIssues(parsed.error.issues), t), 400);
      return;
    }
    const ctx: PublicContext = {kind: 'public', companyID: company.id};
    try {
      await deps.executor.run(
        mutators.request.create({
          id: form.recordId,
          clientName: parsed.data.name,
          clientPhone: parsed.data.phone,
          text: parsed.data.text,
          source: values.src,
          catalogItemId: values.item?.id ?? null,
          createdAt: deps.now(),
        }),
        ctx,
      );
    } catch (e) {
      const details = (e as {details?: unknown}).details;
      if (isErrorDetails(details) && details.code === 'validation') {
        show(req, res, company, locale, values, issuesByField(details.fields ?? [], t), 400);
        return;
      }
      throw e;
    }
    const {rows} = await deps.pool.query<{number: number}>('select number from request where id = $1 and company_id = $2', [form.recordId, company.id]);
    countLater(deps.pool, company, {kind: 'request', page: 'request', refId: values.item?.id ?? '', source: statSource(values.src)}, deps.now());
    res.redirect(303, `/c/${company.slug}/request/thanks?n=${rows[0]?.number ?? ''}`);
  });

  router.get('/c/:slug/request/thanks', async (req, res) => {
    const loaded = await load(req, res);
    if (!loaded) return;
    const {company, locale} = loaded;
    const t = createTranslator(locale);
    const n = Number(req.query.n);
    res.type('html').send(
      page(
        {locale, locales: company.locales, companyName: company.name, homeHref: `/c/${company.slug}`, path: req.originalUrl},
        t('pub.thanks.title'),
        html`<div class="card" role="status"><h1>${t('pub.thanks.title')}</h1>
${Number.isInteger(n) && n > 0 ? html`<p>${t('pub.thanks.body', {number: `#${n}`})}</p>` : ''}
<p><a href="/c/${company.slug}/request">${t('pub.thanks.again')}</a></p></div>`,
      ),
    );
  });

  return router;
}
