import {describe, expect, it} from 'vitest';
import {chooseAssignee, eligible} from './assignment.ts';

const people = [
  {id: 'a', position: 'Инженер', skills: []},
  {id: 'b', position: 'Бухгалтер', skills: ['1С']},
  {id: 'c', position: 'инженер', skills: []},
];

describe('automatic assignment', () => {
  it('goes in turn with round robin', () => {
    const rr = {mode: 'round_robin' as const, positions: []};
    const turns: string[] = [];
    let last = -1;
    for (let i = 0; i < 5; i++) {
      const pick = chooseAssignee(rr, people, new Map(), last)!;
      turns.push(pick.memberId);
      last = pick.turn;
    }
    expect(turns).toEqual(['a', 'b', 'c', 'a', 'b']);
  });

  it('picks the least loaded, ties to the first', () => {
    expect(
      chooseAssignee(
        {mode: 'least_loaded', positions: []},
        people,
        new Map([
          ['a', 3],
          ['b', 1],
          ['c', 1],
        ]),
        -1,
      )?.memberId,
    ).toBe('b');
  });

  it('picks among people of a position or skill, case-insensitively', () => {
    expect(eligible({mode: 'by_position', positions: ['ИНЖЕНЕР']}, people).map((p) => p.id)).toEqual(['a', 'c']);
    expect(eligible({mode: 'by_position', positions: ['1с']}, people).map((p) => p.id)).toEqual(['b']);
    expect(chooseAssignee({mode: 'by_position', positions: ['инженер']}, people, new Map([['a', 2]]), -1)?.memberId).toBe('c');
  });

  it('leaves the request unassigned when nobody fits, or when assignment is manual', () => {
    expect(chooseAssignee({mode: 'by_position', positions: ['Юрист']}, people, new Map(), -1)).toBeNull();
    expect(chooseAssignee({mode: 'manual', positions: []}, people, new Map(), -1)).toBeNull();
  });
});
