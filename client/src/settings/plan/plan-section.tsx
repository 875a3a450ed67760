// Settings → "Тариф" (issue 18): the company's plan, what it uses against each
// limit (a bar per limit), until when it is paid or on trial, and what to do to
// change it (there is no payment gateway: the platform's administrator does it).
import {formatDate, formatMoney} from '#shared/i18n/format.ts';
import type {Locale} from '#shared/i18n/locales.ts';
import {isBilled, megabytes, planLimit, usageShare, type LimitKind} from '#shared/platform/plan.ts';
import {useI18n} from '../../i18n/i18n.tsx';
import {useOwnPlan, type OwnPlan} from './use-plan.ts';
import './plan.css';

const TIME_ZONE = 'Asia/Almaty';

function UsageBar({label, used, limit, mb}: {label: string; used: number; limit: number | null; mb?: boolean}) {
  const {t} = useI18n();
  const share = usageShare(limit, used);
  const shown = mb ? megabytes(used) : used;
  const text =
    limit === null
      ? t(mb ? 'plan.noLimitMb' : 'plan.noLimit', {usage: shown})
      : t(mb ? 'plan.countMb' : 'plan.count', {usage: shown, limit: mb ? megabytes(limit) : limit});
  return (
    <div className="plan-usage">
      <div className="plan-usage-line">
        <span>{label}</span>
        <span className="muted">{text}</span>
      </div>
      {share !== null ? <progress className={share >= 0.9 ? 'plan-bar near' : 'plan-bar'} max={1} value={share} aria-label={`${label}: ${text}`} /> : null}
      {share !== null && share >= 0.9 ? <p className="plan-near">{t('plan.near')}</p> : null}
    </div>
  );
}

function dates(p: OwnPlan, locale: Locale, t: ReturnType<typeof useI18n>['t']): string {
  if (!isBilled(p.plan)) return t('plan.free');
  const due = Math.max(p.paidUntil ?? -Infinity, p.trialUntil ?? -Infinity);
  if (!Number.isFinite(due)) return '';
  const date = formatDate(due, TIME_ZONE, locale, 'date');
  if (due < Date.now()) return t('plan.overdue', {date});
  return (p.trialUntil ?? -Infinity) > (p.paidUntil ?? -Infinity) ? t('plan.trialUntil', {date}) : t('plan.paidUntil', {date});
}

export function PlanSection() {
  const {t, locale} = useI18n();
  const p = useOwnPlan();
  if (p === undefined) return null;
  if (p === null)
    return (
      <section className="panel">
        <h2>{t('plan.title')}</h2>
        <p className="muted">{t('plan.loadFailed')}</p>
      </section>
    );
  const limit = (k: LimitKind) => planLimit(p.plan, k);
  const price = p.plan.priceMonthTiyn
    ? t('plan.price', {price: formatMoney(p.plan.priceMonthTiyn, 'KZT', locale)})
    : p.plan.priceYearTiyn
      ? t('plan.priceYear', {price: formatMoney(p.plan.priceYearTiyn, 'KZT', locale)})
      : '';
  return (
    <section className="panel plan-section">
      <h2>{t('plan.title')}</h2>
      <p>
        <strong>{t('plan.current', {plan: p.plan.name[locale] || p.plan.name.ru})}</strong>
        {price ? <span className="muted"> · {price}</span> : null}
      </p>
      <p className="plan-dates">{dates(p, locale, t)}</p>
      <UsageBar label={t('plan.members')} used={p.usage.members} limit={limit('members')} />
      <UsageBar label={t('plan.storage')} used={p.usage.storageBytes} limit={limit('storage')} mb />
      <UsageBar label={t('plan.messages')} used={p.usage.messagesMonth} limit={limit('messages')} />
      <p className="field-hint">{t('plan.how')}</p>
    </section>
  );
}
