// A module of dot declares itself once on each side. This is the shared half:
// its key, the company switch that turns it off (P4), the permissions it
// brings, and its named writes and reads. Every central registry (mutators,
// queries, write meta) is a loop over shared/module/list.ts, so adding a
// module is new files plus one line there (docs/add-a-module.md).
import type {Permission} from '../auth/permissions.ts';
import type {Module} from '../company/modules.ts';

export type SharedModule = {
  /** Unique; names the module in logs, docs and the server and client manifests. */
  readonly key: string;
  /** The company switch (P4) that turns this module off; a core module has none. */
  readonly switch?: Module;
  /** The permissions this module's rules check. */
  readonly permissions: readonly Permission[];
  /** Named writes, grouped as they are addressed: {booking: {create, move, …}} → "booking.create". */
  readonly mutators: {readonly [group: string]: {readonly [name: string]: unknown}};
  /** Named reads, grouped the same way: {booking: {masters, …}} → "booking.masters". */
  readonly queries: {readonly [group: string]: {readonly [name: string]: unknown}};
};

export function defineModule<const M extends SharedModule>(module: M): M {
  return module;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** The modules' groups of one kind, merged into one tree (typed: mutators.booking.create). */
export type Merged<L extends readonly SharedModule[], F extends 'mutators' | 'queries'> = UnionToIntersection<L[number][F]>;

export function merged<const L extends readonly SharedModule[], F extends 'mutators' | 'queries'>(list: L, field: F): Merged<L, F> {
  const out: Record<string, unknown> = {};
  for (const module of list) {
    for (const [group, entries] of Object.entries(module[field])) {
      if (group in out) throw new Error(`${field} group "${group}" is declared by two modules`);
      out[group] = entries;
    }
  }
  return out as Merged<L, F>;
}
