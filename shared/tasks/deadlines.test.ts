// What a person sees when a deadline moves: everything after it moves by the
// same amount; fixed deadlines and finished tasks never move; a task that can
// start is due its duration after it became startable; a waiting task is never
// due before what it waits on; and the company's working hours are honoured
// when the server passes them. Properties run over random acyclic plans.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {emptyWeek} from '../company/hours.ts';
import {addWorkingTime} from '../workflow/sla.ts';
import {calendarHours, planDeadlines, type AddHours, type PlanTask} from './deadlines.ts';
import type {Edge} from './graph.ts';

const HOUR = 3_600_000;
const BASE = Date.parse('2026-06-01T00:00:00Z');
const id = (i: number) => `t${i}`;

type Plan = {tasks: PlanTask[]; edges: Edge[]};

/** n tasks; a task waits only on lower indices. startableAt is set exactly when no blocker is open, as stored data has it. */
const plan = fc.integer({min: 1, max: 20}).chain((n) =>
  fc
    .record({
      pairs: fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), {maxLength: n * 2, selector: ([a, b]) => `${a} ${b}`}),
      rows: fc.array(
        fc.record({
          durationHours: fc.option(fc.integer({min: 0, max: 200})),
          deadline: fc.option(fc.integer({min: 0, max: 2000}).map((h) => BASE + h * HOUR)),
          startedAt: fc.integer({min: 0, max: 500}).map((h) => BASE + h * HOUR),
          done: fc.boolean(),
        }),
        {minLength: n, maxLength: n},
      ),
    })
    .map(({pairs, rows}): Plan => {
      const edges = pairs.filter(([a, b]) => a !== b).map(([a, b]) => ({task: id(Math.max(a, b)), blocker: id(Math.min(a, b))}));
      const tasks = rows.map((r, i): PlanTask => {
        const blocked = edges.some((e) => e.task === id(i) && !rows[Number(e.blocker.slice(1))]!.done);
        return {id: id(i), durationHours: r.durationHours, deadline: r.deadline, startableAt: blocked ? null : r.startedAt, done: r.done};
      });
      return {tasks, edges};
    }),
);

const after = (p: Plan, changed: Map<string, number | null>) => (t: PlanTask) => (changed.has(t.id) ? changed.get(t.id)! : t.deadline);

describe('planDeadlines (properties)', () => {
  it('never moves a fixed deadline or a finished task; a startable task is due its duration after it became startable', () => {
    let startable = 0;
    fc.assert(
      fc.property(plan, (p) => {
        const changed = planDeadlines(p.tasks, p.edges);
        for (const t of p.tasks) {
          if (changed.has(t.id)) expect(changed.get(t.id)).not.toBe(t.deadline);
          if (t.done || t.durationHours === null) {
            expect(changed.has(t.id), t.id).toBe(false);
          } else if (t.startableAt !== null) {
            startable++;
            expect(after(p, changed)(t)).toBe(t.startableAt + t.durationHours * HOUR);
          }
        }
      }),
    );
    expect(startable).toBeGreaterThan(20);
  });

  it('a waiting task is due its duration after the latest open blocker, never before any of them', () => {
    let checked = 0;
    fc.assert(
      fc.property(plan, (p) => {
        const changed = planDeadlines(p.tasks, p.edges);
        const deadline = after(p, changed);
        const byId = new Map(p.tasks.map((t) => [t.id, t]));
        for (const t of p.tasks) {
          if (t.done || t.durationHours === null || t.startableAt !== null) continue;
          const open = p.edges
            .filter((e) => e.task === t.id)
            .map((e) => byId.get(e.blocker)!)
            .filter((b) => !b.done);
          const theirs = open.map(deadline);
          if (theirs.some((d) => d === null)) {
            expect(deadline(t), `${t.id} keeps its deadline`).toBe(t.deadline);
            continue;
          }
          checked++;
          for (const d of theirs) expect(deadline(t)!).toBeGreaterThanOrEqual(d!);
          expect(deadline(t)).toBe(Math.max(...(theirs as number[])) + t.durationHours * HOUR);
        }
      }),
    );
    expect(checked).toBeGreaterThan(20);
  });

  it('is settled: planning again after applying the changes changes nothing', () => {
    fc.assert(
      fc.property(plan, (p) => {
        const changed = planDeadlines(p.tasks, p.edges);
        const applied = p.tasks.map((t) => ({...t, deadline: after(p, changed)(t)}));
        expect(planDeadlines(applied, p.edges).size).toBe(0);
      }),
    );
  });

  it('moving the head of a chain by Δ moves every task after it by exactly Δ', () => {
    fc.assert(
      fc.property(fc.integer({min: -500, max: 500}), fc.integer({min: 0, max: 100}), fc.integer({min: 0, max: 100}), (deltaHours, bHours, cHours) => {
        const chain = (aDeadline: number): PlanTask[] => [
          {id: 'A', durationHours: null, deadline: aDeadline, startableAt: BASE, done: false},
          {id: 'B', durationHours: bHours, deadline: null, startableAt: null, done: false},
          {id: 'C', durationHours: cHours, deadline: BASE, startableAt: null, done: false},
        ];
        const edges: Edge[] = [
          {task: 'B', blocker: 'A'},
          {task: 'C', blocker: 'B'},
        ];
        const a0 = BASE + 1000 * HOUR;
        const before = planDeadlines(chain(a0), edges);
        const moved = planDeadlines(chain(a0 + deltaHours * HOUR), edges);
        expect(before.get('B')).toBe(a0 + bHours * HOUR);
        expect(moved.get('B')! - before.get('B')!).toBe(deltaHours * HOUR);
        expect(moved.get('C')! - before.get('C')!).toBe(deltaHours * HOUR);
        expect(moved.has('A')).toBe(false);
      }),
    );
  });
});

