// Field issues → sentences naming the field ("Телефон: Укажите номер …").
import type {FieldIssue} from '../errors.ts';
import type {Translate} from '../i18n/translate.ts';
import {FIELD_LABELS} from './field-labels.ts';

export type DescribedIssue = {field: string; label: string; message: string; text: string};

export function describeIssues(issues: readonly FieldIssue[], t: Translate): DescribedIssue[] {
  return issues.map((issue) => {
    const labelKey = FIELD_LABELS[issue.field];
    const label = labelKey ? t(labelKey) : issue.field;
    const message = t(issue.code, issue.params);
    return {field: issue.field, label, message, text: t('v.fieldError', {field: label, message})};
  });
}

/** The first message per field, for showing next to each input. */
export function issuesByField(issues: readonly FieldIssue[], t: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of describeIssues(issues, t)) out[d.field] ??= d.message;
  return out;
}
