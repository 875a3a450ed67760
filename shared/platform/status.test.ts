import {describe, expect, it} from 'vitest';
import {COMPANY_STATUSES, mayMoveStatus, needsReason} from './status.ts';

describe('company status', () => {
  it('lets every stopped company come back, and nothing stay where it is', () => {
    for (const s of COMPANY_STATUSES) {
      expect(mayMoveStatus(s, s)).toBe(false);
      if (s !== 'active') expect(mayMoveStatus(s, 'active')).toBe(true);
    }
  });
  it('never deletes without passing through the deleted status, and a deleted company only comes back', () => {
    expect(COMPANY_STATUSES.filter((s) => mayMoveStatus('deleted', s))).toEqual(['active']);
  });
  it('asks a reason for every stop', () => {
    expect(COMPANY_STATUSES.filter(needsReason)).toEqual(['suspended', 'blocked', 'deleted']);
  });
});
