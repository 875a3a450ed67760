// Two questions every part of the app asks about a request, answered once:
// is it still open (someone has to act), and is it late. The writes (auto
// assignment counts open requests), the filters ("open" scope), the list's
// badges, the table and the export all call these, so they cannot disagree.
// Lateness against the SLA is workflow/sla.ts's answer; this only adds "not
// once the request is closed" and the server's escalation mark.
import {slaState, type SlaState} from '../workflow/sla.ts';
import type {StatusKind, Workflow} from '../workflow/types.ts';

/** The kind of a status in the request's own workflow (undefined: a status the workflow no longer has). */
export type StatusKindOf = (typeId: string | null | undefined, status: string) => StatusKind | undefined;

/** Open = not of the done or cancelled kind; a status its workflow lost still needs someone, so it counts as open. */
export function isOpenKind(kind: StatusKind | undefined): boolean {
  return kind !== 'done' && kind !== 'cancelled';
}

/** Open, by the status's kind in this workflow. */
export function isOpenStatus(workflow: Workflow, status: string): boolean {
  return isOpenKind(workflow.statuses.find((s) => s.key === status)?.kind);
}

/** Open, for a row of a list (its kind looked up in its own type's workflow). */
export function isOpenRequest(r: {type_id?: string | null | undefined; status: string}, kindOf: StatusKindOf): boolean {
  return isOpenKind(kindOf(r.type_id, r.status));
}

/**
 * The SLA of a request: none once it is closed; otherwise the time left in
 * its status or how late it is (workflow/sla.ts), and whether the server has
 * escalated it — the server's word (its clock, its job), shown whatever this
 * device's clock says.
 */
export type RequestSla = SlaState & {escalated: boolean};

export function requestSla(
  now: number,
  r: {sla_due_at?: number | null | undefined; escalated_at?: number | null | undefined},
  open: boolean,
  escalateAfterHours: number,
): RequestSla {
  if (!open) return {state: 'none', escalated: false};
  return {...slaState(now, r.sla_due_at, escalateAfterHours), escalated: !!r.escalated_at};
}

/** Past the deadline a person set on it (not the SLA), while it is open. */
export function isPastDeadline(now: number, deadline: number | null | undefined, open: boolean): boolean {
  return open && deadline !== null && deadline !== undefined && deadline < now;
}
