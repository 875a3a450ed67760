// The client base as this device holds it, with what the screens derive from
// it once per data change: each client's lifetime numbers, the search index,
// contacts by client. Everything is local, so lists, search and filters work
// offline and do not wait for a network round trip.
import type {Row} from '@rocicorp/zero';
import {useQuery} from '@rocicorp/zero/react';
import {useEffect, useMemo, useState} from 'react';
import {buildSearchIndex, type SearchIndex} from '#shared/crm/search.ts';
import {statsBookings, statsByClient, statsOf, type ClientStats} from '#shared/crm/stats.ts';
import {queries} from '#shared/queries/index.ts';
import {useRequestConfig} from '../requests/use-request-config.ts';

export type ClientRow = Row['client'];
export type ContactRow = Row['client_contact'];
export type ClientBookingRow = Row['booking'] & {master?: {display_name: string} | undefined};

export type CrmData = {
  clients: readonly ClientRow[];
  byId: ReadonlyMap<string, ClientRow>;
  contacts: readonly ContactRow[];
  contactsOf: (clientId: string) => ContactRow[];
  requests: readonly Row['request'][];
  /** Bookings linked to clients, as far as this person sees bookings. */
  bookings: readonly ClientBookingRow[];
  stats: ReadonlyMap<string, ClientStats>;
  statsOf: (clientId: string) => ClientStats;
  search: SearchIndex;
  /** Whether this person sees phones and emails (the replica holds none otherwise). */
  seesContacts: boolean;
  loaded: boolean;
};

/** `permissions`: the device session's (what this person may see decides what the replica holds). */
export function useCrm(permissions: readonly string[], opts: {search?: boolean} = {}): CrmData {
  // The search index costs a pass over every name; a screen that never searches skips it.
  const withSearch = opts.search ?? true;
  const seesContacts = permissions.includes('clients.contacts');
  const config = useRequestConfig();
  const [clients, clientsState] = useQuery(queries.clients.list());
  const [contacts] = useQuery(queries.clients.contacts());
  const [requests] = useQuery(queries.clients.requests());
  const [bookings] = useQuery(queries.clients.bookings());
  const [items] = useQuery(queries.catalog.items());
  const visitTick = useNextVisitTick(bookings);

  const byId = useMemo(() => new Map(clients.map((c) => [c.id, c])), [clients]);
  const grouped = useMemo(() => {
    const m = new Map<string, ContactRow[]>();
    for (const c of contacts) {
      const list = m.get(c.client_id);
      if (list) list.push(c);
      else m.set(c.client_id, [c]);
    }
    return m;
  }, [contacts]);
  const stats = useMemo(() => {
    const prices = new Map(items.map((i) => [i.id, i.price_kind === 'on_request' ? 0 : (i.price ?? 0)]));
    return statsByClient(requests, statsBookings(bookings, Date.now()), {
      isUnanswered: (r) => {
        const workflow = config.workflowOf(r.type_id);
        return r.status === workflow.initial;
      },
      priceOf: (id) => prices.get(id) ?? 0,
    });
    // visitTick: a booking's start just passed, so it is a visit now.
  }, [requests, bookings, items, config, visitTick]);
  const search = useMemo(() => (withSearch ? buildSearchIndex(clients, contacts) : new Map()), [clients, contacts, withSearch]);
  return useMemo(
    () => ({
      clients,
      byId,
      contacts,
      contactsOf: (id: string) => grouped.get(id) ?? [],
      requests,
      bookings,
      stats,
      statsOf: (id: string) => statsOf(stats, id),
      search,
      seesContacts,
      loaded: clientsState.type === 'complete' || clients.length > 0,
    }),
    [clients, byId, contacts, grouped, requests, bookings, stats, search, seesContacts, clientsState.type],
  );
}

/**
 * Changes when the next confirmed booking's start passes: a booking becomes a
 * visit by the clock alone, and the numbers should follow without a reload
 * (one timer for the next such moment, not a tick every minute).
 */
function useNextVisitTick(bookings: readonly Pick<Row['booking'], 'status' | 'starts_at'>[]): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const now = Date.now();
    let next = Infinity;
    for (const b of bookings) if (b.status === 'confirmed' && b.starts_at > now && b.starts_at < next) next = b.starts_at;
    if (next === Infinity) return;
    // setTimeout holds at most ~24.8 days; a later start just sets the timer again.
    const id = setTimeout(() => setTick((n) => n + 1), Math.min(next - now + 50, 2 ** 31 - 1));
    return () => clearTimeout(id);
  }, [bookings, tick]);
  return tick;
}

/** The name to show: the name, else the first phone or email, else "no name". */
export function displayName(c: Pick<ClientRow, 'name'> | undefined, contacts: readonly ContactRow[], noName: string): string {
  if (c?.name.trim()) return c.name;
  const first = contacts.find((x) => x.kind === 'phone') ?? contacts[0];
  return first?.value ?? noName;
}
