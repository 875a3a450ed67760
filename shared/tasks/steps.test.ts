// A request type's step template: a step waits only on steps above it (so a
// template can hold no loop), and entering a status names the same tasks on
// every device and on the server.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {BACK_OFFICE_STEPS} from '../workflow/templates/back-office-steps.ts';
import {parseSteps, stepsSchema, stepTaskId, tasksOnEntering} from './steps.ts';

const title = {ru: 'Шаг', kk: '', en: ''};

describe('step templates', () => {
  it('refuses a step waiting on a later or unknown step, and a key twice', () => {
    const r = stepsSchema.safeParse([
      {key: 'b', title, onStatus: 'x', dependsOn: ['a']},
      {key: 'a', title, onStatus: 'x'},
      {key: 'a', title, onStatus: 'x'},
    ]);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['0.dependsOn', 'tasks.step.dependsLater'],
      ['2.key', 'v.taken'],
    ]);
    expect(parseSteps([{key: 'b', title, onStatus: 'x', dependsOn: ['a']}])).toEqual([]);
  });

  it('the back-office templates are valid and make payment tasks on approval', () => {
    for (const steps of Object.values(BACK_OFFICE_STEPS)) expect(stepsSchema.safeParse(steps).success).toBe(true);
    const made = tasksOnEntering(parseSteps(BACK_OFFICE_STEPS.payment), 'req-1', 'awaiting');
    expect(made.map((t) => [t.step.key, t.step.role, t.blockerIds])).toEqual([
      ['pay', 'finance', []],
      ['confirm', 'head', [stepTaskId('req-1', 'pay')]],
    ]);
    expect(tasksOnEntering(parseSteps(BACK_OFFICE_STEPS.payment), 'req-1', 'new')).toEqual([]);
  });

  it('derives the same short ids for the same request and step, different ones otherwise', () => {
    fc.assert(
      fc.property(fc.string({minLength: 1, maxLength: 64}), fc.stringMatching(/^[a-z][a-z0-9_]{0,39}$/), (request, key) => {
        const id = stepTaskId(request, key);
        expect(id).toBe(stepTaskId(request, key));
        expect(id.length).toBeLessThanOrEqual(64);
        expect(stepTaskId(request, `${key}x`)).not.toBe(id);
        expect(stepTaskId(`${request}x`, key)).not.toBe(id);
      }),
    );
  });
});
