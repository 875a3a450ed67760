// The workflow engine: may this person make this move now, and if not, why.
// The same function greys out a button on the device (with the reasons shown)
// and refuses the write on the server, so both always agree.
import type {FieldDef} from './fields.ts';
import {isFilled} from './fields.ts';
import type {Guard, Localized, Transition, Workflow, WorkflowStatus} from './types.ts';

export type RequestSnapshot = {
  status: string;
  fields: Readonly<Record<string, unknown>>;
  /** Kinds of the files attached (invoice, basis, photo…). */
  attachmentKinds: readonly string[];
  checklist: readonly {done: boolean}[];
  /** A request: its required tasks still open (the `tasks_done` guard). */
  openTasks?: readonly TaskRef[];
  /** A task: the tasks it waits on that are not done (`blockers_done`). */
  openBlockers?: readonly TaskRef[];
  /** A task: its result as handed in, and whether one is required (`result_given`). */
  result?: {readonly required: boolean; readonly text: string; readonly link: string; readonly files: number};
  /** An invoice or a document: the steps of its approval still undecided, named (`approvals_done`). */
  pendingApprovals?: readonly string[];
};

export type TaskRef = {readonly id: string; readonly title: string};

/** Who moves a request: their roles, and whether they may override a step's role list (`requests.override`). */
export type Mover = {role: string; roles?: readonly string[]; permissions?: readonly string[]};

export type Blocker =
  | {kind: 'no_such_move'}
  | {kind: 'role'; roles: readonly string[]}
  | {kind: 'field_missing'; field: string; label: Localized}
  | {kind: 'file_missing'; fileKind: string}
  | {kind: 'checklist_incomplete'; open: number}
  | {kind: 'comment_required'}
  | {kind: 'tasks_open'; tasks: readonly TaskRef[]}
  | {kind: 'blocked_by'; tasks: readonly TaskRef[]}
  | {kind: 'result_missing'; missing: readonly ('text' | 'file_or_link')[]}
  | {kind: 'approvals_pending'; steps: readonly string[]};

export function statusOf(workflow: Workflow, key: string): WorkflowStatus | undefined {
  return workflow.statuses.find((s) => s.key === key);
}

export function movesFrom(workflow: Workflow, from: string): Transition[] {
  return workflow.transitions.filter((t) => t.from === from);
}

/**
 * Fields required in `status`: those always required, and those required
 * "from" a status on — that status and every status listed after it, except
 * the cancelled kind (a rejected request need not be complete).
 */
export function requiredFieldsAt(workflow: Workflow, fields: readonly FieldDef[], status: string): FieldDef[] {
  const index = workflow.statuses.findIndex((s) => s.key === status);
  const cancelled = statusOf(workflow, status)?.kind === 'cancelled';
  return fields.filter((f) => {
    if (f.archived) return false;
    if (f.required) return true;
    if (!f.requiredFrom || cancelled) return false;
    const from = workflow.statuses.findIndex((s) => s.key === f.requiredFrom);
    return from >= 0 && index >= from;
  });
}

function guardBlockers(guard: Guard, request: RequestSnapshot, fields: readonly FieldDef[], comment: string | undefined): Blocker[] {
  switch (guard.kind) {
    case 'fields_filled':
      return guard.fields
        .filter((key) => !isFilled(request.fields[key]))
        .map((key) => ({kind: 'field_missing' as const, field: key, label: fields.find((f) => f.key === key)?.label ?? {ru: key, kk: key, en: key}}));
    case 'file_attached':
      return request.attachmentKinds.includes(guard.fileKind) ? [] : [{kind: 'file_missing', fileKind: guard.fileKind}];
    case 'checklist_complete': {
      const open = request.checklist.filter((c) => !c.done).length;
      return open ? [{kind: 'checklist_incomplete', open}] : [];
    }
    case 'comment_required':
      return comment?.trim() ? [] : [{kind: 'comment_required'}];
    case 'tasks_done':
      return request.openTasks?.length ? [{kind: 'tasks_open', tasks: request.openTasks}] : [];
    case 'blockers_done':
      return request.openBlockers?.length ? [{kind: 'blocked_by', tasks: request.openBlockers}] : [];
    case 'result_given': {
      const r = request.result;
      if (!r?.required) return [];
      const missing: ('text' | 'file_or_link')[] = [];
      if (!r.text.trim()) missing.push('text');
      if (!r.link.trim() && r.files === 0) missing.push('file_or_link');
      return missing.length ? [{kind: 'result_missing', missing}] : [];
    }
    case 'approvals_done':
      // Fail closed: a snapshot that does not say which approvals are pending cannot pass.
      if (!request.pendingApprovals) return [{kind: 'approvals_pending', steps: []}];
      return request.pendingApprovals.length ? [{kind: 'approvals_pending', steps: request.pendingApprovals}] : [];
  }
}

/**
 * Everything that stands between the request and status `to`, for this
 * person. Empty means the move is allowed. Whoever holds `requests.override`
 * may make any move the workflow has; guards apply to everyone.
 */
export function checkMove(workflow: Workflow, fields: readonly FieldDef[], request: RequestSnapshot, mover: Mover, to: string, comment?: string): Blocker[] {
  const move = workflow.transitions.find((t) => t.from === request.status && t.to === to);
  if (!move) return [{kind: 'no_such_move'}];
  const blockers: Blocker[] = [];
  const held = mover.roles?.length ? mover.roles : [mover.role];
  const overrides = !!mover.permissions?.includes('requests.override');
  if (move.roles.length && !overrides && !move.roles.some((r) => held.includes(r))) blockers.push({kind: 'role', roles: move.roles});
  for (const g of move.guards) blockers.push(...guardBlockers(g, request, fields, comment));
  const already = new Set(blockers.flatMap((b) => (b.kind === 'field_missing' ? [b.field] : [])));
  for (const f of requiredFieldsAt(workflow, fields, to)) {
    if (!already.has(f.key) && !isFilled(request.fields[f.key])) blockers.push({kind: 'field_missing', field: f.key, label: f.label});
  }
  return blockers;
}

/** A request whose status its (edited) workflow no longer has: it stays readable and can be moved anywhere. */
export function isOrphanStatus(workflow: Workflow, status: string): boolean {
  return !statusOf(workflow, status);
}
