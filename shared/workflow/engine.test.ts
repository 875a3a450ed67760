import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {checkMove, movesFrom, requiredFieldsAt, type RequestSnapshot} from './engine.ts';
import type {FieldDef} from './fields.ts';
import {fieldDefsOf, parseWorkflow} from './resolve.ts';
import {TEMPLATES} from './templates/index.ts';
import {workflowSchema} from './types.ts';

const backOffice = TEMPLATES.back_office;
const paymentType = backOffice.types.find((t) => t.key === 'payment')!;
const payment = workflowSchema.parse(paymentType.workflow);
const paymentFields: FieldDef[] = fieldDefsOf(
  paymentType.fields.map((f) => ({
    key: f.key,
    label: {ru: f.label.ru, kk: f.label.kk ?? '', en: f.label.en ?? ''},
    kind: f.kind,
    options: (f.options ?? []).map((o) => ({key: o.key, label: {ru: o.label.ru, kk: o.label.kk ?? '', en: o.label.en ?? ''}})),
    required: f.required ?? false,
    required_from: f.requiredFrom ?? null,
  })),
);

const filled = {supplier: 'ТОО Рога', amount: 1_500_000_00, pay_by: '2026-12-01', basis: 'contract'};
const snap = (over: Partial<RequestSnapshot> = {}): RequestSnapshot => ({status: 'approval', fields: filled, attachmentKinds: [], checklist: [], ...over});

describe('every ready template', () => {
  it('passes the workflow schema and reaches a done status from its initial one', () => {
    for (const template of Object.values(TEMPLATES)) {
      for (const type of template.types) {
        const w = workflowSchema.parse(type.workflow);
        const seen = new Set([w.initial]);
        const queue = [w.initial];
        while (queue.length)
          for (const t of movesFrom(w, queue.shift()!))
            if (!seen.has(t.to)) {
              seen.add(t.to);
              queue.push(t.to);
            }
        expect(
          w.statuses.filter((s) => s.kind === 'done').some((s) => seen.has(s.key)),
          `${template.key}/${type.key}`,
        ).toBe(true);
      }
    }
  });
});

describe('the back-office payment workflow (S1 §6)', () => {
  it('refuses to approve a payment without an invoice and a basis, naming both', () => {
    const blockers = checkMove(payment, paymentFields, snap(), {role: 'head'}, 'awaiting');
    expect(blockers).toEqual([
      {kind: 'file_missing', fileKind: 'invoice'},
      {kind: 'file_missing', fileKind: 'basis'},
    ]);
  });

  it('approves once both files are attached', () => {
    expect(checkMove(payment, paymentFields, snap({attachmentKinds: ['invoice', 'basis']}), {role: 'head'}, 'awaiting')).toEqual([]);
  });

  it('lets only the head or finance (or the owner) approve', () => {
    const files = snap({attachmentKinds: ['invoice', 'basis']});
    expect(checkMove(payment, paymentFields, files, {role: 'executor'}, 'awaiting')).toEqual([{kind: 'role', roles: ['head', 'finance']}]);
    expect(checkMove(payment, paymentFields, files, {role: 'finance'}, 'awaiting')).toEqual([]);
    expect(checkMove(payment, paymentFields, files, {role: 'owner', permissions: ['requests.override']}, 'awaiting')).toEqual([]);
  });

  it('asks for a reason to return for rework or reject', () => {
    expect(checkMove(payment, paymentFields, snap(), {role: 'head'}, 'rework')).toEqual([{kind: 'comment_required'}]);
    expect(checkMove(payment, paymentFields, snap(), {role: 'head'}, 'rework', 'Нет подписи')).toEqual([]);
  });

  it('requires the fields marked "from on approval" when entering approval, not before', () => {
    const empty = snap({status: 'in_progress', fields: {supplier: 'A', amount: 100}});
    expect(checkMove(payment, paymentFields, empty, {role: 'executor'}, 'approval').map((b) => b.kind === 'field_missing' && b.field)).toEqual([
      'pay_by',
      'basis',
    ]);
    expect(requiredFieldsAt(payment, paymentFields, 'new').map((f) => f.key)).toEqual(['supplier', 'amount']);
    expect(requiredFieldsAt(payment, paymentFields, 'rejected').map((f) => f.key)).toEqual(['supplier', 'amount']);
  });

  it('needs a ticked checklist to mark the work done', () => {
    const s = snap({status: 'awaiting', checklist: [{done: true}, {done: false}]});
    expect(checkMove(payment, paymentFields, s, {role: 'executor'}, 'done')).toEqual([{kind: 'checklist_incomplete', open: 1}]);
  });

  it('refuses a move the workflow does not have', () => {
    expect(checkMove(payment, paymentFields, snap({status: 'new'}), {role: 'owner'}, 'closed')).toEqual([{kind: 'no_such_move'}]);
  });
});

describe('any workflow', () => {
  const workflows = Object.values(TEMPLATES).flatMap((t) => t.types.map((x) => workflowSchema.parse(x.workflow)));

  it('never leaves a request in a status its workflow does not define, whatever is tried', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...workflows),
        fc.array(
          fc.record({to: fc.string({maxLength: 12}), pick: fc.nat(), role: fc.constantFrom('owner', 'head', 'executor', 'contractor'), comment: fc.boolean()}),
          {maxLength: 40},
        ),
        (w, attempts) => {
          let status = w.initial;
          for (const a of attempts) {
            const moves = movesFrom(w, status);
            const to = moves.length && a.pick % 2 ? moves[a.pick % moves.length]!.to : a.to;
            const s: RequestSnapshot = {status, fields: {}, attachmentKinds: ['invoice', 'basis', 'contract'], checklist: []};
            if (checkMove(w, [], s, {role: a.role}, to, a.comment ? 'причина' : undefined).length === 0) status = to;
            expect(w.statuses.map((x) => x.key)).toContain(status);
          }
        },
      ),
    );
  });

  it('decides the same way every time for the same request (device and server agree)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...workflows), fc.nat(), fc.subarray(['invoice', 'basis', 'contract']), fc.boolean(), (w, i, kinds, comment) => {
        const t = w.transitions[i % w.transitions.length]!;
        const s: RequestSnapshot = {status: t.from, fields: {}, attachmentKinds: kinds, checklist: [{done: comment}]};
        const a = checkMove(w, [], s, {role: 'head'}, t.to, comment ? 'x' : undefined);
        const b = checkMove(parseWorkflow(JSON.parse(JSON.stringify(w))), [], structuredClone(s), {role: 'head'}, t.to, comment ? 'x' : undefined);
        expect(b).toEqual(a);
      }),
    );
  });
});

describe('moving past a step’s roles', () => {
  it('is allowed by any of the mover’s roles, or by requests.override; never by a role’s name alone', () => {
    const files = snap({attachmentKinds: ['invoice', 'basis']});
    expect(checkMove(payment, paymentFields, files, {role: 'executor', roles: ['executor', 'finance']}, 'awaiting')).toEqual([]);
    expect(checkMove(payment, paymentFields, files, {role: 'owner'}, 'awaiting')).toEqual([{kind: 'role', roles: ['head', 'finance']}]);
    expect(checkMove(payment, paymentFields, files, {role: 'admin', permissions: ['requests.override']}, 'awaiting')).toEqual([]);
  });
});
