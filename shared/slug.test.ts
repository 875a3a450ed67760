import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {slugify} from './slug.ts';

describe('slugify', () => {
  it.each([
    ['Салон Айгерим', 'salon-aygerim'],
    ['Кофейня «Алма»', 'kofeynya-alma'],
    ['Шұғыл Қызмет ТОО', 'shugyl-qyzmet-too'],
    ['Coffee & Co.', 'coffee-co'],
    ['   ', 'company'],
    ['Ёлка 2026', 'yolka-2026'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('always yields a URL-safe slug of bounded length', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 200}), (name) => {
        const s = slugify(name);
        expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(s.length).toBeLessThanOrEqual(48);
      }),
    );
  });
});
