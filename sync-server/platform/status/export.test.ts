import {describe, expect, it} from 'vitest';
import {scrub} from './export.ts';

describe('the export leaves secrets out', () => {
  it('drops token, hash, password and sealed keys at any depth, and keeps the rest', () => {
    const at = new Date(0);
    const row = {id: 'a', created_at: at, changes: {token: 't', token_hash: 'h', label: 'Календарь', nested: [{password_hash: 'p', sealed: 's', name: 'x'}]}};
    expect(scrub(row)).toEqual({id: 'a', created_at: at, changes: {label: 'Календарь', nested: [{name: 'x'}]}});
  });
});
