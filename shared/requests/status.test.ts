import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {canTransition, REQUEST_STATUSES, REQUEST_TRANSITIONS} from './status.ts';

describe('the S0 request lifecycle', () => {
  const allowed: [string, string][] = [
    ['new', 'in_progress'],
    ['new', 'waiting'],
    ['new', 'done'],
    ['new', 'cancelled'],
    ['in_progress', 'waiting'],
    ['in_progress', 'done'],
    ['in_progress', 'cancelled'],
    ['waiting', 'in_progress'],
    ['waiting', 'done'],
    ['waiting', 'cancelled'],
    ['done', 'in_progress'],
    ['cancelled', 'new'],
  ];

  it('allows exactly the moves of the table', () => {
    for (const from of REQUEST_STATUSES) {
      for (const to of REQUEST_STATUSES) {
        const expected = allowed.some(([a, b]) => a === from && b === to);
        expect(canTransition(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
  });

  it('refuses unknown statuses', () => {
    expect(canTransition('archived', 'new')).toBe(false);
    expect(canTransition('new', 'archived')).toBe(false);
  });

  it('never leaves a request in a status the lifecycle does not define', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...REQUEST_STATUSES), {maxLength: 40}), (attempts) => {
        let status: string = 'new';
        for (const to of attempts) if (canTransition(status, to)) status = to;
        expect(REQUEST_STATUSES).toContain(status);
        expect(REQUEST_TRANSITIONS[status as keyof typeof REQUEST_TRANSITIONS].length).toBeGreaterThan(0);
      }),
    );
  });
});
