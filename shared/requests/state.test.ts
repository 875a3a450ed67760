import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {DEFAULT_WORKFLOW} from '../workflow/resolve.ts';
import {slaState} from '../workflow/sla.ts';
import {STATUS_KINDS, type StatusKind} from '../workflow/types.ts';
import {isOpenKind, isOpenRequest, isOpenStatus, isPastDeadline, requestSla} from './state.ts';

const HOUR = 3_600_000;
const now = Date.UTC(2026, 2, 1, 10);

describe('an open request', () => {
  it('is one whose status is not of the done or cancelled kind', () => {
    const open = STATUS_KINDS.filter((k) => isOpenKind(k));
    expect(open).toEqual(['open', 'in_work', 'waiting']);
  });

  it('is still open in a status its edited workflow no longer has (someone has to move it)', () => {
    expect(isOpenKind(undefined)).toBe(true);
    expect(isOpenStatus(DEFAULT_WORKFLOW, 'gone')).toBe(true);
  });

  it('is looked up in the request’s own workflow', () => {
    expect(DEFAULT_WORKFLOW.statuses.map((s) => [s.key, isOpenStatus(DEFAULT_WORKFLOW, s.key)])).toEqual([
      ['new', true],
      ['in_progress', true],
      ['waiting', true],
      ['done', false],
      ['cancelled', false],
    ]);
    const kinds: Record<string, Record<string, StatusKind>> = {t1: {closed: 'done'}, t2: {closed: 'in_work'}};
    const kindOf = (typeId: string | null | undefined, status: string) => kinds[typeId ?? '']?.[status];
    expect(isOpenRequest({type_id: 't1', status: 'closed'}, kindOf)).toBe(false);
    expect(isOpenRequest({type_id: 't2', status: 'closed'}, kindOf)).toBe(true);
  });
});

describe('a late request', () => {
  it('is overdue once its SLA deadline has passed, as workflow/sla.ts says', () => {
    expect(requestSla(now, {sla_due_at: now - 2 * HOUR}, true, 4)).toEqual({...slaState(now, now - 2 * HOUR, 4), escalated: false});
    expect(requestSla(now, {sla_due_at: now - 2 * HOUR}, true, 4).state).toBe('overdue');
    expect(requestSla(now, {sla_due_at: now + HOUR}, true, 4)).toMatchObject({state: 'ok', leftMs: HOUR});
    expect(requestSla(now, {sla_due_at: null}, true, 4)).toEqual({state: 'none', escalated: false});
  });

  it('is never late once closed, whatever its deadline or escalation said', () => {
    fc.assert(
      fc.property(fc.option(fc.integer({min: 0, max: 2 * now})), fc.option(fc.integer({min: 1, max: now})), (due, escalated) => {
        expect(requestSla(now, {sla_due_at: due, escalated_at: escalated}, false, 4)).toEqual({state: 'none', escalated: false});
        expect(isPastDeadline(now, due, false)).toBe(false);
      }),
    );
  });

  it('shows the server’s escalation whatever this device’s clock says', () => {
    // The device's clock is behind the server's: not yet overdue here, escalated there.
    expect(requestSla(now, {sla_due_at: now + HOUR, escalated_at: now}, true, 0)).toMatchObject({state: 'ok', escalated: true});
    // Moved on by hand to a status without a limit: no deadline, still escalated until it moves again.
    expect(requestSla(now, {sla_due_at: null, escalated_at: now}, true, 0)).toEqual({state: 'none', escalated: true});
  });

  it('is past the deadline a person set only after it, and only while open', () => {
    expect(isPastDeadline(now, now - 1, true)).toBe(true);
    expect(isPastDeadline(now, now, true)).toBe(false);
    expect(isPastDeadline(now, null, true)).toBe(false);
    expect(isPastDeadline(now, undefined, true)).toBe(false);
  });
});
