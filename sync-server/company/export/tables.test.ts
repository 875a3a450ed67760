import {describe, expect, it} from 'vitest';
import {scrub, zipName} from './tables.ts';

describe('the export leaves secrets out', () => {
  it('drops token, hash, password and sealed keys at any depth, and keeps the rest', () => {
    const at = new Date(0);
    const row = {id: 'a', created_at: at, changes: {token: 't', token_hash: 'h', label: 'Календарь', nested: [{password_hash: 'p', sealed: 's', name: 'x'}]}};
    expect(scrub(row)).toEqual({id: 'a', created_at: at, changes: {label: 'Календарь', nested: [{name: 'x'}]}});
  });
});

describe("a file's name inside the export", () => {
  it('cannot climb out of its folder or hide a path', () => {
    expect(zipName('../../etc/passwd')).toBe('__.._etc_passwd');
    expect(zipName('договор №1.pdf')).toBe('договор №1.pdf');
    expect(zipName('a\\b:c')).toBe('a_b_c');
    expect(zipName('')).toBe('file');
  });
});
