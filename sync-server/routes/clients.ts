// /api/v1/clients: the CRM through the same named queries and mutators the
// devices use — scoped by the caller's company, phones and emails only with
// `clients.contacts`, validated with the same schemas. Import and export are
// in clients-io.ts.
import {z} from 'zod';
import type {MemberContext} from '#shared/auth/context.ts';
import {duplicatePairs} from '#shared/crm/duplicates.ts';
import {CLIENT_SORTS, filterClients} from '#shared/crm/filters.ts';
import {contactIndex, matchClient, probeContacts} from '#shared/crm/match.ts';
import {createClientShape, nameOrContact} from '#shared/crm/validation.ts';
import {domainError} from '#shared/errors.ts';
import {queries} from '#shared/queries/index.ts';
import {opKey, recordId} from '../rest/idempotency.ts';
import {route} from '../rest/route.ts';
import {writeRoute} from '../rest/write-route.ts';
import {rowSchema, toCamel} from '../rest/rows.ts';
import type {ZeroDb} from '../zero/db.ts';
import type {Executor} from '../zero/execute.ts';
import {clientView, loadCrm} from './clients-data.ts';
import {mutators} from '#shared/mutators/index.ts';

const idParams = z.object({id: z.string().max(64)});
const statsSchema = z.object({
  requests: z.number(),
  bookings: z.number(),
  visits: z.number(),
  orders: z.number(),
  ordersTotal: z.number().describe('tiyn'),
  firstAt: z.number().nullable(),
  lastAt: z.number().nullable(),
  repeat: z.boolean(),
  awaitingSince: z.number().nullable(),
});
const contactLists = {
  phones: z.array(z.string()).optional(),
  emails: z.array(z.string()).optional(),
  telegram: z.array(z.string()).optional(),
  whatsapp: z.array(z.string()).optional(),
  vk: z.array(z.string()).optional(),
};
const clientOut = rowSchema('client')
  .extend(contactLists)
  .extend({stats: statsSchema})
  .describe('Contact lists appear only for callers with the clients.contacts permission.');
const noteRow = rowSchema('client_note');
const mergeRow = rowSchema('client_merge');

const days = z.coerce.number().int().min(0).max(3650).optional();

