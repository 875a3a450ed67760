// The period's requests (filters applied) with what the requests and people
// sections read of each, worked out once. Decisions the server SQL copies:
// - due = the earliest of sla_due_at and deadline (none: never overdue);
//   overdue = not done or cancelled and now > due.
// - doneAt = for a request now in a done-kind status, the latest entered_at of
//   its stages in its current status (request.status_since on the server);
//   null when no such stage is known.
// - returned = its stages hold some status more than once.
import type {AnalyticsInput} from '../input.ts';
import type {StatusKind} from '../../workflow/types.ts';
import {isOpenKind, type KindOf} from './kinds.ts';
import {dueOf, filterOf, inPeriod, type Scope} from './scope.ts';

export type RequestRow = AnalyticsInput['requests'][number];
export type StageRow = AnalyticsInput['stages'][number];

export type RequestFact = {
  readonly row: RequestRow;
  readonly kind: StatusKind;
  readonly due: number | null;
  readonly overdue: boolean;
  readonly doneAt: number | null;
  readonly returned: boolean;
  readonly stages: readonly StageRow[];
};

export function matchesRequest(r: RequestRow, scope: Scope): boolean {
  const q = scope.query;
  const branch = filterOf(q.branch);
  const typeId = filterOf(q.typeId);
  const responsible = filterOf(q.responsibleId);
  if (branch !== undefined && r.department !== branch) return false;
  if (typeId !== undefined && (r.type_id ?? '') !== typeId) return false;
  if (responsible !== undefined && (r.responsible_id ?? '') !== responsible) return false;
  return true;
}

export function requestFacts(input: AnalyticsInput, scope: Scope, kindOf: KindOf): RequestFact[] {
  const rows = input.requests.filter((r) => inPeriod(scope, r.created_at) && matchesRequest(r, scope));
  const stagesOf = new Map<string, StageRow[]>();
  for (const r of rows) stagesOf.set(r.id, []);
  for (const s of input.stages) stagesOf.get(s.request_id)?.push(s);
  return rows.map((row) => {
    const kind = kindOf(row.type_id, row.status);
    const stages = stagesOf.get(row.id) ?? [];
    const due = dueOf(row);
    let doneAt: number | null = null;
    if (kind === 'done') for (const s of stages) if (s.status === row.status && (doneAt === null || s.entered_at > doneAt)) doneAt = s.entered_at;
    // A request has a handful of stages: comparing pairs beats building a set for each.
    let returned = false;
    for (let i = 1; i < stages.length && !returned; i++) for (let j = 0; j < i; j++) if (stages[j]!.status === stages[i]!.status) returned = true;
    return {row, kind, due, overdue: isOpenKind(kind) && due !== null && scope.now > due, doneAt, returned, stages};
  });
}
