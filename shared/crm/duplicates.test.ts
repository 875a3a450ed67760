import {describe, expect, it} from 'vitest';
import {duplicatePairs} from './duplicates.ts';
import {pairId} from './ids.ts';

describe('duplicate proposals', () => {
  const clients = [
    {id: 'a', name: 'Асель Нурланова', created_at: 1},
    {id: 'b', name: 'Nurlanova Asel', created_at: 2},
    {id: 'c', name: 'Ержан', created_at: 3},
    {id: 'd', name: 'Ержан', created_at: 4},
    {id: 'e', name: 'Дана', created_at: 5, merged_into: 'a'},
  ];
  const contacts = [
    {client_id: 'c', kind: 'phone' as const, value: '+77011112233'},
    {client_id: 'd', kind: 'whatsapp' as const, value: '+77011112233'},
    {client_id: 'e', kind: 'phone' as const, value: '+77011112233'},
  ];

  it('proposes a shared contact first, then the same full name in any script, each with the oldest record kept', () => {
    expect(duplicatePairs(clients, contacts).map((p) => [p.keep, p.other, p.reason])).toEqual([
      ['c', 'd', 'contact'],
      ['a', 'b', 'name'],
    ]);
  });

  it('does not propose a pair marked as different people, nor one-word names, nor merged records', () => {
    expect(duplicatePairs(clients, contacts, new Set([pairId('d', 'c')])).map((p) => p.other)).toEqual(['b']);
  });

  it('leaves common names alone', () => {
    const many = Array.from({length: 6}, (_, i) => ({id: `n${i}`, name: 'Айгерим Садыкова', created_at: i}));
    expect(duplicatePairs(many, [])).toEqual([]);
  });
});
