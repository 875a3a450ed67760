// Keys of statuses, fields, types, options and message templates are what
// requests store and guards name, so they never change once made; people never
// type them. A key is made from the name a person typed (Russian or Kazakh,
// spelled in Latin letters) and never collides with one already taken.
const KEY = /^[a-z][a-z0-9_]{0,39}$/;
const MAX = 40;

const LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'a',
  ғ: 'g',
  қ: 'q',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
};

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
