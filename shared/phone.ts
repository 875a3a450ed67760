// Kazakhstan phone numbers as people type them: "8 701 234-56-78",
// "+7 (701) 2345678", "7012345678", "87012345678". Normalised to E.164
// (+77012345678). Kazakhstan shares +7 with Russia; both normalise the same way.
// Other countries are accepted when typed with "+" (or "00") and 8–15 digits.
//
// Also read, because people type and paste them (CRM matching depends on it):
// dashes of every kind (‐ – —), no-break spaces, "00" for "+", and the common
// slip "+8 701 …" (a domestic 8 with a plus), which is never a real number.

const ALLOWED = /^[\d\s()+\-.\u2010-\u2015]+$/;

export function normalizePhone(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  if (!ALLOWED.test(trimmed)) return null;
  let digits = trimmed.replace(/\D/g, '');
  let plus = trimmed.startsWith('+');
  if (!plus && digits.startsWith('00')) {
    digits = digits.slice(2);
    plus = true;
  }
  if (plus) {
    if (digits.startsWith('7')) return digits.length === 11 ? `+${digits}` : null;
    if (digits.length === 11 && digits.startsWith('87')) return `+7${digits.slice(1)}`;
    return digits.length >= 8 && digits.length <= 15 ? `+${digits}` : null;
  }
  if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7'))) return `+7${digits.slice(1)}`;
  if (digits.length === 10 && /^[67]/.test(digits)) return `+7${digits}`;
  return null;
}

/** "+77012345678" → "+7 701 234 56 78"; anything else is returned unchanged. */
export function formatPhone(e164: string): string {
  const m = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(e164);
  return m ? `+7 ${m[1]} ${m[2]} ${m[3]} ${m[4]}` : e164;
}

/**
 * The digits to look for when someone searches by part of a number: "701 23"
 * → ["70123"]; a leading domestic 8 ("8 701") also as +7 ("7701"), because
 * stored numbers are E.164. Empty when there are fewer than 3 digits.
 */
export function phoneSearchDigits(query: string): string[] {
  const digits = query.replace(/\D/g, '');
  if (digits.length < 3) return [];
  return digits.startsWith('8') && digits.length >= 4 ? [digits, `7${digits.slice(1)}`] : [digits];
}

/**
 * The number in a note as spreadsheets and pasted text carry it:
 * "тел. 8 701 234 56 78", "8 701 234 56 78 (Асель)". The first run of digits
 * and phone signs that reads as a number; null when there is none.
 */
export function phoneInText(input: string): string | null {
  const direct = normalizePhone(input);
  if (direct) return direct;
  for (const m of input.matchAll(/\+?[\d(][\d\s()\-.\u2010-\u2015]{8,}\d/g)) {
    const n = normalizePhone(m[0]);
    if (n) return n;
  }
  return null;
}
