import {describe, expect, it} from 'vitest';
import {merged} from '../module/define.ts';
import {SHARED_MODULES} from '../module/list.ts';
import {QUERY_GROUPS} from './list.ts';

describe('the reads-only list', () => {
  it('holds exactly the groups the modules declare, the same objects', () => {
    const declared = merged(SHARED_MODULES, 'queries') as Record<string, unknown>;
    expect(Object.keys(QUERY_GROUPS).sort()).toEqual(Object.keys(declared).sort());
    for (const [group, reads] of Object.entries(QUERY_GROUPS)) expect(reads, group).toBe(declared[group]);
  });
});
