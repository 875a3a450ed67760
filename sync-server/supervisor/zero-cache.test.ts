// zero-cache passes ZERO_* values to its workers as command-line pairs: a value
// starting with "-" becomes a flag and the sync worker dies at start-up (seen
// in an e2e run: "Expected string at taskID. Got true").
import {describe, expect, it} from 'vitest';
import {newApiKey, zeroSafeId} from './zero-cache.ts';

describe('values handed to zero-cache', () => {
  it('never begin with "-", however many starts', () => {
    for (let i = 0; i < 5000; i++) {
      expect(newApiKey()).toMatch(/^[0-9a-f]{48}$/);
      expect(zeroSafeId(8)).toMatch(/^[0-9a-f]{16}$/);
    }
  });
});
