import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {isKey, keyFromName} from './keys.ts';

describe('keys made from names', () => {
  it('spells Russian and Kazakh names in Latin letters', () => {
    expect(keyFromName('Инвентарный номер', [])).toBe('inventarnyy_nomer');
    expect(keyFromName('Қабылданбады', [])).toBe('qabyldanbady');
    expect(keyFromName('Өтініш №2', [])).toBe('otinish_no2');
    expect(keyFromName('Résumé', [])).toBe('resume');
  });

  it('starts with a letter and falls back when the name has none to spell', () => {
    expect(keyFromName('2-й этап', [], 'status')).toBe('status_2_y_etap');
    expect(keyFromName('!!!', [], 'field')).toBe('field');
    expect(keyFromName('', [], 'field')).toBe('field');
  });

  it('never takes a key already used', () => {
    expect(keyFromName('Проверка', ['proverka'])).toBe('proverka_2');
    expect(keyFromName('Проверка', ['proverka', 'proverka_2'])).toBe('proverka_3');
  });

  it('always gives a valid key not among the taken ones, for any name', () => {
    const alphabet = fc.constantFrom(...'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя AZaz09_-.!№ё'.split(''));
    const name = fc.oneof(fc.string({unit: alphabet, maxLength: 70}), fc.string({maxLength: 50}));
    fc.assert(
      fc.property(name, fc.array(fc.string({unit: alphabet, maxLength: 45}), {maxLength: 6}), (n, taken) => {
        // What is taken includes what this name would give, and its numbered variants.
        const first = keyFromName(n, []);
        const used = [...taken.map((x) => keyFromName(x, [])), first, `${first.slice(0, 38)}_2`];
        const key = keyFromName(n, used);
        expect(isKey(key)).toBe(true);
        expect(used).not.toContain(key);
      }),
    );
  });
});
