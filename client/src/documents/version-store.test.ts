import {describe, expect, it} from 'vitest';
import {KEEP, keepFirst, type Kept} from './version-store.ts';

const kept = (n: number): Kept => ({fileId: `f${n}`, documentId: `d${n % 3}`, name: `v${n}.pdf`, mime: 'application/pdf', at: n});

describe('the versions kept on the device', () => {
  it('puts the one opened first, once, and lets the oldest fall off past the limit', () => {
    let list: Kept[] = [];
    const dropped: string[] = [];
    for (let n = 1; n <= KEEP + 3; n++) {
      const r = keepFirst(list, kept(n));
      list = r.kept;
      dropped.push(...r.dropped.map((k) => k.fileId));
    }
    expect(list).toHaveLength(KEEP);
    expect(list[0]!.fileId).toBe(`f${KEEP + 3}`);
    expect(dropped).toEqual(['f1', 'f2', 'f3']);
    // Opening an old one again brings it to the front without a duplicate; nothing falls off.
    const again = keepFirst(list, {...kept(10), at: 99});
    expect(again.kept[0]).toMatchObject({fileId: 'f10', at: 99});
    expect(again.kept.filter((k) => k.fileId === 'f10')).toHaveLength(1);
    expect(again.dropped).toEqual([]);
  });
});
