// The S0 request lifecycle (new → in progress → waiting for reply → done, or
// cancelled) as a transition table. Issue #5 generalises this into configurable
// workflows; this table stays the "Small business" template.
export const REQUEST_STATUSES = ['new', 'in_progress', 'waiting', 'done', 'cancelled'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_TRANSITIONS: Record<RequestStatus, readonly RequestStatus[]> = {
  new: ['in_progress', 'waiting', 'done', 'cancelled'],
  in_progress: ['waiting', 'done', 'cancelled'],
  waiting: ['in_progress', 'done', 'cancelled'],
  done: ['in_progress'],
  cancelled: ['new'],
};

export function isRequestStatus(value: unknown): value is RequestStatus {
  return typeof value === 'string' && (REQUEST_STATUSES as readonly string[]).includes(value);
}

export function allowedTransitions(from: string): readonly RequestStatus[] {
  return isRequestStatus(from) ? REQUEST_TRANSITIONS[from] : [];
}

export function canTransition(from: string, to: string): boolean {
  return allowedTransitions(from).includes(to as RequestStatus);
}

/** Open requests are those that still need someone's work. */
export function isOpenStatus(status: string): boolean {
  return status === 'new' || status === 'in_progress' || status === 'waiting';
}
