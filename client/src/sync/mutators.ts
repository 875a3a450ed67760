// The device's registry of named writes. Zero must know every mutator when it
// is constructed, but only by its name and a function to run; the bodies (each
// write's rules, its argument schema, the domain rules they call) are most of
// a module's code and never needed to paint the first screen. So each leaf here
// has the real name and a `fn` that awaits the real module: it is fetched at
// idle right after the first screen (preloadMutators), and a write made before
// that — offline right after opening, or a pending write Zero rebases —
// simply waits for it. Client code calls these leaves (zero.mutate checks the
// very objects it was constructed with), never shared/mutators directly.
import type {Mutators} from '#shared/mutators/index.ts';
import {MUTATOR_NAMES} from './mutator-names.ts';

type Options = {args: unknown; ctx: unknown; tx: unknown};
type Runnable = {fn: (options: Options) => Promise<void>};
type Leaf = ((args: unknown) => unknown) & {mutatorName: string; fn: Runnable['fn']; '~': 'Mutator'};

let loading: Promise<Mutators> | undefined;

/** The real registry; fetched once (a failed fetch, e.g. offline with no cache, is tried again next time). */
export function loadMutators(): Promise<Mutators> {
  loading ??= Promise.all([import('#shared/mutators/index.ts'), import('#shared/module/list.ts'), import('#shared/company/module-access.ts')]).then(
    ([m, list, access]) => {
      // Which module a write belongs to (a switched-off module's refusal) is read from the manifests.
      access.registerManifests(list.SHARED_MODULES);
      return m.mutators;
    },
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}

/** Fetches the real writes while the device is idle, so a write never waits for them in practice. */
export function preloadMutators(): void {
  void loadMutators().catch(() => undefined);
}

function leaf(group: string, name: string, load: () => Promise<unknown>): Leaf {
  const mutator = ((args: unknown) => ({args, '~': 'MutateRequest', mutator})) as Leaf;
  mutator.mutatorName = `${group}.${name}`;
  mutator.fn = async (options) => {
    const real = (await load()) as Record<string, Record<string, Runnable | undefined> | undefined>;
    const body = real[group]?.[name];
    if (!body) throw new Error(`Mutator not found: ${mutator.mutatorName}`);
    await body.fn(options);
  };
  mutator['~'] = 'Mutator';
  return mutator;
}

/** A registry in Zero's shape whose leaves run the real bodies once `load` has them. */
export function lazyRegistry(names: Readonly<Record<string, readonly string[]>>, load: () => Promise<unknown>): unknown {
  const registry: Record<string, unknown> = {'~': 'MutatorRegistry'};
  for (const [group, list] of Object.entries(names)) {
    const node: Record<string, unknown> = {'~': 'MutatorRegistry'};
    for (const name of list) node[name] = leaf(group, name, load);
    registry[group] = node;
  }
  return registry;
}

export const mutators = lazyRegistry(MUTATOR_NAMES, loadMutators) as Mutators;
