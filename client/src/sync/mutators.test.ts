import {describe, expect, it} from 'vitest';
import {getMutator} from '@rocicorp/zero';
import {mutators as real} from '#shared/mutators/index.ts';
import {MUTATOR_NAMES} from './mutator-names.ts';
import {lazyRegistry, loadMutators, mutators} from './mutators.ts';

const namesOf = (registry: object) =>
  Object.fromEntries(
    Object.entries(registry)
      .filter(([k]) => k !== '~')
      .map(([g, node]) => [g, Object.keys(node as object).filter((k) => k !== '~')]),
  );

describe('the device registry of writes', () => {
  it('names every write of the real registry, no more', () => {
    const want = namesOf(real);
    // On a mismatch, paste this into mutator-names.ts.
    if (JSON.stringify(want) !== JSON.stringify(MUTATOR_NAMES)) console.log(JSON.stringify(want));
    expect(MUTATOR_NAMES).toEqual(want);
  });

  it('is shaped as Zero looks for: a registry of mutators by their full names', () => {
    const leaf = getMutator(mutators, 'request.setStatus')!;
    expect(leaf.mutatorName).toBe('request.setStatus');
    expect(leaf['~']).toBe('Mutator');
    const request = leaf({id: 'r'} as never);
    expect(request).toMatchObject({'~': 'MutateRequest', args: {id: 'r'}});
    expect((request as {mutator: unknown}).mutator).toBe(leaf);
  });

  it('runs the real body once it has loaded, and only then', async () => {
    const calls: unknown[] = [];
    let release!: (v: unknown) => void;
    const loaded = new Promise((r) => (release = r));
    const registry = lazyRegistry({g: ['w']}, () => loaded) as {g: {w: {fn: (o: unknown) => Promise<void>}}};
    const run = registry.g.w.fn({args: 1, ctx: 2, tx: 3});
    await Promise.resolve();
    expect(calls).toEqual([]);
    release({g: {w: {fn: async (o: unknown) => void calls.push(o)}}});
    await run;
    expect(calls).toEqual([{args: 1, ctx: 2, tx: 3}]);
  });

  it('loads the real registry', async () => {
    expect(await loadMutators()).toBe(real);
  });
});
