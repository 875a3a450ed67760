// A request's status kind (open, in work, waiting, done, cancelled) comes from
// its type's workflow, read the way the rest of the app reads it
// (shared/workflow/resolve.ts workflowOf): a request without a type, of a type
// not among the rows, or of a type whose stored workflow does not parse,
// follows the built-in five statuses; a status its workflow does not have is
// "open". The server builds the same (type, status) → kind table from this.
import {statusOf} from '../../workflow/engine.ts';
import {workflowOf} from '../../workflow/resolve.ts';
import type {StatusKind} from '../../workflow/types.ts';
import type {Workflow} from '../../workflow/types.ts';

export type KindOf = (typeId: string | null | undefined, status: string) => StatusKind;

export function kindsOf(types: readonly {readonly id: string; readonly workflow: unknown}[]): KindOf {
  const byType = new Map<string, Workflow>(types.map((t) => [t.id, workflowOf(t)]));
  const fallback = workflowOf(undefined);
  return (typeId, status) => statusOf((typeId ? byType.get(typeId) : undefined) ?? fallback, status)?.kind ?? 'open';
}

/**
 * The same rule as rows for SQL to join: (type id, status, kind) for every
 * status of every type's workflow as read above, plus type id "" for the
 * built-in statuses (a request with no type or of a type not listed).
 */
export function kindTable(types: readonly {readonly id: string; readonly workflow: unknown}[]): {type_id: string; status: string; kind: StatusKind}[] {
  return [...types.map((t) => ({id: t.id, w: workflowOf(t)})), {id: '', w: workflowOf(undefined)}].flatMap(({id, w}) =>
    w.statuses.map((s) => ({type_id: id, status: s.key, kind: s.kind})),
  );
}

export function isOpenKind(kind: StatusKind): boolean {
  return kind === 'open' || kind === 'in_work' || kind === 'waiting';
}
