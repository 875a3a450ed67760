// Turns schema issues into field issues the user can read: which field, which
// message key, and the numbers the message needs.
import type {z} from 'zod';
import {domainError, type FieldIssue} from '../errors.ts';
import {isMessageKey} from '../i18n/runtime.ts';

type Issue = z.core.$ZodIssue;

/** One issue per field (the first), so a person reads one clear sentence per field. */
export function toFieldIssues(issues: readonly Issue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.flatMap((issue) => {
    const key = issue.path.map(String).join('.') || '_';
    if (seen.has(key)) return [];
    seen.add(key);
    return [toFieldIssue(issue)];
  });
}

function toFieldIssue(issue: Issue): FieldIssue {
  const field = issue.path.map(String).join('.') || '_';
  const code = isMessageKey(issue.message) ? issue.message : 'v.invalid';
  const params: Record<string, number> = {};
  if ('maximum' in issue && typeof issue.maximum === 'number') params.max = issue.maximum;
  if ('minimum' in issue && typeof issue.minimum === 'number') params.min = issue.minimum;
  return Object.keys(params).length ? {field, code, params} : {field, code};
}

/** Parses input or throws a `validation` domain error listing every bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw domainError('validation', {fields: toFieldIssues(result.error.issues)});
  return result.data;
}
