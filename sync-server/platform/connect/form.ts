// /connect: the public "connect your business" form (issue 18). Plain HTML
// that works with JavaScript off, like the request form (public/request-form.ts):
// a honeypot field, a per-address limit the console sets (publicSubmitsPer10Min),
// and a signed form id that becomes the request's id, so a double submit or a
// refreshed POST is one request. A request lands in the console's queue.
import express from 'express';
import type pg from 'pg';
import {BUSINESS_KINDS} from '#shared/company/business-kinds.ts';
import {LOCALES, type Locale} from '#shared/i18n/locales.ts';
import {createTranslator, type ServerTranslate} from '#shared/i18n/translate.ts';
import type {Config} from '../../config.ts';
import {formBody, formRefusal} from '../../public/form-body.ts';
import {formIds} from '../../public/form-ids.ts';
import {html, type SafeHtml} from '../../public/html.ts';
import {page} from '../../public/layout.ts';
import {requestLocale} from '../../rest/locale.ts';
import {publicSubmitLimiter} from '../content/settings.ts';
import {checkConnect, CONNECT_FIELDS, INPUT_NAME, isOptional, LABEL, type ConnectField, type ConnectValues} from './fields.ts';

type Errors = Partial<Record<ConnectField | '_', string>>;

function renderForm(t: ServerTranslate, locale: Locale, v: ConnectValues, formId: string, errors: Errors): SafeHtml {
  const invalid = (f: ConnectField) => (errors[f] ? html` aria-invalid="true" aria-describedby="e-${f}"` : '');
  const label = (f: ConnectField) =>
    html`<label for="f-${f}">${t(LABEL[f])}${isOptional(f) ? html` <span class="muted">(${t('connect.optional')})</span>` : ''}</label>`;
  const err = (f: ConnectField) => (errors[f] ? html`<div class="err" id="e-${f}">${errors[f]}</div>` : '');
  const input = (f: ConnectField, attrs: SafeHtml) =>
    html`${label(f)}<input id="f-${f}" name="${INPUT_NAME[f]}" value="${v[f]}"${attrs}${invalid(f)}>${err(f)}`;
  const problems = CONNECT_FIELDS.filter((f) => errors[f]).map((f) => t(LABEL[f]));
  return html`<div class="card">
<h1>${t('connect.title')}</h1>
<p class="lead">${t('connect.lead')}</p>
${errors._ ? html`<div class="alert" role="alert">${errors._}</div>` : problems.length ? html`<div class="alert" role="alert">${t('connect.fixErrors', {fields: problems.join(', ')})}</div>` : ''}
<form method="post" action="/connect?lang=${locale}" novalidate>
<input type="hidden" name="form_id" value="${formId}">
<div class="hp" aria-hidden="true"><label for="f-website">Website</label><input id="f-website" name="website" tabindex="-1" autocomplete="off"></div>
${input('businessName', html` autocomplete="organization" required maxlength="200"`)}
${label('kind')}<select id="f-kind" name="kind" style="width:100%;font:inherit;padding:12px;border:1px solid #b9c0ca;border-radius:8px;background:#fff"${invalid('kind')}>
${BUSINESS_KINDS.map((k) => html`<option value="${k}"${v.kind === k ? html` selected` : ''}>${t(`business.${k}`)}</option>`)}
</select>${err('kind')}
${input('personName', html` autocomplete="name" required maxlength="200"`)}
${input('email', html` type="email" inputmode="email" autocomplete="email" required maxlength="254" placeholder="name@example.kz"`)}
${input('phone', html` type="tel" inputmode="tel" autocomplete="tel" maxlength="40" placeholder="+7 701 234 56 78"`)}
${input('city', html` autocomplete="address-level2" maxlength="100"`)}
${label('message')}<textarea id="f-message" name="message" maxlength="2000"${invalid('message')}>${v.message}</textarea>${err('message')}
<button type="submit">${t('connect.submit')}</button>
</form>
</div>`;
}

const EMPTY: ConnectValues = {businessName: '', personName: '', email: '', phone: '', city: '', kind: 'other', message: ''};

export function connectPages(deps: {pool: pg.Pool; config: Config}): express.Router {
  const router = express.Router();
  const forms = formIds(deps.pool);
  // Per address; the limit is the console's setting, read each time (it may change while the server runs).
  const limit = publicSubmitLimiter(deps);

  const frame = (req: express.Request, locale: Locale, title: string, body: SafeHtml) =>
    page({locale, locales: LOCALES, companyName: 'dot', homeHref: '/', path: req.originalUrl}, title, body);

  function show(req: express.Request, res: express.Response, locale: Locale, v: ConnectValues, formId: string, errors: Errors = {}, status = 200) {
    const t = createTranslator(locale);
    res
      .status(status)
      .type('html')
      .send(frame(req, locale, t('connect.title'), renderForm(t, locale, v, formId, errors)));
  }

  router.get('/connect', async (req, res) => {
    res.set('Cache-Control', 'no-store');
    show(req, res, requestLocale(req), EMPTY, await forms.issue());
  });

  router.post('/connect', formBody('32kb'), async (req, res) => {
    res.set('Cache-Control', 'no-store');
    const locale = requestLocale(req);
    const t = createTranslator(locale);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const str = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
    const values = Object.fromEntries(CONNECT_FIELDS.map((f) => [f, str(INPUT_NAME[f])])) as ConnectValues;
    const form = await forms.accept(body.form_id);
    const refused = formRefusal(res);
    if (refused) return show(req, res, locale, values, form.token, {_: t(refused.messageKey)}, refused.status);
    // A bot filled the invisible field: thank it and keep nothing.
    if (str('website') !== '') return void res.redirect(303, `/connect/thanks?lang=${locale}`);
    if (!limit.take(req.ip ?? '')) return show(req, res, locale, values, form.token, {_: t('connect.rateLimited')}, 429);
    const checked = checkConnect(values, t);
    if (!checked.ok) return show(req, res, locale, values, form.token, checked.errors, 400);
    const r = checked.value;
    await deps.pool.query(
      `insert into connection_request (id, business_name, person_name, email, phone, city, business_kind, message, locale)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict (id) do nothing`,
      [form.recordId, r.businessName, r.personName, r.email, r.phone, r.city, r.kind, r.message, locale],
    );
    res.redirect(303, `/connect/thanks?lang=${locale}`);
  });

  router.get('/connect/thanks', (req, res) => {
    const locale = requestLocale(req);
    const t = createTranslator(locale);
    res
      .type('html')
      .send(
        frame(
          req,
          locale,
          t('connect.thanks.title'),
          html`<div class="card" role="status"><h1>${t('connect.thanks.title')}</h1><p>${t('connect.thanks.body')}</p></div>`,
        ),
      );
  });

  return router;
}
