// Reading untrusted webhook JSON without trusting its shape: each helper answers
// undefined instead of throwing, so a parser never throws on a body it does not know.

export type Obj = Record<string, unknown>;

export function obj(x: unknown): Obj | undefined {
  return typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Obj) : undefined;
}

export function arr(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

export function str(x: unknown): string | undefined {
  return typeof x === 'string' ? x : undefined;
}

/** A string, or a finite number read as its decimal string (ids come as either). */
export function idOf(x: unknown): string | undefined {
  if (typeof x === 'string' && x !== '') return x;
  if (typeof x === 'number' && Number.isFinite(x)) return String(x);
  return undefined;
}

/** Unix seconds (a number or a numeric string) → milliseconds; 0 when absent. */
export function secondsToMs(x: unknown): number {
  const n = typeof x === 'string' ? Number(x) : x;
  return typeof n === 'number' && Number.isFinite(n) ? n * 1000 : 0;
}
