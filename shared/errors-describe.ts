// A refusal in words: what the user sees when the device or the server says no.
import type {ErrorDetails} from './errors.ts';
import type {Translate} from './i18n/translate.ts';
import {isRequestStatus} from './requests/status.ts';
import {describeIssues} from './validation/describe.ts';

function valueLabel(value: unknown, t: Translate): string {
  return isRequestStatus(value) ? t(`status.${value}`) : String(value ?? '');
}

export function describeError(details: ErrorDetails, t: Translate): string {
  if (details.messageKey) return t(details.messageKey);
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
    default:
      return t('error.generic');
  }
}
