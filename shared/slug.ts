// URL slugs from company names: Cyrillic (Russian and Kazakh letters)
// transliterated to Latin, lower case, hyphens between words.
/** Russian and Kazakh letters in Latin (the Kazakh ones as in the 2021 Latin alphabet). */
export const CYRILLIC_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
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
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
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

export function transliterate(input: string): string {
  let out = '';
  for (const ch of input.toLowerCase()) out += CYRILLIC_LATIN[ch] ?? ch;
  return out;
}

export function slugify(name: string, maxLength = 48): string {
  const base = transliterate(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
  return base || 'company';
}

/** Paths the app itself uses can never be a company slug. */
export const RESERVED_SLUGS = new Set(['api', 'app', 'admin', 'c', 'zero', 'healthz', 'assets', 'static', 'login', 'signup', 'new']);
