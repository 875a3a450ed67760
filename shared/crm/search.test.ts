import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {foldText} from './fold.ts';
import {buildSearchIndex, matchesSearch, prepareQuery} from './search.ts';

// Transliteration schemes people actually use for one Cyrillic name.
const ICAO: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
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
  ы: 'y',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};
const POPULAR: Record<string, string> = {...ICAO, й: 'y', х: 'h', ю: 'yu', я: 'ya', ы: 'y'};
// The Kazakh Latin alphabet (2021) for the Kazakh letters and their Russian neighbours.
const KAZAKH_LATIN: Record<string, string> = {
  ...ICAO,
  ә: 'ä',
  ғ: 'ğ',
  қ: 'q',
  ң: 'ñ',
  ө: 'ö',
  ұ: 'ū',
  ү: 'ü',
  һ: 'h',
  і: 'ı',
  ж: 'j',
  ш: 'ş',
  ч: 'ç',
  х: 'h',
  ы: 'y',
};
const translit = (s: string, scheme: Record<string, string>) => [...s].map((ch) => scheme[ch] ?? ch).join('');

describe('search across scripts', () => {
  it.each([
    ['Айгерим', 'Aigerim'],
    ['Айгерим', 'Aygerim'],
    ['Жанна', 'Zhanna'],
    ['Жанна', 'Janna'],
    ['Қанат', 'Qanat'],
    ['Нұрсұлтан', 'Nursultan'],
    ['Әлия', 'Aliya'],
    ['Ерлан', 'Yerlan'],
    ['Хасен', 'Khassen'],
    ['Мария', 'Maria'],
    ['Шынар', 'Şynar'],
  ])('%s meets %s', (cyrillic, latin) => {
    expect(foldText(cyrillic)).toBe(foldText(latin));
  });

  it('folds a name and its passport, popular and Kazakh Latin spellings alike (property)', () => {
    // Names as syllables (consonant + vowel): folding is a heuristic, and
    // consonant pairs that spell a Latin digraph ("кх" → "kkh") stay ambiguous.
    const consonants = [...'бвгджзйклмнпрстфхцчшщғқңһ'];
    const vowels = [...'аеиоуыэюяәөұүі'];
    const syllable = fc.tuple(fc.constantFrom(...consonants), fc.constantFrom(...vowels)).map(([c, v]) => c + v);
    fc.assert(
      fc.property(fc.array(syllable, {minLength: 1, maxLength: 4}), (syllables) => {
        const name = syllables.join('');
        const folded = foldText(name);
        expect(foldText(translit(name, ICAO))).toBe(folded);
        expect(foldText(translit(name, POPULAR))).toBe(folded);
        expect(foldText(translit(name, KAZAKH_LATIN))).toBe(folded);
      }),
    );
  });

  const clients = [
    {id: '1', name: 'Айгерим Садыкова', tags: ['VIP']},
    {id: '2', name: 'Ivan Petrov', tags: []},
    {id: '3', name: 'Қанат', tags: ['опт']},
  ];
  const contacts = [
    {client_id: '1', kind: 'phone' as const, value: '+77011234567'},
    {client_id: '2', kind: 'email' as const, value: 'ivan@mail.kz'},
    {client_id: '3', kind: 'whatsapp' as const, value: '+77779876543'},
  ];
  const index = buildSearchIndex(clients, contacts);
  const find = (q: string) => clients.filter((c) => matchesSearch(index.get(c.id), prepareQuery(q))).map((c) => c.id);

  it('finds by name in either script, by tag, by email and by part of a number', () => {
    expect(find('aigerim')).toEqual(['1']);
    expect(find('садык')).toEqual(['1']);
    expect(find('Иван')).toEqual(['2']);
    expect(find('qanat')).toEqual(['3']);
    expect(find('vip')).toEqual(['1']);
    expect(find('ivan@mail')).toEqual(['2']);
    expect(find('701 123')).toEqual(['1']);
    expect(find('8 701 123 45')).toEqual(['1']);
    expect(find('+7 777 987')).toEqual(['3']);
    expect(find('')).toEqual(['1', '2', '3']);
  });

  it('cannot find by number without the numbers (a role without contacts)', () => {
    const blind = buildSearchIndex(clients, []);
    expect(clients.filter((c) => matchesSearch(blind.get(c.id), prepareQuery('701 123')))).toEqual([]);
  });
});
