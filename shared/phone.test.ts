import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {formatPhone, normalizePhone, phoneInText, phoneSearchDigits} from './phone.ts';

describe('normalizePhone', () => {
  it.each([
    ['8 701 234 56 78', '+77012345678'],
    ['+7 (701) 234-56-78', '+77012345678'],
    ['87012345678', '+77012345678'],
    ['77012345678', '+77012345678'],
    ['7012345678', '+77012345678'],
    ['+7 727 256 10 20', '+77272561020'],
    ['8(7172)55-00-00', '+77172550000'],
    ['+49 30 1234567', '+49301234567'],
    // Pasted and mistyped forms the CRM meets.
    ['8\u00a0701\u00a0234\u00a056\u00a078', '+77012345678'],
    ['8 701 234–56–78', '+77012345678'],
    ['+8 701 234 56 78', '+77012345678'],
    ['007 701 234 56 78', '+77012345678'],
    ['0049 30 1234567', '+49301234567'],
    ['(701) 234 56 78', '+77012345678'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each(['', '12', 'abc', '8 701 234', '+7 701 234 56 78 99', 'call me'])('refuses %j', (input) => {
    expect(normalizePhone(input)).toBeNull();
  });

  it('gives the same number however a KZ mobile is typed', () => {
    const spellings = (d: string) => [
      `+7${d}`,
      `8${d}`,
      `7${d}`,
      d,
      `8 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`,
      `+7 ${d.slice(0, 3)} ${d.slice(3)}`,
    ];
    fc.assert(
      fc.property(fc.stringMatching(/^7[0-9]{9}$/), (d) => {
        const results = new Set(spellings(d).map(normalizePhone));
        expect([...results]).toEqual([`+7${d}`]);
      }),
    );
  });

  it('gives the digits to search for, a domestic 8 also as 7', () => {
    expect(phoneSearchDigits('701 23')).toEqual(['70123']);
    expect(phoneSearchDigits('8 701')).toEqual(['8701', '7701']);
    expect(phoneSearchDigits('+7 701')).toEqual(['7701']);
    expect(phoneSearchDigits('70')).toEqual([]);
  });

  it('finds the number in a note around it', () => {
    expect(phoneInText('тел. 8 701 234 56 78')).toBe('+77012345678');
    expect(phoneInText('8 (701) 234-56-78 (Асель, после 18:00)')).toBe('+77012345678');
    expect(phoneInText('моб: +7 701 2345678')).toBe('+77012345678');
    expect(phoneInText('позвонить после обеда')).toBeNull();
    expect(phoneInText('8 7O1 234 56 78')).toBeNull();
  });

  it('formats normalised numbers back for reading', () => {
    expect(formatPhone('+77012345678')).toBe('+7 701 234 56 78');
    expect(formatPhone('+49301234567')).toBe('+49301234567');
  });
});
