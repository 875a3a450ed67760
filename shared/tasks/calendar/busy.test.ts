import {describe, expect, it} from 'vitest';
import {busyIn, busyQuery} from './busy.ts';

const DAY = 86_400_000;

describe('free/busy input', () => {
  it('takes up to 50 members (duplicates once) and up to 62 days', () => {
    expect(busyQuery.parse({members: 'a, b,a', from: '0', to: String(62 * DAY)})).toEqual({members: ['a', 'b'], from: 0, to: 62 * DAY});
    const fields = (q: object) => busyQuery.safeParse(q).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(fields({members: 'a', from: '0', to: String(62 * DAY + 1)})).toEqual([['to', 'calendar.busy.range']]);
    expect(fields({members: 'a', from: '5', to: '5'})).toEqual([['to', 'calendar.busy.order']]);
    expect(fields({members: Array.from({length: 51}, (_, i) => `m${i}`).join(','), from: '0', to: '1'})).toEqual([['members', 'calendar.busy.members']]);
    expect(fields({members: ',', from: '0', to: '1'})).toEqual([['members', 'v.required']]);
    expect(fields({members: 'a', from: 'x', to: '1'})?.[0]?.[0]).toBe('from');
  });

  it('keeps what touches the range, by member then time', () => {
    const b = (memberId: string, start: number, end: number) => ({memberId, start, end, kind: 'meeting' as const});
    expect(busyIn([b('b', 5, 8), b('a', 9, 12), b('a', 1, 3), b('a', 0, 1), b('a', 20, 30), b('a', 4, 4)], 1, 10)).toEqual([
      b('a', 1, 3),
      b('a', 9, 12),
      b('b', 5, 8),
    ]);
  });
});
