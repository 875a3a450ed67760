import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {binCheckDigit, ibanKzFor, isValidBik, isValidBinIin, isValidIbanKz, normalizeIban} from './kz.ts';

describe('BIN/IIN', () => {
  it('checks the worked examples of the official algorithm', () => {
    expect(isValidBinIin('900515301234')).toBe(true);
    expect(isValidBinIin('900515301235')).toBe(false);
    expect(isValidBinIin('061211600012')).toBe(true); // second pass
    expect(isValidBinIin('240540123458')).toBe(true); // a BIN
    expect(binCheckDigit('85030240056')).toBeNull(); // 10 on both passes: never issued
  });
  it('refuses anything but 12 digits', () => {
    for (const v of ['', '90051530123', '9005153012345', '90051530123a', ' 900515301234']) expect(isValidBinIin(v)).toBe(false);
  });
  it('accepts exactly one last digit for any 11 digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), (first) => {
        const valid = [...'0123456789'].filter((d) => isValidBinIin(first + d));
        expect(valid.length).toBe(binCheckDigit(first) === null ? 0 : 1);
      }),
    );
  });
});

describe('IBAN KZ', () => {
  it('checks the mod 97 and the shape', () => {
    const iban = ibanKzFor('125KZT5004100100');
    expect(iban).toMatch(/^KZ\d{2}125KZT5004100100$/);
    expect(isValidIbanKz(iban)).toBe(true);
    expect(isValidIbanKz(iban.toLowerCase().replace(/(.{4})/g, '$1 '))).toBe(true);
    expect(isValidIbanKz(iban.slice(0, -1) + (iban.endsWith('0') ? '1' : '0'))).toBe(false);
    expect(isValidIbanKz('DE89370400440532013000')).toBe(false);
    expect(isValidIbanKz('KZ86125KZT500410010')).toBe(false); // 19 characters
  });
  it('catches any single changed digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{3}[0-9A-Z]{13}$/), fc.nat(15), fc.constantFrom(...'0123456789'), (bban, at, ch) => {
        const iban = ibanKzFor(bban);
        const i = 4 + at;
        fc.pre(/\d/.test(iban[i]!) && iban[i] !== ch); // mod 97 catches every single changed digit
        expect(isValidIbanKz(iban.slice(0, i) + ch + iban.slice(i + 1))).toBe(false);
      }),
    );
  });
  it('normalizes spaces and case', () => expect(normalizeIban(' kz86 125k-zt50 ')).toBe('KZ86125KZT50'));
});

describe('BIK', () => {
  it('is 8 characters with KZ in the middle', () => {
    expect(isValidBik('KCJBKZKX')).toBe(true);
    expect(isValidBik('hsbkkzkx')).toBe(true);
    expect(isValidBik('KCJBKZK')).toBe(false);
    expect(isValidBik('KCJBRUKX')).toBe(false);
  });
});
