import {describe, expect, it} from 'vitest';
import {SHARED_MODULES} from '#shared/module/list.ts';
import {SERVER_MODULES} from './list.ts';

describe('the server module list', () => {
  it('has one manifest per shared module (and the server-only ones), each key once', () => {
    const keys = SERVER_MODULES.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(SHARED_MODULES.map((m) => m.key).filter((k) => !keys.includes(k))).toEqual([]);
  });
});
