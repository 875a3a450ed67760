// What PostgreSQL cannot store, refused once for every input: a NUL character
// (text and jsonb reject it) and a lone UTF-16 surrogate (jsonb rejects it;
// text would silently turn it into U+FFFD), in any string or object key, at
// any depth; and nesting deeper than anything dot stores, which would only
// cost the server stack.
//
// Decision: refuse, never clean. No keyboard, paste or browser produces these
// (a browser encodes a form as UTF-8, turning a lone surrogate into U+FFFD
// itself), so an input carrying one was made by a program, and silently
// changing what a program sent would hide its bug. The refusal names the
// field, like every other validation issue.
//
// Called by every entrance: the mutator wrapper (sync, REST and public forms
// alike), REST's path/query/body parsing and the server's URL and form-body
// checks, so a new field or route cannot forget it.
import {domainError, type FieldIssue} from '../errors.ts';

/** Deeper than any stored shape (request fields, workflows) is a made-up input. */
export const MAX_DEPTH = 32;

// A NUL or a lone surrogate: with the u flag a well-formed pair is one code point above U+FFFF,
// so only an unpaired half falls in the surrogate range.
// oxlint-disable-next-line no-control-regex -- matching NUL is this rule's whole point
const UNSTORABLE = /\u0000|[\uD800-\uDFFF]/u;

/** True when PostgreSQL can store this text as it is. */
export function isStorableText(s: string): boolean {
  return !UNSTORABLE.test(s);
}

/**
 * The first place in `value` that cannot be stored, as a field issue (its dotted path,
 * or `prefix` alone for a top-level string), or null. Iterative: a hostile depth cannot
 * overflow the stack before the depth rule refuses it.
 */
export function unstorableIssue(value: unknown, prefix = ''): FieldIssue | null {
  const stack: {v: unknown; path: string; depth: number}[] = [{v: value, path: prefix, depth: 0}];
  const at = (path: string, key: string) => (path ? `${path}.${key}` : key);
  while (stack.length) {
    const {v, path, depth} = stack.pop()!;
    if (typeof v === 'string') {
      if (!isStorableText(v)) return {field: path || '_', code: 'v.badChars'};
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= MAX_DEPTH) return {field: path || '_', code: 'v.tooDeep'};
    if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({v: item, path: at(path, String(i)), depth: depth + 1}));
      continue;
    }
    for (const [k, item] of Object.entries(v)) {
      if (!isStorableText(k)) return {field: path || '_', code: 'v.badChars'};
      stack.push({v: item, path: at(path, k), depth: depth + 1});
    }
  }
  return null;
}

/** Throws the `validation` refusal naming the field when `value` holds what cannot be stored. */
export function assertStorable(value: unknown, prefix = ''): void {
  const issue = unstorableIssue(value, prefix);
  if (issue) throw domainError('validation', {fields: [issue]});
}
