import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {DEFAULT_WORKFLOW} from './resolve.ts';
import {STATUS_KINDS, workflowSchema, type Workflow} from './types.ts';
import {addStatus, addTransition, countByStatus, moveStatus, removeStatus, removeTransition} from './workflow-edit.ts';

const workflowArb: fc.Arbitrary<Workflow> = fc
  .uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/), {minLength: 2, maxLength: 8})
  .chain((keys) =>
    fc.record({
      statuses: fc.tuple(
        ...keys.map((key) => fc.constantFrom(...STATUS_KINDS).map((kind) => ({key, kind, color: '#64748b', name: {ru: key, kk: '', en: ''}}))),
      ),
      transitions: fc.uniqueArray(
        fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...keys)).filter(([a, b]) => a !== b),
        {selector: ([a, b]) => `${a}>${b}`, maxLength: 20},
      ),
      initial: fc.constantFrom(...keys),
    }),
  )
  .map(({statuses, transitions, initial}) => workflowSchema.parse({statuses, transitions: transitions.map(([from, to]) => ({from, to})), initial}));

describe('editing a workflow draft', () => {
  it('removing a status takes its moves with it and keeps a start status, so the rest still saves', () => {
    fc.assert(
      fc.property(
        workflowArb.filter((w) => w.statuses.length > 2),
        fc.nat(),
        (w, n) => {
          const key = w.statuses[n % w.statuses.length]!.key;
          const after = removeStatus(w, key);
          expect(workflowSchema.safeParse(after).success).toBe(true);
          expect(after.transitions.some((t) => t.from === key || t.to === key)).toBe(false);
          // Every other move survives untouched.
          expect(after.transitions).toEqual(w.transitions.filter((t) => t.from !== key && t.to !== key));
        },
      ),
    );
  });

  it('adding statuses and moves keeps keys unique and the workflow valid', () => {
    fc.assert(
      fc.property(workflowArb, fc.array(fc.string({maxLength: 12}), {maxLength: 5}), (w, names) => {
        let draft = w;
        for (const name of names) {
          const added = addStatus(draft, {ru: name || 'Этап', kk: '', en: ''}, 'in_work');
          draft = addTransition(added.workflow, draft.initial, added.key);
        }
        expect(workflowSchema.safeParse(draft).success).toBe(true);
        expect(new Set(draft.statuses.map((s) => s.key)).size).toBe(draft.statuses.length);
      }),
    );
  });

  it('does not add a move twice or a move to the same status', () => {
    const w = DEFAULT_WORKFLOW;
    expect(addTransition(w, 'new', 'in_progress')).toBe(w);
    expect(addTransition(w, 'new', 'new')).toBe(w);
    expect(addTransition(w, 'done', 'new').transitions.at(-1)).toEqual({from: 'done', to: 'new', roles: [], guards: []});
  });

  it('moves a status up and down within the list only', () => {
    const keys = (x: Workflow) => x.statuses.map((s) => s.key);
    expect(keys(moveStatus(DEFAULT_WORKFLOW, 'waiting', -1)).slice(0, 3)).toEqual(['new', 'waiting', 'in_progress']);
    expect(moveStatus(DEFAULT_WORKFLOW, 'new', -1)).toBe(DEFAULT_WORKFLOW);
    expect(moveStatus(DEFAULT_WORKFLOW, 'cancelled', 1)).toBe(DEFAULT_WORKFLOW);
  });

  it('picks the first remaining status as the start when the start status is removed', () => {
    expect(removeStatus(DEFAULT_WORKFLOW, 'new').initial).toBe('in_progress');
    expect(removeTransition(DEFAULT_WORKFLOW, 0).transitions).toHaveLength(DEFAULT_WORKFLOW.transitions.length - 1);
  });

  it('counts requests per status of one type only', () => {
    const counts = countByStatus(
      [
        {type_id: 'a', status: 'new'},
        {type_id: 'a', status: 'new'},
        {type_id: 'b', status: 'new'},
        {type_id: null, status: 'done'},
        {type_id: 'a', status: 'gone'},
      ],
      'a',
    );
    expect([...counts]).toEqual([
      ['new', 2],
      ['gone', 1],
    ]);
  });
});
