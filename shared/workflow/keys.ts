// Keys of statuses, fields, types, options and message templates are what
// requests store and guards name, so they never change once made; people never
// type them. A key is made from the name a person typed (Russian or Kazakh,
// spelled in Latin letters) and never collides with one already taken.
import {CYRILLIC_LATIN} from '../slug.ts';

const KEY = /^[a-z][a-z0-9_]{0,39}$/;
const MAX = 40;

// The slugs' spelling, shorter where a key reads better ("ё" → e, "х" → h, "щ" → sch).
const LATIN: Readonly<Record<string, string>> = {...CYRILLIC_LATIN, ё: 'e', х: 'h', щ: 'sch'};

export function isKey(value: string): boolean {
  return KEY.test(value);
}

/** `fallback` is used when the name has no letters to spell (it must itself be a valid key). */
export function keyFromName(name: string, taken: Iterable<string>, fallback = 'item'): string {
  if (!KEY.test(fallback)) throw new Error(`bad fallback key: ${fallback}`);
  const spelled = [...name.toLocaleLowerCase('ru').normalize('NFC')].map((c) => LATIN[c] ?? c).join('');
  let base = spelled
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!base) base = fallback;
  else if (!/^[a-z]/.test(base)) base = `${fallback}_${base}`;
  base = trim(base, MAX);
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = trim(base, MAX - suffix.length) + suffix;
    if (!used.has(candidate)) return candidate;
  }
}

function trim(key: string, max: number): string {
  return key.slice(0, max).replace(/_+$/, '') || 'k';
}
