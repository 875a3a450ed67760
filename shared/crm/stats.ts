// A client's lifetime numbers, computed from what they did — never typed:
// requests, bookings and visits, first and last contact, orders and their
// total, whether they came back, and whether they are waiting for an answer.
//
// Definitions (also in docs/architecture.md, "CRM")
// - contacts = requests + bookings (+ messages, when they exist); a client is
//   a *repeat client* with 2 or more of them. A cancelled or missed booking
//   still counts as a contact (the person did get in touch), not as a visit.
// - a *visit* is a booking that took place: confirmed (so neither cancelled
//   nor marked a no-show) and its start has passed.
// - an *order* is a request that carries a catalog item; its amount is the
//   item's price (a "from" price counts as that price, "on request" as 0).
// - *waiting for an answer* since the oldest open request nobody has moved
//   out of its workflow's first status.
// - *last contact* is the newest request, booking made, visit or message: a
//   client who booked in March for a visit in May was last seen in May.

export type StatsRequest = {
  id: string;
  client_id?: string | null | undefined;
  created_at: number;
  status: string;
  type_id?: string | null | undefined;
  catalog_item_id?: string | null | undefined;
};

/** Bookings count as contacts too; a visit is a booking that took place. */
export type StatsBooking = {client_id?: string | null | undefined; created_at: number; starts_at?: number | undefined; visited: boolean};

/** Did this booking take place by `now`? Confirmed (not cancelled, not a no-show) and started. */
export function isVisit(b: {status: string; starts_at: number; kind?: string | undefined}, now: number): boolean {
  return b.kind !== 'block' && b.status === 'confirmed' && b.starts_at <= now;
}

/** Booking rows as the numbers need them; `now` decides which ones are visits already. */
export function statsBookings(
  rows: readonly {client_id?: string | null | undefined; created_at: number; starts_at: number; status: string; kind?: string | undefined}[],
  now: number,
): StatsBooking[] {
  return rows.map((b) => ({client_id: b.client_id, created_at: b.created_at, starts_at: b.starts_at, visited: isVisit(b, now)}));
}

export type ClientStats = {
  requests: number;
  bookings: number;
  visits: number;
  orders: number;
  /** Tiyn. */
  ordersTotal: number;
  firstAt: number | null;
  lastAt: number | null;
  repeat: boolean;
  /** The oldest unanswered open request's time, or null. */
  awaitingSince: number | null;
};

export type StatsRules = {
  /** The request is still in its workflow's first status and not closed. */
  isUnanswered: (r: StatsRequest) => boolean;
  /** A catalog item's price in tiyn (0 when on request or unknown). */
  priceOf: (catalogItemId: string) => number;
};

export const EMPTY_STATS: ClientStats = {
  requests: 0,
  bookings: 0,
  visits: 0,
  orders: 0,
  ordersTotal: 0,
  firstAt: null,
  lastAt: null,
  repeat: false,
  awaitingSince: null,
};

function mutableEmpty(): ClientStats {
  return {...EMPTY_STATS};
}

function seen(s: ClientStats, at: number): void {
  s.firstAt = s.firstAt === null ? at : Math.min(s.firstAt, at);
  s.lastAt = s.lastAt === null ? at : Math.max(s.lastAt, at);
}

/** Every client's numbers in one pass over requests and bookings. */
export function statsByClient(requests: readonly StatsRequest[], bookings: readonly StatsBooking[], rules: StatsRules): Map<string, ClientStats> {
  const out = new Map<string, ClientStats>();
  const of = (id: string) => {
    let s = out.get(id);
    if (!s) out.set(id, (s = mutableEmpty()));
    return s;
  };
  for (const r of requests) {
    if (!r.client_id) continue;
    const s = of(r.client_id);
    s.requests++;
    seen(s, r.created_at);
    if (r.catalog_item_id) {
      s.orders++;
      s.ordersTotal += rules.priceOf(r.catalog_item_id);
    }
    if (rules.isUnanswered(r)) s.awaitingSince = s.awaitingSince === null ? r.created_at : Math.min(s.awaitingSince, r.created_at);
  }
  for (const b of bookings) {
    if (!b.client_id) continue;
    const s = of(b.client_id);
    s.bookings++;
    seen(s, b.created_at);
    if (b.visited) {
      s.visits++;
      if (b.starts_at !== undefined) seen(s, b.starts_at);
    }
  }
  for (const s of out.values()) s.repeat = s.requests + s.bookings >= 2;
  return out;
}

export function statsOf(index: ReadonlyMap<string, ClientStats>, clientId: string): ClientStats {
  return index.get(clientId) ?? EMPTY_STATS;
}
