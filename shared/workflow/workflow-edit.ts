// Edits of a workflow as the settings screen makes them, on a draft, before
// anything is saved. Each keeps the draft consistent (no move to or from a
// status that is gone, a start status that exists), so what the person sees
// is what would be saved; workflowSchema still checks the result.
import {keyFromName} from './keys.ts';
import type {Guard, Localized, StatusKind, Transition, Workflow, WorkflowStatus} from './types.ts';

/** Colours offered for a new status, by its kind. */
export const KIND_COLORS: Record<StatusKind, string> = {
  open: '#2563eb',
  in_work: '#d97706',
  waiting: '#7c3aed',
  done: '#16a34a',
  cancelled: '#6b7280',
};

export function addStatus(w: Workflow, name: Localized, kind: StatusKind): {workflow: Workflow; key: string} {
  const key = keyFromName(
    name.ru,
    w.statuses.map((s) => s.key),
    'status',
  );
  const status: WorkflowStatus = {key, name, kind, color: KIND_COLORS[kind]};
  return {workflow: {...w, statuses: [...w.statuses, status]}, key};
}

export function updateStatus(w: Workflow, key: string, patch: Partial<Omit<WorkflowStatus, 'key'>>): Workflow {
  return {...w, statuses: w.statuses.map((s) => (s.key === key ? dropUndefined({...s, ...patch}) : s))};
}

/**
 * Takes a status out with every move to or from it. Requests still in it keep
 * it as written and stay readable; their card offers a move to a live status.
 */
export function removeStatus(w: Workflow, key: string): Workflow {
  const statuses = w.statuses.filter((s) => s.key !== key);
  return {
    ...w,
    statuses,
    transitions: w.transitions.filter((t) => t.from !== key && t.to !== key),
    initial: w.initial === key ? (statuses[0]?.key ?? '') : w.initial,
  };
}

/** Moves a status up (-1) or down (+1): the order is the order of the steps ("required from this status on"). */
export function moveStatus(w: Workflow, key: string, delta: -1 | 1): Workflow {
  const i = w.statuses.findIndex((s) => s.key === key);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= w.statuses.length) return w;
  const statuses = [...w.statuses];
  [statuses[i], statuses[j]] = [statuses[j]!, statuses[i]!];
  return {...w, statuses};
}

/** Adds the move from → to (nothing if it is there already or goes nowhere). */
export function addTransition(w: Workflow, from: string, to: string): Workflow {
  if (from === to || w.transitions.some((t) => t.from === from && t.to === to)) return w;
  return {...w, transitions: [...w.transitions, {from, to, roles: [], guards: []}]};
}

export function updateTransition(w: Workflow, index: number, patch: Partial<Transition>): Workflow {
  return {...w, transitions: w.transitions.map((t, i) => (i === index ? dropUndefined({...t, ...patch}) : t))};
}

export function removeTransition(w: Workflow, index: number): Workflow {
  return {...w, transitions: w.transitions.filter((_, i) => i !== index)};
}

/** A guard of each kind as it starts when a person adds it. */
export function newGuard(kind: Guard['kind'], firstField?: string): Guard {
  switch (kind) {
    case 'fields_filled':
      return {kind, fields: firstField ? [firstField] : []};
    case 'file_attached':
      return {kind, fileKind: 'document'};
    case 'checklist_complete':
    case 'comment_required':
    case 'tasks_done':
    case 'blockers_done':
    case 'result_given':
    case 'approvals_done':
      return {kind};
  }
}

/** How many requests of this type sit in each status (a removed status keeps its count here). */
export function countByStatus(requests: readonly {type_id?: string | null | undefined; status: string}[], typeId: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of requests) if (r.type_id === typeId) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  return counts;
}

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