export function clientRoutes(deps: {zdb: ZeroDb; executor: Executor; now: () => number}) {
  const {zdb, executor} = deps;
  const one = async (ctx: MemberContext, id: string) => {
    const crm = await loadCrm(zdb, ctx, deps.now());
    const c = crm.clients.find((x) => x.id === id);
    if (!c) throw domainError('not_found');
    return {crm, view: clientView(crm, c)};
  };
  const mergeOf = async (ctx: MemberContext, id: string) => {
    const found = (await zdb.run(queries.clients.merges.fn({args: undefined, ctx}))).find((m) => m.id === id);
    if (!found) throw domainError('not_found');
    const {actor: _a, ...merge} = found;
    return merge;
  };

  return [
    route({
      method: 'get',
      path: '/clients',
      tag: 'clients',
      summary: 'Clients, searched and filtered as in the app: `q` matches names in any script and parts of numbers',
      auth: 'member',
      permission: 'clients.read',
      query: z.object({
        q: z.string().max(200).optional(),
        tag: z.string().max(40).optional(),
        source: z.string().max(48).optional(),
        repeat: z.enum(['yes', 'no']).optional(),
        lastContactDays: days.describe('Last contact within N days'),
        noAnswerDays: days.describe('Waiting for an answer for N days or more'),
        notSeenDays: days.describe('Last contact N days ago or more'),
        sort: z.enum(CLIENT_SORTS).default('recent'),
        limit: z.coerce.number().int().min(1).max(500).default(100),
        offset: z.coerce.number().int().min(0).default(0),
      }),
      response: z.object({data: z.array(clientOut), total: z.number()}),
      async handler({query, ctx}) {
        const crm = await loadCrm(zdb, ctx, deps.now());
        const {q, tag, sort, limit, offset, ...rest} = query;
        const shown = filterClients(crm.clients, crm.stats, crm.search, {query: q, tags: tag ? [tag] : undefined, ...rest}, sort, deps.now());
        return {body: {data: toCamel(shown.slice(offset, offset + limit).map((c) => clientView(crm, c))), total: shown.length}};
      },
    }),
    route({
      method: 'get',
      path: '/clients/duplicates',
      tag: 'clients',
      summary: 'Possible duplicates: pairs sharing a contact, then pairs with the same name in any script',
      auth: 'member',
      permission: 'clients.read',
      response: z.object({data: z.array(z.object({id: z.string(), keep: z.string(), other: z.string(), reason: z.enum(['contact', 'name'])}))}),
      async handler({ctx}) {
        const crm = await loadCrm(zdb, ctx, deps.now());
        const dismissed = await zdb.run(queries.clients.dismissals.fn({args: undefined, ctx}));
        const pairs = duplicatePairs(crm.clients, crm.contacts, new Set(dismissed.map((d) => d.id)));
        return {body: {data: pairs.map(({keys: _k, ...p}) => p)}};
      },
    }),
    route({
      method: 'post',
      path: '/clients/match',
      tag: 'clients',
      summary:
        'Which client these contacts belong to, without saving anything — for bots and integrations. ' +
        'Matching is by normalised phone (any spelling), email, Telegram/WhatsApp/VK id; a name alone never matches.',
      auth: 'member',
      permission: 'clients.contacts',
      body: z.object({
        phone: z.string().max(200).optional(),
        email: z.string().max(254).optional(),
        messenger: z.object({kind: z.enum(['telegram', 'whatsapp', 'vk']), id: z.string().max(200)}).optional(),
      }),
      response: z.object({clientId: z.string().nullable(), keys: z.array(z.string())}),
      async handler({body, ctx}) {
        const crm = await loadCrm(zdb, ctx, deps.now());
        const found = matchClient(probeContacts(body), contactIndex(crm.contacts), new Map(crm.clients.map((c) => [c.id, c])));
        return {body: {clientId: found?.clientId ?? null, keys: found?.keys ?? []}};
      },
    }),
    route({
      method: 'get',
      path: '/clients/:id',
      tag: 'clients',
      entity: 'client',
      summary:
        'One client with contacts (when allowed), lifetime numbers, notes and the ids of their requests and bookings (as far as the caller sees bookings)',
      auth: 'member',
      permission: 'clients.read',
      params: idParams,
      response: clientOut.extend({notes: z.array(noteRow), requestIds: z.array(z.string()), bookingIds: z.array(z.string())}),
      async handler({params, ctx}) {
        const {crm, view} = await one(ctx, params.id);
        const notes = await zdb.run(queries.clients.notes.fn({args: {clientId: params.id}, ctx}));
        const requestIds = crm.requests.filter((r) => r.client_id === params.id).map((r) => r.id);
        const bookingIds = crm.bookings.filter((b) => b.client_id === params.id).map((b) => b.id);
        return {body: toCamel({...view, notes: notes.map(({author: _a, ...n}) => n), requestIds, bookingIds})};
      },
    }),
    route({
      method: 'post',
      path: '/clients',
      tag: 'clients',
      entity: 'client',
      summary:
        'Create a client (contacts need clients.contacts); phones in any spelling are stored as +7…. ' +
        'A phone another client already has is refused (409, the phone field named, `existingId` = that client); ' +
        '`allowSharedPhone: true` makes a separate record on purpose',
      auth: 'member',
      permission: 'clients.manage',
      body: createClientShape.omit({opId: true}).partial({id: true, createdAt: true}).superRefine(nameOrContact),
      status: 201,
      response: clientOut,
      async handler({body, ctx, req}) {
        const id = body.id ?? recordId(req, ctx);
        await executor.run(
          mutators.client.create({...body, id, source: body.source === 'manual' ? 'api' : body.source, createdAt: body.createdAt ?? deps.now(), ...opKey(req)}),
          ctx,
        );
        return {status: 201, body: toCamel((await one(ctx, id)).view)};
      },
    }),
    writeRoute(deps, {
      mutator: mutators.client.update,
      method: 'patch',
      path: '/clients/:id',
      tag: 'clients',
      summary: 'Change a client; a contact list, when given, replaces that kind of contact',
      entity: 'client',
      permission: 'clients.manage',
      response: clientOut,
      read: async (ctx, args) => (await one(ctx, args.id)).view,
    }),
    writeRoute(deps, {
      mutator: mutators.client.remove,
      method: 'delete',
      path: '/clients/:id',
      tag: 'clients',
      summary: 'Forget a client: the record, records merged into it, contacts and notes; their requests and bookings stay, unlinked',
      entity: 'client',
      permission: 'clients.manage',
      status: 204,
      exists: (ctx, args) => one(ctx, args.id),
    }),
    writeRoute(deps, {
      mutator: mutators.client.addNote,
      method: 'post',
      path: '/clients/:id/notes',
      pathArgs: {id: 'clientId'},
      tag: 'clients',
      summary: 'Add a note to a client',
      entity: 'client',
      permission: 'clients.manage',
      response: noteRow,
      read: async (ctx, args) => {
        const note = (await zdb.run(queries.clients.notes.fn({args: {clientId: args.clientId}, ctx}))).find((n) => n.id === args.id);
        if (!note) throw domainError('not_found');
        const {author: _a, ...plain} = note;
        return plain;
      },
    }),
    writeRoute(deps, {
      mutator: mutators.client.merge,
      method: 'post',
      path: '/clients/merge',
      tag: 'clients',
      summary: 'Merge two clients: everything of `mergedId` moves to `survivorId`, which keeps its own details; undoable',
      entity: 'client',
      permission: 'clients.manage',
      response: mergeRow,
      read: (ctx, args) => mergeOf(ctx, args.id),
    }),
    writeRoute(deps, {
      mutator: mutators.client.unmerge,
      method: 'post',
      path: '/clients/merges/:id/undo',
      tag: 'clients',
      summary: 'Undo a merge: what it moved goes back, and the merged record reappears',
      entity: 'client',
      permission: 'clients.manage',
      response: mergeRow,
      read: (ctx, args) => mergeOf(ctx, args.id),
    }),
    writeRoute(deps, {
      mutator: mutators.client.linkRequest,
      method: 'put',
      path: '/requests/:id/client',
      pathArgs: {id: 'requestId'},
      tag: 'clients',
      summary: 'Link a request to a client by hand (`clientId: null` unlinks it)',
      entity: 'request',
      permission: 'clients.read',
      status: 200,
      response: z.object({requestId: z.string(), clientId: z.string().nullable()}),
      read: async (_ctx, args) => ({requestId: args.requestId, clientId: args.clientId}),
    }),
  ];
}
