// What a head of department reads in the workload table: every open task is
// counted once, for its assignee; late work is part of open work; shares and
// mean times are sane numbers; the busiest-late people come first.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {workload, type WorkTask} from './workload.ts';

const H = 3_600_000;
const NOW = Date.parse('2026-06-15T12:00:00Z');
const PERIOD = {from: NOW - 14 * 24 * H, to: NOW};

const workTask = fc
  .record({
    assigneeId: fc.option(fc.constantFrom('ann', 'bob', 'cai', 'dana')),
    state: fc.constantFrom('open', 'done', 'cancelled'),
    deadline: fc.option(fc.integer({min: -40 * 24, max: 10 * 24}).map((h) => NOW + h * H)),
    createdAt: fc.integer({min: -60 * 24, max: 0}).map((h) => NOW + h * H),
    closeAfter: fc.integer({min: -5, max: 40 * 24}),
  })
  .map((t): WorkTask => ({
    assigneeId: t.assigneeId,
    open: t.state === 'open',
    deadline: t.deadline,
    createdAt: t.createdAt,
    // Occasionally before createdAt: devices' clocks disagree.
    closedAt: t.state === 'done' ? Math.min(NOW, t.createdAt + t.closeAfter * H) : null,
  }));

describe('workload (properties)', () => {
  it('counts every open assigned task once; overdue is part of open; shares and means are sane', () => {
    fc.assert(
      fc.property(fc.array(workTask, {maxLength: 60}), (tasks) => {
        const rows = workload(tasks, NOW, PERIOD);
        const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
        expect(sum((r) => r.open)).toBe(tasks.filter((t) => t.open && t.assigneeId !== null).length);
        expect(new Set(rows.map((r) => r.memberId)).size).toBe(rows.length);
        for (const r of rows) {
          expect(r.open + r.closed).toBeGreaterThan(0);
          expect(r.overdue).toBeLessThanOrEqual(r.open);
          if (r.onTimeShare === null) expect(r.closed).toBe(0);
          else expect(r.onTimeShare >= 0 && r.onTimeShare <= 1).toBe(true);
          if (r.avgCloseMs === null) expect(r.closed).toBe(0);
          else expect(r.avgCloseMs).toBeGreaterThanOrEqual(0);
        }
        rows.forEach((r, i) => {
          const p = rows[i - 1];
          if (p) expect(p.overdue > r.overdue || (p.overdue === r.overdue && (p.open > r.open || (p.open === r.open && p.memberId < r.memberId)))).toBe(true);
        });
      }),
    );
  });
});

describe('workload (example)', () => {
  it('gives exact numbers for a small team', () => {
    const t = (assigneeId: string | null, open: boolean, deadlineH: number | null, createdH: number, closedH: number | null): WorkTask => ({
      assigneeId,
      open,
      deadline: deadlineH === null ? null : NOW + deadlineH * H,
      createdAt: NOW + createdH * H,
      closedAt: closedH === null ? null : NOW + closedH * H,
    });
    const rows = workload(
      [
        t('ann', true, -2, -48, null), // overdue
        t('ann', true, 24, -10, null),
        t('ann', false, -30, -40, -20), // closed 10 h late, took 20 h
        t('ann', false, null, -40, -36), // no deadline: on time, took 4 h
        t('ann', false, -100, -400, -15 * 24), // closed before the period
        t('bob', true, null, -5, null),
        t('bob', true, 0, -5, null), // due exactly now: not overdue yet
        t('bob', false, -1, -7, -3), // on time, took 4 h
        t('cai', false, null, -3, null), // cancelled: not counted
        t(null, true, -100, -200, null), // unassigned: skipped
        t('dana', false, 0, -6, 0), // closed exactly at `to`: outside the period
      ],
      NOW,
      PERIOD,
    );
    expect(rows).toEqual([
      {memberId: 'ann', open: 2, overdue: 1, closed: 2, avgCloseMs: 12 * H, onTimeShare: 0.5},
      {memberId: 'bob', open: 2, overdue: 0, closed: 1, avgCloseMs: 4 * H, onTimeShare: 1},
    ]);
  });

  it('orders equal rows by name', () => {
    const open = (assigneeId: string): WorkTask => ({assigneeId, open: true, deadline: null, createdAt: 0, closedAt: null});
    expect(workload([open('zoe'), open('amy')], NOW, PERIOD).map((r) => r.memberId)).toEqual(['amy', 'zoe']);
  });
});
