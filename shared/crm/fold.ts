// Text folding for search across scripts: Russian and Kazakh Cyrillic, and the
// Latin spellings people use for the same names (passport transliteration,
// the Kazakh Latin alphabet of 2021, informal "Aigerim"/"Aygerim"). Both sides
// of a comparison are folded to one Latin "skeleton", so "Айгерим", "Aigerim"
// and "Aygerim" meet, as do "Жанна"/"Zhanna"/"Janna" and "Қанат"/"Qanat".
//
// Steps: lower-case → Kazakh Latin letters and Cyrillic to Latin → drop
// diacritics → merge spellings of one sound (kh→h, zh→j, ts→c, y→i, q→k, …)
// → keep letters, digits and single spaces → squeeze doubled letters (so
// "Жанна"/"Zhana" and "Мария"/"Mariya"/"Maria" meet). Lossy on purpose: it is
// for finding, never for storing.

const CYRILLIC: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  і: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ц: 'c',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

// Letters NFD does not take apart, or that stand for a digraph.
const LATIN_SPECIAL: Record<string, string> = {ş: 'sh', ç: 'ch', ı: 'i', ß: 'ss', æ: 'ae', ø: 'o', đ: 'd', ł: 'l'};

// Longest first; applied left to right once.
const SOUNDS: [RegExp, string][] = [
  [/shch|sch/g, 'sh'],
  [/kh/g, 'h'],
  [/zh/g, 'j'],
  [/ts|tz/g, 'c'],
  [/ph/g, 'f'],
  [/yu/g, 'iu'],
  [/ya/g, 'ia'],
  [/y/g, 'i'],
  // A word-initial "е" is written "Ye"/"Ie" ("Yerlan"): drop the glide there.
  [/(^|[^a-z])ie/g, '$1e'],
  [/w/g, 'v'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
];

export function foldText(input: string): string {
  let s = '';
  for (const ch of input.toLowerCase()) s += CYRILLIC[ch] ?? LATIN_SPECIAL[ch] ?? ch;
  s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  for (const [re, to] of SOUNDS) s = s.replace(re, to);
  return s
    .replace(/[^a-z0-9@.]+/g, ' ')
    .replace(/([a-z])\1+/g, '$1')
    .trim();
}
