import {describe, expect, it} from 'vitest';
import {buildIdMap, parentsFirst, remapValue} from './remap.ts';

const OLD = '01a24ec6-a86b-7aea-9331-0bbf479929d8';
const NEW = '0b000000-0000-4000-8000-000000000001';
const FILE = '11111111-2222-4333-8444-555555555555';

describe('ids of an imported company', () => {
  const tables = [[{id: 'm-abc12345'}, {id: `${OLD}:type:request`}, {id: `${OLD}|day|view|master|m-abc12345||`}], [{id: FILE, storage_key: `${OLD}/${FILE}`}]];
  const map = buildIdMap(tables, OLD, NEW, [['owner-old', 'owner-new']]);

  it('gives every row a new id, keeps an id derived from the company derived from the new one', () => {
    expect(map.get('m-abc12345')).not.toBe('m-abc12345');
    expect(map.get(FILE)).toMatch(/^[0-9a-f-]{36}$/);
    expect(map.get(FILE)).not.toBe(FILE);
    expect(map.get(`${OLD}:type:request`)).toBe(`${NEW}:type:request`);
    expect(map.get('owner-old')).toBe('owner-new');
    expect(map.get(`${OLD}|day|view|master|m-abc12345||`)).toBe(`${NEW}|day|view|master|${map.get('m-abc12345')}||`);
  });

  it('replaces old ids in columns, inside JSON (values and keys) and inside longer strings', () => {
    const row = {
      master_id: 'm-abc12345',
      place_ids: ['m-abc12345', 'kept'],
      changes: {[FILE]: {by: 'owner-old', note: 'm-abc12345 stays in prose'}},
      storage_key: `${OLD}/${FILE}`,
      url: `/files/${FILE.toUpperCase()}`,
      stat: `${OLD}|2026-01-01|view|master|m-abc12345||`,
      time: '10:00',
      n: 5,
      none: null,
    };
    expect(remapValue(row, map)).toEqual({
      master_id: map.get('m-abc12345'),
      place_ids: [map.get('m-abc12345'), 'kept'],
      changes: {[map.get(FILE)!]: {by: 'owner-new', note: 'm-abc12345 stays in prose'}},
      storage_key: `${NEW}/${map.get(FILE)}`,
      url: `/files/${map.get(FILE)}`,
      stat: `${NEW}|2026-01-01|view|master|${map.get('m-abc12345')}||`,
      time: '10:00',
      n: 5,
      none: null,
    });
  });

  it('orders rows so that a parent comes before its children, whatever the export order', () => {
    const rows = [
      {id: 'c', parent_id: 'b'},
      {id: 'b', parent_id: 'a'},
      {id: 'x', parent_id: 'gone'},
      {id: 'a', parent_id: null},
    ];
    expect(parentsFirst(rows, ['parent_id']).map((r) => r.id)).toEqual(['x', 'a', 'b', 'c']);
  });
});
