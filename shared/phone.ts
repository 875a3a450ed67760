// Kazakhstan phone numbers as people type them: "8 701 234-56-78",
// "+7 (701) 2345678", "7012345678", "87012345678". Normalised to E.164
// (+77012345678). Kazakhstan shares +7 with Russia; both normalise the same way.
// Other countries are accepted when typed with "+" and 8–15 digits.

export function normalizePhone(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  if (/[^\d\s()+\-.]/.test(trimmed)) return null;
  const plus = trimmed.startsWith('+');
  const digits = trimmed.replace(/\D/g, '');
  if (plus) {
    if (digits.startsWith('7')) return digits.length === 11 ? `+${digits}` : null;
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
