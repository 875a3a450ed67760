import {describe, expect, it} from 'vitest';
import {billingStep} from './billing.ts';
import {addMonths} from './company-routes.ts';

const DAY = 86_400_000;
const due = Date.UTC(2031, 5, 30);

describe('billing', () => {
  it('reminds 7 days and 1 day before, once each, and suspends only after the grace period', () => {
    expect(billingStep(due - 8 * DAY, due, null, 7)).toBeNull();
    expect(billingStep(due - 7 * DAY, due, null, 7)).toEqual({remind: 7});
    expect(billingStep(due - 3 * DAY, due, due - 7 * DAY, 7)).toBeNull();
    expect(billingStep(due - DAY / 2, due, due - 7 * DAY, 7)).toEqual({remind: 1});
    expect(billingStep(due - DAY / 4, due, due - DAY / 2, 7)).toBeNull();
    // A reminder of an earlier period does not count for this one.
    expect(billingStep(due - 7 * DAY, due, due - 40 * DAY, 7)).toEqual({remind: 7});
    expect(billingStep(due + 6 * DAY, due, null, 7)).toBeNull();
    expect(billingStep(due + 7 * DAY, due, null, 7)).toBe('suspend');
    expect(billingStep(due, due, null, 0)).toBe('suspend');
  });

  it('adds calendar months, the 31st landing on a shorter month’s last day', () => {
    expect(new Date(addMonths(Date.UTC(2031, 0, 31, 10), 1)).toISOString()).toBe('2031-02-28T10:00:00.000Z');
    expect(new Date(addMonths(Date.UTC(2031, 10, 15), 3)).toISOString()).toBe('2032-02-15T00:00:00.000Z');
  });
});
