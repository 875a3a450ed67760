// /api/v1 for configuring requests (types, fields, workflows, ready templates,
// message templates, saved views) and for importing executors from a
// spreadsheet — through the same mutators the app uses.
import {z} from 'zod';
import {queries} from '#shared/queries/index.ts';
import {readExecutorSheet} from '#shared/team/executors-sheet.ts';
import {importExecutorsArgs} from '#shared/team/validation.ts';
import {TEMPLATE_KEYS} from '#shared/workflow/templates/index.ts';
import {domainError} from '#shared/errors.ts';
import {newId} from '../auth/tokens.ts';
import {opKey} from '../rest/idempotency.ts';
import {writeRoute} from '../rest/write-route.ts';
import type {MemberContext} from '#shared/auth/context.ts';
import {route} from '../rest/route.ts';
import {rowSchema, toCamel} from '../rest/rows.ts';
import type {ZeroDb} from '../zero/db.ts';
import type {Executor} from '../zero/execute.ts';
import {readSpreadsheet} from '../files/spreadsheet.ts';
import {mutators} from '#shared/mutators/index.ts';

const typeRow = rowSchema('request_type');
const fieldRow = rowSchema('field_def');
const templateRow = rowSchema('message_template');
const viewRow = rowSchema('saved_view');
const executorRow = z.object({line: z.number(), lastName: z.string(), firstName: z.string(), middleName: z.string(), position: z.string(), phone: z.string()});

