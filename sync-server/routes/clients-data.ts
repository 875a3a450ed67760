// The client base as REST sees it: read through the same named queries the
// devices sync (so scoping and the contacts permission are exactly sync's),
// and worked out with the same pure rules (stats, search, filters).
import type {MemberContext} from '#shared/auth/context.ts';
import {buildSearchIndex} from '#shared/crm/search.ts';
import {statsBookings, statsByClient, statsOf, type ClientStats} from '#shared/crm/stats.ts';
import {queries} from '#shared/queries/index.ts';
import {workflowOf} from '#shared/workflow/resolve.ts';
import type {ZeroDb} from '../zero/db.ts';

/** `now`: the server clock's, which decides which bookings are visits already. */
export async function loadCrm(zdb: ZeroDb, ctx: MemberContext, now: number) {
  const [clients, contacts, requests, bookings, items, types] = await Promise.all([
    zdb.run(queries.clients.list.fn({args: undefined, ctx})),
    zdb.run(queries.clients.contacts.fn({args: undefined, ctx})),
    zdb.run(queries.clients.requests.fn({args: undefined, ctx})),
    zdb.run(queries.clients.bookings.fn({args: undefined, ctx})),
    zdb.run(queries.catalog.items.fn({args: undefined, ctx})),
    zdb.run(queries.requestConfig.types.fn({args: undefined, ctx})),
  ]);
  const typeById = new Map(types.map((t) => [t.id, t]));
  const prices = new Map(items.map((i) => [i.id, i.price_kind === 'on_request' ? 0 : (i.price ?? 0)]));
  const stats = statsByClient(requests, statsBookings(bookings, now), {
    isUnanswered: (r) => r.status === workflowOf(r.type_id ? typeById.get(r.type_id) : undefined).initial,
    priceOf: (id) => prices.get(id) ?? 0,
  });
  const byClient = new Map<string, typeof contacts>();
  for (const c of contacts) byClient.set(c.client_id, [...(byClient.get(c.client_id) ?? []), c]);
  return {
    clients,
    contacts,
    requests,
    bookings,
    stats,
    search: buildSearchIndex(clients, contacts),
    contactsOf: (id: string) => byClient.get(id) ?? [],
    statsOf: (id: string): ClientStats => statsOf(stats, id),
    seesContacts: ctx.permissions.includes('clients.contacts'),
  };
}
export type LoadedCrm = Awaited<ReturnType<typeof loadCrm>>;

/** A client as REST returns it: its columns, its contacts when allowed, and its computed numbers. */
export function clientView(crm: LoadedCrm, c: LoadedCrm['clients'][number]) {
  const own = crm.contactsOf(c.id);
  // Each value once: a merge made before merges skipped shared contacts may have given the survivor two copies.
  const of = (kind: string) => [...new Set(own.filter((x) => x.kind === kind).map((x) => x.value))];
  return {
    ...c,
    ...(crm.seesContacts && {
      phones: of('phone'),
      emails: of('email'),
      telegram: of('telegram'),
      whatsapp: of('whatsapp'),
      vk: of('vk'),
    }),
    stats: crm.statsOf(c.id),
  };
}
