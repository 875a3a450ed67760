// A refusal in words: what the user sees when the device or the server says no.
import type {ErrorDetails} from './errors.ts';
import type {Translate} from './i18n/translate.ts';
import type {Locale} from './i18n/locales.ts';
import {describeIssues} from './validation/describe.ts';
import {builtInStatusName, describeBlockers} from './workflow/describe.ts';

export type DescribeOptions = {
  locale?: Locale;
  /** Names a status key by the request's own workflow (the built-in names otherwise). */
  statusName?: (key: string) => string;
  roleName?: (key: string) => string;
};

export function describeError(details: ErrorDetails, t: Translate, opts: DescribeOptions = {}): string {
  const valueLabel = (value: unknown, tr: Translate) => (typeof value === 'string' && opts.statusName ? opts.statusName(value) : builtInStatusName(value, tr));
  // A module named in the reader's language ("… не входит в тариф", issue 18), whatever else the message says.
  if (details.messageKey) return t(details.messageKey, details.module ? {...details.params, module: t(`module.${details.module}`)} : details.params);
  switch (details.code) {
    case 'validation': {
      const fields = describeIssues(details.fields ?? [], t);
      return fields.length ? fields.map((f) => f.text).join('; ') : t('v.invalid');
    }
    case 'conflict':
      return t('error.conflict', {current: valueLabel(details.current, t), attempted: valueLabel(details.attempted, t)});
    case 'invalid_transition':
      return t('error.invalidTransition', {current: valueLabel(details.current, t), attempted: valueLabel(details.attempted, t)});
    case 'not_found':
      return t('error.notAllowed');
    case 'module_off':
      return t('error.moduleOff', {module: details.module ? t(`module.${details.module}`) : ''});
    case 'blocked':
      return t('blocker.summary', {reasons: describeBlockers(details.blockers ?? [], t, opts.locale ?? 'ru', opts.roleName)});
    default:
      return t('error.generic');
  }
}