describe('planDeadlines (examples)', () => {
  const at = (iso: string) => Date.parse(iso);
  const task = (t: Partial<PlanTask> & {id: string}): PlanTask => ({durationHours: null, deadline: null, startableAt: null, done: false, ...t});

  it('counts working hours when the server passes the company calendar: Friday 17:00 + 3 h is Monday 11:00', () => {
    const week = emptyWeek();
    for (const d of ['mon', 'tue', 'wed', 'thu', 'fri'] as const) week[d] = {open: true, intervals: [{from: '09:00', to: '18:00'}]};
    const calls: [number, number][] = [];
    const working: AddHours = (from, hours) => (calls.push([from, hours]), addWorkingTime(from, hours, week, 'UTC'));
    const tasks = [task({id: 'A', deadline: at('2026-06-05T17:00:00Z'), startableAt: BASE}), task({id: 'B', durationHours: 3})];
    const edges = [{task: 'B', blocker: 'A'}];
    expect(planDeadlines(tasks, edges, working)).toEqual(new Map([['B', at('2026-06-08T11:00:00Z')]]));
    expect(calls).toEqual([[at('2026-06-05T17:00:00Z'), 3]]);
    // Calendar hours, the default, run through the night.
    expect(planDeadlines(tasks, edges)).toEqual(new Map([['B', at('2026-06-05T20:00:00Z')]]));
    expect(calendarHours(at('2026-06-05T17:00:00Z'), 3)).toBe(at('2026-06-05T20:00:00Z'));
  });

  it('waits for the latest open blocker; a finished one no longer counts', () => {
    const tasks = [
      task({id: 'A', deadline: at('2026-06-10T12:00:00Z'), startableAt: BASE}),
      task({id: 'Late', deadline: at('2026-06-20T12:00:00Z'), done: true}),
      task({id: 'B', durationHours: 24, deadline: at('2026-06-01T00:00:00Z')}),
    ];
    const edges = [
      {task: 'B', blocker: 'Late'},
      {task: 'B', blocker: 'A'},
    ];
    expect(planDeadlines(tasks, edges)).toEqual(new Map([['B', at('2026-06-11T12:00:00Z')]]));
  });

  it('keeps the stored deadline when a blocker has none, or is unknown', () => {
    const tasks = [
      task({id: 'A', startableAt: BASE}),
      task({id: 'B', durationHours: 5, deadline: at('2026-06-03T00:00:00Z')}),
      task({id: 'C', durationHours: 5}),
    ];
    expect(planDeadlines(tasks, [{task: 'B', blocker: 'A'}]).size).toBe(0);
    expect(planDeadlines(tasks, [{task: 'C', blocker: 'elsewhere'}]).size).toBe(0);
  });

  it('leaves tasks on a loop alone and still plans the rest', () => {
    const tasks = [
      task({id: 'X', durationHours: 1, deadline: 5}),
      task({id: 'Y', durationHours: 1, deadline: 7}),
      task({id: 'S', durationHours: 2, startableAt: BASE}),
    ];
    const edges = [
      {task: 'X', blocker: 'Y'},
      {task: 'Y', blocker: 'X'},
    ];
    expect(planDeadlines(tasks, edges)).toEqual(new Map([['S', BASE + 2 * HOUR]]));
  });
});
