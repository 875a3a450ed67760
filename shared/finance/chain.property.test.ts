// Approval chain resolution for any amount and any set of role holders:
// the head's step iff the amount reaches the threshold, the finance
// director's iff over the limit, never a step without someone to decide it,
// and the company's order kept within and across groups.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {DEFAULT_INVOICE_CHAIN, FALLBACK_ROLE, resolveChain, type ChainStep} from './chain.ts';

const ROLES = ['finance', 'head', 'cfo', 'lawyer', 'manager'];
const MEMBERS = ['m1', 'm2', 'm3', 'm4'];

/** Holders of any subset of roles; the owners always have someone (every company has its founder). */
const people = fc
  .record({
    holders: fc.dictionary(fc.constantFrom(...ROLES), fc.subarray(MEMBERS), {maxKeys: ROLES.length}),
    active: fc.subarray(MEMBERS),
  })
  .map(({holders, active}) => {
    const map = new Map<string, string[]>(Object.entries(holders).map(([r, ms]) => [r, ms.filter((m) => active.includes(m))]));
    map.set(FALLBACK_ROLE, ['owner1']);
    return {holders: map as ReadonlyMap<string, readonly string[]>, active: new Set([...active, 'owner1'])};
  });

const step = fc.record({
  key: fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/),
  name: fc.constant('Шаг'),
  who: fc.oneof(fc.record({role: fc.constantFrom(...ROLES)}), fc.record({memberId: fc.constantFrom(...MEMBERS, 'gone')})),
  group: fc.nat(4),
  minAmount: fc.option(fc.integer({min: 0, max: 1e9}), {nil: undefined}),
  overLimit: fc.option(fc.boolean(), {nil: undefined}),
});
const chain = fc.uniqueArray(step, {selector: (s) => s.key, maxLength: 8}).map((steps) => steps.map(({who, ...s}): ChainStep => ({...s, ...who})));

describe('resolveChain', () => {
  it('asks the head iff the amount reaches 500,000 ₸ and the finance director iff over the limit (default chain)', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 1e12}), fc.boolean(), people, (amountKzt, overLimit, p) => {
        const keys = resolveChain(DEFAULT_INVOICE_CHAIN, {amountKzt, overLimit, ...p}).map((s) => s.key);
        expect(keys.includes('head')).toBe(amountKzt >= 500_000_00);
        expect(keys.includes('cfo')).toBe(overLimit);
        expect(keys.includes('finance')).toBe(true);
      }),
    );
  });

  it('gives every step someone to decide it, keeps group order and the company’s order within a group', () => {
    fc.assert(
      fc.property(chain, fc.integer({min: 0, max: 2e9}), fc.boolean(), people, (steps, amountKzt, overLimit, p) => {
        const out = resolveChain(steps, {amountKzt, overLimit, ...p});
        // Exactly the steps that apply.
        const applies = steps.filter((s) => (s.overLimit ? overLimit : s.minAmount === undefined || amountKzt >= s.minAmount));
        expect(out.map((s) => s.key).sort()).toEqual(applies.map((s) => s.key).sort());
        for (const s of out) {
          const deciders = s.memberId ? (p.active.has(s.memberId) ? [s.memberId] : []) : (p.holders.get(s.role) ?? []);
          expect(deciders.length).toBeGreaterThan(0);
        }
        for (let i = 1; i < out.length; i++) {
          const a = out[i - 1]!;
          const b = out[i]!;
          expect(a.group).toBeLessThanOrEqual(b.group);
          if (a.group === b.group) expect(steps.findIndex((s) => s.key === a.key)).toBeLessThan(steps.findIndex((s) => s.key === b.key));
        }
        for (const s of out)
          expect(s.why).toBe(
            steps.find((c) => c.key === s.key)!.overLimit ? 'limit' : steps.find((c) => c.key === s.key)!.minAmount !== undefined ? 'amount' : 'chain',
          );
      }),
      {numRuns: 500},
    );
  });
});
