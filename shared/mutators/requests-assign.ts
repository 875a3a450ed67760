// Who a new request of an auto-assigning type goes to (the type's assignment:
// least loaded, in turn, by skill). The rule itself is shared/workflow/assignment.ts.
import type {Transaction} from '@rocicorp/zero';
import type {AuthContext} from '../auth/context.ts';
import {companyRows} from '../queries/scope.ts';
import {isOpenStatus} from '../requests/state.ts';
import {chooseAssignee} from '../workflow/assignment.ts';
import {parseAssignment, workflowOf} from '../workflow/resolve.ts';
import {memberRoles} from '../team/rules.ts';

/**
 * Server only: who a new request of an auto-assigning type goes to. Reads the
 * company's people and their open requests inside the write's transaction, so
 * two requests created at once are counted against each other.
 */
export async function autoAssign(tx: Transaction, ctx: AuthContext, type: {id: string; assignment: unknown} | undefined): Promise<string | null> {
  if (!type || tx.location !== 'server') return null;
  const assignment = parseAssignment(type.assignment);
  if (assignment.mode === 'manual') return null;
  const roles = await tx.run(companyRows('role', ctx));
  const workers = new Set(roles.filter((r) => Array.isArray(r.permissions) && r.permissions.includes('requests.update')).map((r) => r.key));
  const people = (await tx.run(companyRows('member', ctx).where('active', true))).filter(
    (m) => memberRoles(m).some((k) => workers.has(k)) || m.user_id === null,
  );
  const assigned = await tx.run(companyRows('request', ctx).where('responsible_id', 'IS NOT', null).related('type'));
  const load = new Map<string, number>();
  const lastOfType = new Map<string, number>();
  for (const r of assigned) {
    if (isOpenStatus(workflowOf(r.type), r.status)) load.set(r.responsible_id!, (load.get(r.responsible_id!) ?? 0) + 1);
    if (r.type_id === type.id) lastOfType.set(r.responsible_id!, Math.max(lastOfType.get(r.responsible_id!) ?? 0, r.created_at));
  }
  // "In turn" without stored state: whoever of this type's pool got one longest ago goes next.
  const candidates = people.map((p) => ({id: p.id, position: p.position, skills: Array.isArray(p.skills) ? p.skills : []}));
  if (assignment.mode === 'round_robin') {
    const byTurn = [...candidates].sort((a, b) => (lastOfType.get(a.id) ?? 0) - (lastOfType.get(b.id) ?? 0) || (a.id < b.id ? -1 : 1));
    return chooseAssignee(assignment, byTurn, load, -1)?.memberId ?? null;
  }
  return chooseAssignee(assignment, candidates, load, -1)?.memberId ?? null;
}
