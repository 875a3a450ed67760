import {describe, expect, it} from 'vitest';
import {awaitsAcceptance, mayAccept} from './acceptance.ts';

const urgent = {priority: 'urgent', responsible_id: 'm1', accepted_at: null};

describe('acceptance of urgent requests', () => {
  it('marks an urgent request with a responsible person until it is accepted', () => {
    expect(awaitsAcceptance(urgent)).toBe(true);
    expect(awaitsAcceptance({...urgent, accepted_at: 1})).toBe(false);
  });

  it('does not mark requests nobody is responsible for, or that are not urgent', () => {
    expect(awaitsAcceptance({...urgent, responsible_id: null})).toBe(false);
    expect(awaitsAcceptance({...urgent, priority: 'high'})).toBe(false);
  });

  it('lets only the responsible person accept, once', () => {
    expect(mayAccept(urgent, 'm1')).toBe(true);
    expect(mayAccept(urgent, 'm2')).toBe(false);
    expect(mayAccept({...urgent, accepted_at: 1}, 'm1')).toBe(false);
  });
});
