// S1 §6: an urgent request with a responsible person waits for that person to
// say "accepted"; until then every view marks it, so nobody assumes it is taken.

type Acceptable = {readonly priority: string; readonly responsible_id: string | null; readonly accepted_at: number | null};

/** An urgent request whose responsible person has not taken it yet. */
export function awaitsAcceptance(r: Acceptable): boolean {
  return r.priority === 'urgent' && r.responsible_id !== null && r.accepted_at === null;
}

/** Only the responsible person accepts, and only once. */
export function mayAccept(r: Acceptable, memberId: string): boolean {
  return r.accepted_at === null && r.responsible_id === memberId;
}
