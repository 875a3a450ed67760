// The module lists are the only registries: these checks catch what a central
// list used to catch by being edited by hand.
import {describe, expect, it} from 'vitest';
import {PERMISSIONS} from '../auth/permissions.ts';
import {MODULES} from '../company/modules.ts';
import {isMessageKey} from '../i18n/runtime.ts';
import '../i18n/translate.ts';
import {merged} from './define.ts';
import {SHARED_MODULES} from './list.ts';

const names = (tree: object) => Object.entries(tree).flatMap(([group, entries]) => Object.keys(entries as object).map((n) => `${group}.${n}`));

describe('the module list', () => {
  it('gives every module a unique key and a real company switch', () => {
    const keys = SHARED_MODULES.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const m of SHARED_MODULES) if ('switch' in m && m.switch) expect(MODULES).toContain(m.switch);
  });

  it('gives every permission to exactly one module', () => {
    const owners = new Map<string, string[]>();
    for (const m of SHARED_MODULES) for (const p of m.permissions) owners.set(p, [...(owners.get(p) ?? []), m.key]);
    expect(PERMISSIONS.filter((p) => owners.get(p)?.length !== 1).map((p) => `${p}: ${owners.get(p)?.join(', ') ?? 'none'}`)).toEqual([]);
    expect([...owners.keys()].filter((p) => !(PERMISSIONS as readonly string[]).includes(p))).toEqual([]);
  });

  it('refuses two modules declaring the same group of writes or reads', () => {
    const a = {key: 'a', permissions: [], mutators: {x: {}}, queries: {}} as const;
    const b = {key: 'b', permissions: [], mutators: {x: {}}, queries: {}} as const;
    expect(() => merged([a, b], 'mutators')).toThrow('mutators group "x" is declared by two modules');
  });

  it('names every write in the outbox in words (op.<mutator>)', () => {
    const writes = names(merged(SHARED_MODULES, 'mutators'));
    expect(writes.length).toBeGreaterThan(60);
    expect(writes.filter((w) => !isMessageKey(`op.${w}`))).toEqual([]);
  });
});
