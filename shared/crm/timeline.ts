// A client's story, newest first: requests (an order when it carries a catalog
// item), their status changes, bookings (placed when they were made, telling
// when the visit is and how it went), messages (when that module lands: the
// kind is here so the card shows them without a redesign), notes, merges and
// when the record was made. Pure: the card and REST build it alike.
import {isVisit} from './stats.ts';

export type TimelineRequest = {
  id: string;
  number?: number | null | undefined;
  title: string;
  text: string;
  status: string;
  type_id?: string | null | undefined;
  source: string;
  created_at: number;
  catalog_item_id?: string | null | undefined;
};
export type TimelineBooking = {
  id: string;
  created_at: number;
  starts_at: number;
  status: string;
  kind?: string | undefined;
  service?: string | undefined;
  master_id?: string | undefined;
  master?: string | undefined;
};

/** How a booking stands for the client's story: still ahead, took place, cancelled, or a no-show. */
export type BookingState = 'upcoming' | 'visited' | 'cancelled' | 'no_show';

export function bookingState(b: Pick<TimelineBooking, 'status' | 'starts_at' | 'kind'>, now: number): BookingState {
  if (b.status === 'cancelled' || b.status === 'no_show') return b.status;
  return isVisit(b, now) ? 'visited' : 'upcoming';
}
export type TimelineMessage = {id: string; created_at: number; channel: string; direction: 'in' | 'out'; text: string};
export type TimelineNote = {id: string; body: string; created_at: number; author?: {name: string} | null | undefined};
export type TimelineMerge = {id: string; created_at: number; undone_at?: number | null | undefined; survivor_id: string; merged_id: string; otherName: string};
/** Audit rows of the client's requests (status changes are read from them). */
export type TimelineAudit = {
  id: string;
  entity_id: string;
  action: string;
  changes: {readonly [k: string]: unknown};
  created_at: number;
  actor?: {name: string} | null | undefined;
};

export type TimelineEvent =
  | {kind: 'request'; at: number; id: string; request: TimelineRequest}
  | {kind: 'order'; at: number; id: string; request: TimelineRequest; itemId: string}
  | {kind: 'status'; at: number; id: string; request: TimelineRequest; from: string; to: string; actor: string | null}
  | {kind: 'booking'; at: number; id: string; booking: TimelineBooking}
  | {kind: 'message'; at: number; id: string; message: TimelineMessage}
  | {kind: 'note'; at: number; id: string; note: TimelineNote}
  | {kind: 'merge'; at: number; id: string; merge: TimelineMerge}
  | {kind: 'created'; at: number; id: string; source: string};

export type TimelineInput = {
  client: {id: string; created_at: number; source: string};
  requests: readonly TimelineRequest[];
  audit?: readonly TimelineAudit[];
  bookings?: readonly TimelineBooking[];
  messages?: readonly TimelineMessage[];
  notes?: readonly TimelineNote[];
  merges?: readonly TimelineMerge[];
};

export function clientTimeline(input: TimelineInput): TimelineEvent[] {
  const events: TimelineEvent[] = [{kind: 'created', at: input.client.created_at, id: `created:${input.client.id}`, source: input.client.source}];
  const byId = new Map(input.requests.map((r) => [r.id, r]));
  for (const r of input.requests) {
    events.push(
      r.catalog_item_id
        ? {kind: 'order', at: r.created_at, id: r.id, request: r, itemId: r.catalog_item_id}
        : {kind: 'request', at: r.created_at, id: r.id, request: r},
    );
  }
  for (const a of input.audit ?? []) {
    const request = byId.get(a.entity_id);
    const change = a.changes.status as {old?: unknown; new?: unknown} | undefined;
    if (!request || a.action !== 'update' || !change || typeof change.new !== 'string') continue;
    events.push({
      kind: 'status',
      at: a.created_at,
      id: `status:${a.id}`,
      request,
      from: String(change.old ?? ''),
      to: change.new,
      actor: a.actor?.name ?? null,
    });
  }
  for (const b of input.bookings ?? []) events.push({kind: 'booking', at: b.created_at, id: b.id, booking: b});
  for (const m of input.messages ?? []) events.push({kind: 'message', at: m.created_at, id: m.id, message: m});
  for (const n of input.notes ?? []) events.push({kind: 'note', at: n.created_at, id: n.id, note: n});
  for (const m of input.merges ?? []) events.push({kind: 'merge', at: m.created_at, id: `merge:${m.id}`, merge: m});
  // Newest first; at the same moment, the record's creation is the oldest thing.
  return events.sort((a, b) => b.at - a.at || (a.kind === 'created' ? 1 : b.kind === 'created' ? -1 : a.id < b.id ? -1 : 1));
}
