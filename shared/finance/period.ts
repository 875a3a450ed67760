// A budget period: a year, a month of it, or a quarter (2026, 2026-03, 2026-Q1). Apart from validation.ts so the
// device's reads check it without zod.
export const PERIOD_RE = /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/;
