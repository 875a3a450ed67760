// Bad input, on every route: the fuzz run of testing/fuzz/run.ts, bounded so
// it fits in `npm test` (a longer run with a fresh seed: npm run bench -- fuzz).
// The seed is fixed here so a red run is a real, replayable finding, not luck;
// DOT_FUZZ_SEED and DOT_FUZZ_CASES replay or widen it.
import {describe, expect, inject, it} from 'vitest';
import {fuzz} from './testing/fuzz/run.ts';

describe('every REST route and public page, fuzzed', () => {
  it('never answers 5xx; refuses in the documented shape and language; refused writes leave nothing; other companies stay untouched', async () => {
    const report = await fuzz({
      base: inject('baseUrl'),
      pgUrl: inject('pgUrl'),
      perTarget: Number(process.env.DOT_FUZZ_CASES ?? 12),
      seed: Number(process.env.DOT_FUZZ_SEED ?? 13),
    });
    // Coverage, not luck: most of the run must have been refused, and some of it must have gone through.
    const refused = Object.entries(report.byStatus)
      .filter(([s]) => Number(s) >= 400)
      .reduce((n, [, c]) => n + c, 0);
    expect(report.requests).toBeGreaterThan(1000);
    expect(refused / report.requests).toBeGreaterThan(0.5);
    expect(report.byStatus[201] ?? 0).toBeGreaterThan(0);
    expect(report.failures.slice(0, 20)).toEqual([]);
  }, 300_000);
});
