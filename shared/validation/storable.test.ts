// The one rule for text PostgreSQL cannot store, as properties: any text a
// person can type passes; a NUL or a lone surrogate anywhere — in a value or
// a key, at any depth — is refused naming its place; nesting beyond the limit
// is refused without overflowing the stack.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {assertStorable, isStorableText, MAX_DEPTH, unstorableIssue} from './storable.ts';

// Anything a keyboard or a paste gives: whole code points (pairs kept together), no NUL.
const typed = fc.string({unit: 'grapheme', maxLength: 40}).filter((s) => !s.includes('\u0000'));
const poison = fc.constantFrom('\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF');

describe('storable text', () => {
  it('passes everything a person can type, emoji and Kazakh letters included', () => {
    fc.assert(fc.property(typed, (s) => isStorableText(s) && unstorableIssue({text: s, list: [s], [s || 'k']: s}) === null));
    expect(isStorableText('Қазақстан 😀 «ёлка»\t\n')).toBe(true);
  });

  it('refuses a NUL or a lone surrogate anywhere in a string, naming the field', () => {
    fc.assert(
      fc.property(typed, poison, typed, fc.constantFrom('name', 'fields.note', 'items.0.text'), (before, bad, after, path) => {
        const value = path.split('.').reduceRight<unknown>((inner, k) => (/^\d+$/.test(k) ? [inner] : {[k]: inner}), before + bad + after);
        expect(unstorableIssue(value)).toEqual({field: path, code: 'v.badChars'});
      }),
    );
  });

  it('refuses one in a key, and a top-level string as "_"', () => {
    expect(unstorableIssue({fields: {'a\u0000': 1}})).toEqual({field: 'fields', code: 'v.badChars'});
    expect(unstorableIssue('\uD800')).toEqual({field: '_', code: 'v.badChars'});
    expect(() => assertStorable({text: 'a\u0000'})).toThrow('validation');
  });

  it('refuses nesting deeper than the limit, however deep, without recursion', () => {
    const deep = (n: number) => Array.from({length: n}).reduce<unknown>((inner) => [inner], 'x');
    expect(unstorableIssue(deep(MAX_DEPTH - 1))).toBeNull();
    expect(unstorableIssue(deep(MAX_DEPTH + 1))?.code).toBe('v.tooDeep');
    expect(unstorableIssue(deep(200_000))?.code).toBe('v.tooDeep');
  });
});
