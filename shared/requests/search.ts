// Search over requests the way people in Kazakhstan type: any case; ё for е;
// Latin look-alikes left by a switched keyboard layout (a/а, c/с, e/е, o/о,
// p/р, x/х, y/у, k/к, i/і, h/һ, ə/ә) are the same letter; and a Russian
// letter stands for its Kazakh sister when the keyboard has no Kazakh layout
// (к finds қ, but қ finds only қ — whoever types the exact letter means it).
// Phone numbers match by their digits however they are typed (8 701…,
// +7 (701)…, 701 234 56 78).

const FOLD: Record<string, string> = {
  ё: 'е',
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
  i: 'і',
  ı: 'і',
  h: 'һ',
  ə: 'ә',
};
const FOLD_RE = /[\u0451acepoxykih\u0131\u0259]/g;

/** The form both the text and the query are compared in. */
export function foldText(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(FOLD_RE, (ch) => FOLD[ch] ?? ch);
}

/** A Russian letter in the query also finds these Kazakh letters. */
const LOOSE: Record<string, string> = {
  а: 'аә',
  г: 'гғ',
  к: 'кқ',
  н: 'нң',
  о: 'оө',
  у: 'уүұ',
  х: 'хһ',
  и: 'иі',
};

export type Searchable = {
  number?: number | null | undefined;
  title?: string | null | undefined;
  text: string;
  client_name: string;
  client_phone: string;
};

/** What a request is searched by: subject, text, client; the phone's digits apart. */
export type SearchKey = {hay: string; phoneDigits: string; number: number | null};

const keys = new WeakMap<object, SearchKey>();

/**
 * The folded text of a request, remembered per row object: the replica hands
 * out a new object only when the row changes, so 10 000 rows are folded once.
 */
export function searchKeyOf(row: Searchable): SearchKey {
  let k = keys.get(row);
  if (!k) {
    k = {
      hay: foldText(`${row.title ?? ''}\n${row.text}\n${row.client_name}`),
      phoneDigits: row.client_phone.replace(/\D/g, ''),
      number: row.number ?? null,
    };
    keys.set(row, k);
  }
  return k;
}

const PHONE_ONLY = /^[\d\s()+\-.]+$/;

function escapeRe(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

function wordMatcher(word: string): (hay: string) => boolean {
  if (![...word].some((ch) => ch in LOOSE)) return (hay) => hay.includes(word);
  const re = new RegExp([...word].map((ch) => (LOOSE[ch] ? `[${LOOSE[ch]}]` : escapeRe(ch))).join(''));
  return (hay) => re.test(hay);
}

/** Digits as typed, and the same with a leading 8 read as the country code 7 (8 701… = +7 701…). */
function phoneVariants(digits: string): string[] {
  return digits.startsWith('8') ? [digits, `7${digits.slice(1)}`] : [digits];
}

/**
 * Compiles a query once; the returned test runs per row. Every word must be
 * found (in any order). A query of phone characters only matches the phone's
 * digits, the request number, or those digits in the text.
 */
export function compileSearch(query: string): ((key: SearchKey) => boolean) | null {
  const q = query.trim();
  if (!q) return null;
  const digits = q.replace(/\D/g, '');
  if (PHONE_ONLY.test(q) && digits.length >= 3) {
    const variants = phoneVariants(digits);
    const asNumber = /^\d+$/.test(q) ? Number(q) : NaN;
    return (k) => k.number === asNumber || variants.some((v) => k.phoneDigits.includes(v)) || k.hay.includes(digits);
  }
  const words = foldText(q).split(/\s+/).filter(Boolean);
  const tests = words.map((w) => {
    const hash = /^#(\d+)$/.exec(w);
    if (hash) {
      const n = Number(hash[1]);
      return (k: SearchKey) => k.number === n;
    }
    const inText = wordMatcher(w);
    if (/^\d{3,}$/.test(w)) {
      const variants = phoneVariants(w);
      const n = Number(w);
      return (k: SearchKey) => k.number === n || inText(k.hay) || variants.some((v) => k.phoneDigits.includes(v));
    }
    return (k: SearchKey) => inText(k.hay);
  });
  return (k) => tests.every((t) => t(k));
}

/** One-off check (tests, a single row); lists compile the query once. */
export function matchesSearch(row: Searchable, query: string): boolean {
  const test = compileSearch(query);
  return !test || test(searchKeyOf(row));
}
