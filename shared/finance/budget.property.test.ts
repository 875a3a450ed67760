// Budget arithmetic under any sequence of invoice events (issue 16's property
// test): plan = actual + committed + remainder on every line after every
// event; each invoice counted in exactly one bucket (rejected: none); and with
// the last-approval rule (approve only within the limit, else the extra step),
// what was approved without the extra step never passes the limit.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {bucketOf, impactOf, lineFigures} from './budget.ts';

type Inv = {id: string; line: number; status: string; amount_kzt: number; extra: boolean};
type Event = {kind: 'create'; line: number; amount: number} | {kind: 'submit' | 'approve' | 'reject' | 'return' | 'pay' | 'close' | 'cfo'; pick: number};

const MOVES: Record<string, Record<string, string>> = {
  submit: {received: 'approval', returned: 'approval'},
  reject: {received: 'rejected', returned: 'rejected', approval: 'rejected'},
  return: {approval: 'returned'},
  pay: {approved: 'paying', paying: 'paid'},
  close: {paid: 'closed'},
};

const event = fc.oneof(
  fc.record({kind: fc.constant('create' as const), line: fc.nat(2), amount: fc.integer({min: 1, max: 5_000_000})}),
  fc.record({
    kind: fc.constantFrom('submit', 'approve', 'reject', 'return', 'pay', 'close', 'cfo') as fc.Arbitrary<Exclude<Event['kind'], 'create'>>,
    pick: fc.nat(60),
  }),
);
const line = fc.record({plan: fc.integer({min: 0, max: 20_000_000}), limit_amount: fc.option(fc.integer({min: 0, max: 20_000_000}), {nil: null})});

function run(lines: {plan: number; limit_amount: number | null}[], events: Event[], check: (invoices: Inv[]) => void) {
  const invoices: Inv[] = [];
  for (const e of events) {
    if (e.kind === 'create') {
      invoices.push({id: `i${invoices.length}`, line: e.line, status: 'received', amount_kzt: e.amount, extra: false});
    } else if (invoices.length) {
      const inv = invoices[e.pick % invoices.length]!;
      const onLine = invoices.filter((i) => i.line === inv.line);
      if (e.kind === 'approve' && inv.status === 'approval') {
        // The last approval: within the limit, approved; past it, the extra (cfo) step is needed first.
        if (inv.extra || !impactOf(lines[inv.line]!, onLine, inv).overLimit) inv.status = 'approved';
      } else if (e.kind === 'cfo' && inv.status === 'approval') {
        inv.extra = true;
        inv.status = 'approved';
      } else {
        const to = MOVES[e.kind]?.[inv.status];
        if (to) inv.status = to;
      }
    }
    check(invoices);
  }
}

describe('budget arithmetic', () => {
  it('plan = actual + committed + remainder per line, and each invoice in exactly one bucket, after any events', () => {
    fc.assert(
      fc.property(fc.array(line, {minLength: 3, maxLength: 3}), fc.array(event, {maxLength: 80}), (lines, events) => {
        run(lines, events, (invoices) => {
          lines.forEach((l, n) => {
            const on = invoices.filter((i) => i.line === n);
            const f = lineFigures(l, on);
            expect(f.plan).toBe(f.actual + f.committed + f.remainder);
            const counted = on.filter((i) => bucketOf(i.status) !== 'none').reduce((s, i) => s + i.amount_kzt, 0);
            expect(f.actual + f.committed + f.forecast).toBe(counted);
            for (const i of on) {
              expect(['actual', 'committed', 'forecast', 'none']).toContain(bucketOf(i.status));
            }
            const by = (b: string) => on.filter((i) => bucketOf(i.status) === b).reduce((s, i) => s + i.amount_kzt, 0);
            expect([f.actual, f.committed, f.forecast]).toEqual([by('actual'), by('committed'), by('forecast')]);
          });
        });
      }),
      {numRuns: 300},
    );
  });

  it('never lets invoices approved without the extra step pass the limit', () => {
    fc.assert(
      fc.property(fc.array(line, {minLength: 3, maxLength: 3}), fc.array(event, {maxLength: 80}), (lines, events) => {
        run(lines, events, (invoices) => {
          lines.forEach((l, n) => {
            const limit = l.limit_amount ?? l.plan;
            const plain = invoices.filter((i) => i.line === n && !i.extra && bucketOf(i.status) !== 'forecast' && bucketOf(i.status) !== 'none');
            expect(plain.reduce((s, i) => s + i.amount_kzt, 0)).toBeLessThanOrEqual(limit);
          });
        });
      }),
      {numRuns: 300},
    );
  });
});
