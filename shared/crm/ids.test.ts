import {describe, expect, it} from 'vitest';
import {derivedId, pairId} from './ids.ts';

describe('derived ids', () => {
  it('are the same for the same seed and purpose, different otherwise, and UUID-shaped', () => {
    const seed = '0196f0c2-8c1a-7000-8000-000000000001';
    expect(derivedId(seed, 'client')).toBe(derivedId(seed, 'client'));
    expect(derivedId(seed, 'client')).not.toBe(derivedId(seed, 'note'));
    expect(derivedId(seed, 'client')).not.toBe(seed);
    expect(derivedId(seed, 'client')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(pairId('x', 'y')).toBe(pairId('y', 'x'));
  });
});