export function requestConfigRoutes(deps: {zdb: ZeroDb; executor: Executor; now: () => number}) {
  const {zdb, executor} = deps;
  const type = async (ctx: MemberContext, id: string) => {
    const row = (await zdb.run(queries.requestConfig.types.fn({args: undefined, ctx}))).find((t) => t.id === id);
    if (!row) throw domainError('not_found');
    return row;
  };

  return [
    route({
      method: 'get',
      path: '/request-types',
      tag: 'request types',
      summary: 'Request types with their fields and workflows',
      auth: 'member',
      response: z.object({data: z.array(typeRow.extend({fields: z.array(fieldRow)}))}),
      async handler({ctx}) {
        return {body: {data: toCamel(await zdb.run(queries.requestConfig.types.fn({args: undefined, ctx})))}};
      },
    }),
    route({
      method: 'post',
      path: '/request-types/templates/:template',
      tag: 'request types',
      summary: 'Install a ready template: small_business (S0), back_office (S1), service_desk (S2)',
      auth: 'member',
      permission: 'requests.configure',
      params: z.object({template: z.enum(TEMPLATE_KEYS as [string, ...string[]])}),
      status: 201,
      response: z.object({data: z.array(typeRow)}),
      async handler({params, ctx, req}) {
        await executor.run(mutators.requestConfig.installTemplate({template: params.template, idSeed: newId(), at: deps.now(), ...opKey(req)}), ctx);
        return {status: 201, body: {data: toCamel(await zdb.run(queries.requestConfig.types.fn({args: undefined, ctx})))}};
      },
    }),
    writeRoute(deps, {
      mutator: mutators.requestConfig.saveType,
      method: 'post',
      path: '/request-types',
      tag: 'request types',
      summary: 'Create a request type with its workflow',
      entity: 'requestType',
      permission: 'requests.configure',
      response: typeRow,
      read: (ctx, args) => type(ctx, args.id),
    }),
    writeRoute(deps, {
      mutator: mutators.requestConfig.saveType,
      method: 'put',
      path: '/request-types/:id',
      tag: 'request types',
      summary: 'Replace a request type (name, workflow, assignment, default). Requests in a removed status stay readable.',
      entity: 'requestType',
      permission: 'requests.configure',
      response: typeRow,
      read: (ctx, args) => type(ctx, args.id),
    }),
    writeRoute(deps, {
      mutator: mutators.requestConfig.archiveType,
      method: 'post',
      path: '/request-types/:id/archive',
      tag: 'request types',
      summary: 'Archive (or restore) a request type',
      entity: 'requestType',
      permission: 'requests.configure',
      status: 204,
    }),
    writeRoute(deps, {
      mutator: mutators.requestConfig.saveField,
      method: 'post',
      path: '/request-types/:id/fields',
      pathArgs: {id: 'typeId'},
      tag: 'request types',
      summary: 'Add or change a custom field of a type (its kind is fixed once created)',
      entity: 'requestType',
      permission: 'requests.configure',
      response: fieldRow,
      read: async (ctx, args) => (await zdb.run(queries.requestConfig.types.fn({args: undefined, ctx}))).flatMap((t) => t.fields).find((f) => f.id === args.id),
    }),
    writeRoute(deps, {
      mutator: mutators.requestConfig.archiveField,
      method: 'post',
      path: '/request-fields/:id/archive',
      tag: 'request types',
      summary: 'Archive (or restore) a custom field; its values stay on the requests',
      entity: 'requestField',
      permission: 'requests.configure',
      status: 204,
    }),
    route({
      method: 'get',
      path: '/message-templates',
      tag: 'request types',
      summary: 'Message templates for comments (ask for clarification, approval, return for rework…)',
      auth: 'member',
      response: z.object({data: z.array(templateRow)}),
      async handler({ctx}) {
        return {body: {data: toCamel(await zdb.run(queries.requestConfig.messageTemplates.fn({args: undefined, ctx})))}};
      },
    }),
    writeRoute(deps, {
      mutator: mutators.requestConfig.saveMessageTemplate,
      method: 'post',
      path: '/message-templates',
      tag: 'request types',
      summary: 'Add or change a message template',
      entity: 'template',
      permission: 'requests.configure',
      response: templateRow,
      read: async (ctx, args) => (await zdb.run(queries.requestConfig.messageTemplates.fn({args: undefined, ctx}))).find((m) => m.id === args.id),
    }),
    route({
      method: 'get',
      path: '/saved-views',
      tag: 'requests',
      summary: 'Your saved filters of the request list',
      auth: 'member',
      response: z.object({data: z.array(viewRow)}),
      async handler({ctx}) {
        return {body: {data: toCamel(await zdb.run(queries.requestConfig.savedViews.fn({args: undefined, ctx})))}};
      },
    }),
    writeRoute(deps, {
      mutator: mutators.requestConfig.saveView,
      method: 'post',
      path: '/saved-views',
      tag: 'requests',
      summary: 'Save a filter of the request list under a name',
      entity: 'request',
      response: viewRow,
      read: async (ctx, args) => (await zdb.run(queries.requestConfig.savedViews.fn({args: undefined, ctx}))).find((v) => v.id === args.id),
    }),
    route({
      method: 'post',
      path: '/members/import/preview',
      tag: 'team',
      summary:
        'Read executors from an .xlsx or .csv file laid out as `№ пп | Фамилия | Имя | Отчество | Должность` (raw file as the body): ' +
        'the rows that will be created and, per line, what is wrong. Nothing is saved.',
      auth: 'member',
      permission: 'team.manage',
      response: z.object({
        rows: z.array(executorRow),
        problems: z.array(z.object({line: z.number(), issues: z.array(z.object({field: z.string(), code: z.string()})), row: executorRow})),
        missingColumns: z.array(z.string()),
      }),
      async handler({req}) {
        const table = await readSpreadsheet(req);
        return {body: readExecutorSheet(table)};
      },
    }),
    route({
      method: 'post',
      path: '/members/import',
      tag: 'team',
      summary: 'Create executors (people without a login) in one step: all rows or none',
      auth: 'member',
      permission: 'team.manage',
      body: importExecutorsArgs.omit({at: true, opId: true}).extend({
        rows: z
          .array(importExecutorsArgs.shape.rows.element.omit({id: true}).extend({id: z.string().max(64).optional()}))
          .min(1)
          .max(2000),
      }),
      status: 201,
      response: z.object({created: z.number()}),
      async handler({body, ctx, req}) {
        const rows = body.rows.map((r) => ({...r, id: r.id ?? newId()}));
        await executor.run(mutators.member.importExecutors({...body, rows, at: deps.now(), ...opKey(req)}), ctx);
        return {status: 201, body: {created: rows.length}};
      },
    }),
  ];
}
