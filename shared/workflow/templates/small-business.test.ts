// The built-in lifecycle (S0's five statuses), which every request without a
// type of its own follows: exactly these moves, and every status named in the catalogs.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {createTranslator} from '../../i18n/translate.ts';
import {builtInStatusName} from '../describe.ts';
import {movesFrom, statusOf} from '../engine.ts';
import {DEFAULT_WORKFLOW} from '../resolve.ts';

const STATUSES = DEFAULT_WORKFLOW.statuses.map((s) => s.key);
const canMove = (from: string, to: string) => movesFrom(DEFAULT_WORKFLOW, from).some((t) => t.to === to);

describe('the built-in request lifecycle', () => {
  const allowed: [string, string][] = [
    ['new', 'in_progress'],
    ['new', 'waiting'],
    ['new', 'done'],
    ['new', 'cancelled'],
    ['in_progress', 'waiting'],
    ['in_progress', 'done'],
    ['in_progress', 'cancelled'],
    ['waiting', 'in_progress'],
    ['waiting', 'done'],
    ['waiting', 'cancelled'],
    ['done', 'in_progress'],
    ['cancelled', 'new'],
  ];

  it('has the five statuses, starting at new, and allows exactly these moves', () => {
    expect(STATUSES).toEqual(['new', 'in_progress', 'waiting', 'done', 'cancelled']);
    expect(DEFAULT_WORKFLOW.initial).toBe('new');
    for (const from of STATUSES) {
      for (const to of STATUSES) {
        const expected = allowed.some(([a, b]) => a === from && b === to);
        expect(canMove(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
  });

  it('has no move from or to an unknown status', () => {
    expect(canMove('archived', 'new')).toBe(false);
    expect(canMove('new', 'archived')).toBe(false);
  });

  it('never leaves a request in a status it does not define, nor one without a way on', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...STATUSES), {maxLength: 40}), (attempts) => {
        let status = DEFAULT_WORKFLOW.initial;
        for (const to of attempts) if (canMove(status, to)) status = to;
        expect(statusOf(DEFAULT_WORKFLOW, status)?.key).toBe(status);
        expect(movesFrom(DEFAULT_WORKFLOW, status).length).toBeGreaterThan(0);
      }),
    );
  });

  it('names its statuses from the catalogs, and any other value as it is', () => {
    const t = createTranslator('en');
    expect(STATUSES.map((s) => builtInStatusName(s, t))).toEqual(['New', 'In progress', 'Waiting for reply', 'Done', 'Cancelled']);
    expect(builtInStatusName('approval', t)).toBe('approval');
    expect(builtInStatusName(null, t)).toBe('');
  });
});
