// Where a request came from. Links and QR codes carry ?src=<tag>; anything that
// is not a safe short tag is recorded as the plain form.
export const BUILTIN_SOURCES = ['manual', 'form', 'api'] as const;

export function normalizeSource(src: unknown, fallback = 'form'): string {
  if (typeof src !== 'string') return fallback;
  const tag = src.trim().toLowerCase();
  return /^[a-z0-9][a-z0-9_-]{0,47}$/.test(tag) ? tag : fallback;
}

/** The message key family of a source tag: "qr-table" is a QR code. */
export function sourceKind(source: string): 'manual' | 'form' | 'api' | 'qr' | 'other' {
  if (source === 'manual' || source === 'form' || source === 'api') return source;
  if (source.startsWith('qr')) return 'qr';
  return 'other';
}
