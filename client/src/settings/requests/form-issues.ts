// A settings form's problems: each next to its input ("Заполните это поле"),
// and one line by the save button naming every input in the user's language
// ("Проверьте поля: Название типа (рус.)"), since the input may be folded away.
import type {z} from 'zod';
import type {FieldIssue} from '#shared/errors.ts';
import type {Translate} from '#shared/i18n/translate.ts';
import {toFieldIssues} from '#shared/validation/issues.ts';

export type FormIssues = {byField: Record<string, string>; summary: string | undefined};

export const NO_ISSUES: FormIssues = {byField: {}, summary: undefined};

/** Issues of `args` against the write's own schema (the same one the server applies). */
export function schemaIssues(schema: z.ZodType, args: unknown): FieldIssue[] {
  const r = schema.safeParse(args);
  return r.success ? [] : toFieldIssues(r.error.issues);
}

export function formIssues(issues: readonly FieldIssue[], labels: Record<string, string>, t: Translate): FormIssues {
  if (!issues.length) return NO_ISSUES;
  const byField: Record<string, string> = {};
  for (const i of issues) byField[i.field] ??= t(i.code, i.params);
  const names = [...new Set(issues.map((i) => labels[i.field] ?? labels[i.field.split('.')[0]!] ?? i.field))];
  return {byField, summary: t('v.summary', {fields: names.join(', ')})};
}
