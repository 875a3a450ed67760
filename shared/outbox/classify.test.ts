import {describe, expect, it} from 'vitest';
import {resolutionsFor, withAlternative} from './classify.ts';

describe('refused writes: what the user can do', () => {
  const taken = {code: 'conflict' as const, messageKey: 'booking.slotTaken' as const, alternatives: [{start: 1000, end: 2000}]};

  it('offers the free times instead of a taken booking time', () => {
    expect(resolutionsFor(taken, 'booking.create')).toEqual(['pick-alternative', 'discard']);
    expect(resolutionsFor(taken, 'booking.move')).toEqual(['pick-alternative', 'discard']);
    expect(withAlternative('booking.create', {id: 'b1', startsAt: 5, opId: 'x'}, 1000)).toEqual({id: 'b1', startsAt: 1000, opId: 'x'});
  });

  it('keeps the other resolutions as they were', () => {
    expect(resolutionsFor({code: 'conflict', current: 'done'}, 'request.setStatus')).toEqual(['resend-over', 'discard']);
    expect(resolutionsFor({code: 'conflict'}, 'booking.create')).toEqual(['edit', 'discard']);
    expect(withAlternative('request.create', {}, 1)).toBeNull();
  });
});
