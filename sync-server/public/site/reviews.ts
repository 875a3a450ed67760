// /c/<slug>/reviews (C7): published reviews with the company's replies, and a
// plain form to leave one (it waits for the company to publish it).
import type {Row} from '@rocicorp/zero';
import {formatDate} from '#shared/i18n/format.ts';
import {html, raw, type SafeHtml} from '../html.ts';
import {base, type Site} from './context.ts';
import {sitePage} from './frame.ts';

export type ReviewForm = {name: string; rating: string; text: string; formId: string};

function stars(n: number): string {
  return '★'.repeat(n) + '☆'.repeat(5 - n);
}

function form(s: Site, v: ReviewForm, errors: Record<string, string>): SafeHtml {
  const {t} = s;
  return html`<form class="card" method="post" action="${base(s)}/reviews" novalidate>
<h2>${t('pub.reviews.leave')}</h2>
${Object.keys(errors).length ? html`<div class="alert" role="alert">${errors._ ?? t('pub.request.fixErrors')}</div>` : ''}
<input type="hidden" name="form_id" value="${v.formId}"><input type="hidden" name="src" value="${s.src}">
<div class="hp" aria-hidden="true"><label for="r-website">Website</label><input id="r-website" name="website" tabindex="-1" autocomplete="off"></div>
<fieldset class="rating" style="border:0;padding:0;margin:14px 0 0"><legend style="font-weight:600">${t('pub.reviews.rating')}</legend>${[5, 4, 3, 2, 1].map(
    (n) => html`<label><input type="radio" name="rating" value="${n}"${String(n) === v.rating ? raw(' checked') : ''}> ${stars(n)}</label>`,
  )}</fieldset>${errors.rating ? html`<div class="err">${errors.rating}</div>` : ''}
<label for="r-name">${t('pub.request.name')}</label><input id="r-name" name="name" maxlength="120" autocomplete="name" value="${v.name}">
<label for="r-text">${t('pub.reviews.text')}</label><textarea id="r-text" name="text" maxlength="3000" required${errors.text ? raw(' aria-invalid="true"') : ''}>${v.text}</textarea>${
    errors.text ? html`<div class="err">${errors.text}</div>` : ''
  }
<button type="submit">${t('pub.reviews.submit')}</button></form>`;
}

export function reviewsPage(s: Site, reviews: readonly Row['review'][], v: ReviewForm, errors: Record<string, string> = {}, thanks = false): string {
  const {t} = s;
  const average = reviews.length ? reviews.reduce((a, r) => a + r.rating, 0) / reviews.length : 0;
  const body = html`<h1>${t('pub.nav.reviews')}</h1>
${thanks ? html`<div class="card" role="status">${t('pub.reviews.thanks')}</div>` : ''}
<section class="card">${
    reviews.length
      ? html`<p><span class="stars">★</span> ${t('pub.reviews.stars', {rating: average.toFixed(1)})} · ${t('pub.reviews.count', {count: reviews.length})}</p>${reviews.map(
          (
            r,
          ) => html`<div class="review"><span class="stars" aria-label="${t('pub.reviews.stars', {rating: r.rating})}">${stars(r.rating)}</span> <b>${r.author_name}</b> <span class="m">${formatDate(r.created_at, s.company.timezone, s.locale, 'date')}</span>
<p class="desc">${r.text}</p>${r.reply ? html`<div class="reply"><b>${t('reviews.reply')}:</b> ${r.reply}</div>` : ''}</div>`,
        )}`
      : html`<p>${t('pub.reviews.empty')}</p>`
  }</section>
${thanks ? '' : form(s, v, errors)}`;
  return sitePage(s, {title: t('pub.nav.reviews'), active: 'reviews', body, canonical: `${base(s)}/reviews`});
}
