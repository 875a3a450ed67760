// Kazakhstan's bank and tax identifiers, checked the way the state and the
// banks check them (F1): a counterparty's BIN/IIN (12 digits, the official
// check digit), its account (IBAN KZ: 20 characters, ISO 7064 mod 97) and its
// bank's BIK (8 characters).

const W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

function weighted(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += digits[i]! * weights[i]!;
  return sum % 11;
}

/** The 12th digit for the first eleven, or null when both passes give 10 (no such number is issued). */
export function binCheckDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) return null;
  const d = [...first11].map(Number);
  const a = weighted(d, W1);
  if (a !== 10) return a;
  const b = weighted(d, W2);
  return b === 10 ? null : b;
}

/** A BIN (legal entity) or IIN (person): 12 digits whose last is the check digit. */
export function isValidBinIin(value: string): boolean {
  if (!/^\d{12}$/.test(value)) return false;
  const check = binCheckDigit(value.slice(0, 11));
  return check !== null && check === Number(value[11]);
}

/** "kz86 125k zt50 0410 0100" → "KZ86125KZT5004100100". */
export function normalizeIban(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

/** ISO 7064 MOD 97-10 over an IBAN: the country and check digits moved to the end, letters as 10–35. */
export function ibanMod97(iban: string): number {
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const code = ch >= 'A' && ch <= 'Z' ? ch.charCodeAt(0) - 55 : Number(ch);
    rest = (rest * (code > 9 ? 100 : 10) + code) % 97;
  }
  return rest;
}

/** An account in Kazakhstan: KZ, two check digits, a 3-digit bank code and 13 characters; mod 97 = 1. */
export function isValidIbanKz(value: string): boolean {
  const iban = normalizeIban(value);
  return /^KZ\d{2}\d{3}[0-9A-Z]{13}$/.test(iban) && ibanMod97(iban) === 1;
}

/** The check digits that make `KZ??` + bban valid (used to make examples and tests). */
export function ibanKzFor(bban: string): string {
  const rest = ibanMod97(`KZ00${bban}`);
  return `KZ${String(98 - rest).padStart(2, '0')}${bban}`;
}

/** A bank's BIK (SWIFT-like, 8 characters: 4 letters of the bank, KZ, 2 of the place). */
export function isValidBik(value: string): boolean {
  return /^[A-Z]{4}KZ[0-9A-Z]{2}$/.test(value.trim().toUpperCase());
}
