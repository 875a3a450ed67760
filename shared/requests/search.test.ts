import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {compileSearch, foldText, matchesSearch, searchKeyOf} from './search.ts';

const req = (over: Partial<{title: string; text: string; client_name: string; client_phone: string; number: number | null}> = {}) => ({
  number: 7,
  title: '',
  text: '',
  client_name: '',
  client_phone: '',
  ...over,
});

describe('search in Russian', () => {
  it('ignores case and treats ё as е, both ways', () => {
    const r = req({text: 'Доставить ЁЛКУ к празднику'});
    expect(matchesSearch(r, 'елку')).toBe(true);
    expect(matchesSearch(r, 'Ёлку')).toBe(true);
    expect(matchesSearch(req({text: 'Зеленая елка'}), 'зелёная')).toBe(true);
  });

  it('finds every word in any order and in any field', () => {
    const r = req({title: 'Замена смесителя', text: 'Течёт на кухне', client_name: 'Ержан'});
    expect(matchesSearch(r, 'ержан кухне')).toBe(true);
    expect(matchesSearch(r, 'смесителя ержан')).toBe(true);
    expect(matchesSearch(r, 'ержан ванная')).toBe(false);
  });
});

describe('search in Kazakh', () => {
  const r = req({title: 'Өтінім: ҚАЗАҚША мәтін', text: 'Үйге жеткізу, ұнға тапсырыс, іздеу, шаһар, ағаш, аң', client_name: 'Әсем Нұрғалиқызы'});

  it('matches the Kazakh letters in any case', () => {
    for (const q of ['өтінім', 'ӨТІНІМ', 'қазақша', 'Мәтін', 'үйге', 'ҰНҒА', 'іздеу', 'шаҺар', 'АҒАШ', 'аң', 'әсем', 'нұрғалиқызы']) {
      expect(matchesSearch(r, q), q).toBe(true);
    }
  });

  it('lets a Russian keyboard stand in for the Kazakh letters, but an exact Kazakh letter means itself', () => {
    expect(matchesSearch(r, 'казакша')).toBe(true);
    expect(matchesSearch(r, 'асем')).toBe(true);
    expect(matchesSearch(r, 'нургаликызы')).toBe(true);
    expect(matchesSearch(r, 'шахар')).toBe(true);
    // қ finds only қ: "қала" is not "кала".
    expect(matchesSearch(req({text: 'кала'}), 'қала')).toBe(false);
    expect(matchesSearch(req({text: 'қала'}), 'кала')).toBe(true);
  });

  it('treats Latin look-alikes from a switched layout as the same letters', () => {
    // Latin "i", "a", "e", "o" typed in a Cyrillic word, and the Latin schwa.
    expect(matchesSearch(r, 'іздеу'.replace('і', 'i'))).toBe(true);
    expect(matchesSearch(r, 'өтінім'.replace(/і/g, 'i'))).toBe(true);
    expect(matchesSearch(req({text: 'Алматы'}), 'Almaty'.slice(0, 1) + 'лматы')).toBe(true);
    expect(matchesSearch(req({client_name: 'Əсем'}), 'әсем')).toBe(true);
  });
});

describe('search by phone and number', () => {
  const r = req({client_phone: '+77012345678', number: 42});

  it('matches the digits however the phone is typed', () => {
    for (const q of ['+7 701 234 56 78', '8 (701) 234-56-78', '87012345678', '7012345678', '234-56-78', '701 234']) {
      expect(matchesSearch(r, q), q).toBe(true);
    }
    expect(matchesSearch(r, '8 702 234 56 78')).toBe(false);
  });

  it('finds a request by its number', () => {
    expect(matchesSearch(r, '#42')).toBe(true);
    expect(matchesSearch(r, '#4')).toBe(false);
  });

  it('mixes a name and phone digits', () => {
    expect(matchesSearch(req({client_name: 'Ержан', client_phone: '+77012345678'}), 'ержан 5678')).toBe(true);
  });
});

describe('search properties', () => {
  const word = fc.string({unit: fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіabcdeiko'.split('')), minLength: 1, maxLength: 8});

  it('a word of the text is always found, whatever its case', () => {
    fc.assert(
      fc.property(fc.array(word, {minLength: 1, maxLength: 6}), fc.nat(), fc.boolean(), (words, pick, upper) => {
        const text = words.join(' ');
        const w = words[pick % words.length]!;
        expect(matchesSearch(req({text}), upper ? w.toUpperCase() : w)).toBe(true);
      }),
    );
  });

  it('folding twice is folding once', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = foldText(s.normalize('NFC'));
        expect(foldText(once)).toBe(once);
      }),
    );
  });

  it('an empty query matches everything; adding a word never finds more', () => {
    fc.assert(
      fc.property(fc.array(word, {maxLength: 5}), word, word, (words, a, b) => {
        const key = searchKeyOf(req({text: words.join(' ')}));
        expect(compileSearch('   ')).toBeNull();
        const one = compileSearch(a)!(key);
        const two = compileSearch(`${a} ${b}`)!(key);
        if (two) expect(one).toBe(true);
      }),
    );
  });

  it('a phone matches itself in any of the usual spellings', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^7\d{2}\d{7}$/),
        fc.constantFrom('+7 {a} {b} {c} {d}', '8 ({a}) {b}-{c}-{d}', '8{a}{b}{c}{d}', '{a}{b}{c}{d}'),
        (ten, pattern) => {
          const typed = pattern.replace('{a}', ten.slice(0, 3)).replace('{b}', ten.slice(3, 6)).replace('{c}', ten.slice(6, 8)).replace('{d}', ten.slice(8));
          expect(matchesSearch(req({client_phone: `+7${ten}`}), typed)).toBe(true);
        },
      ),
    );
  });
});
