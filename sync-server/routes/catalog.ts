// /api/v1/catalog: categories, items, images and CSV — through the same named
// queries and mutators the devices use, so scoping and validation are those of sync.
import Papa from 'papaparse';
import {z} from 'zod';
import type {MemberContext} from '#shared/auth/context.ts';
import {exportRows, planImport} from '#shared/catalog/csv.ts';
import {CSV_BOM, CSV_OPTIONS, csvParseOptions} from '#shared/files/csv.ts';
import {positionAfterLast} from '#shared/catalog/position.ts';
import {archiveItemArgs, updateCategoryArgs, updateItemArgs} from '#shared/catalog/validation.ts';
import {domainError} from '#shared/errors.ts';
import {createTranslator} from '#shared/i18n/translate.ts';
import {queries} from '#shared/queries/index.ts';
import {newId} from '../auth/tokens.ts';
import {opKey} from '../rest/idempotency.ts';
import {writeRoute} from '../rest/write-route.ts';
import {route} from '../rest/route.ts';
import {rowSchema, toCamel} from '../rest/rows.ts';
import type {ZeroDb} from '../zero/db.ts';
import type {Executor} from '../zero/execute.ts';
import {mutators} from '#shared/mutators/index.ts';

const itemRow = rowSchema('catalog_item');
const categoryRow = rowSchema('catalog_category');
const attachmentRow = rowSchema('attachment');
const idParams = z.object({id: z.string().max(64)});

export function catalogRoutes(deps: {zdb: ZeroDb; executor: Executor; now: () => number}) {
  const {zdb} = deps;
  const item = async (ctx: MemberContext, id: string) => {
    const row = await zdb.run(queries.catalog.item.fn({args: {id}, ctx}));
    if (!row) throw domainError('not_found');
    const {images, category: _c, ...plain} = row;
    return {...plain, images: images.map(({file: _f, ...a}) => a)};
  };
  const category = async (ctx: MemberContext, id: string) => {
    const row = await zdb.run(queries.catalog.categories.fn({args: undefined, ctx}).where('id', id).one());
    if (!row) throw domainError('not_found');
    return row;
  };

  return [
    route({
      method: 'get',
      path: '/catalog/categories',
      tag: 'catalog',
      summary: 'Categories of the catalog, in their order',
      auth: 'member',
      response: z.object({data: z.array(categoryRow)}),
      async handler({ctx}) {
        return {body: {data: toCamel(await zdb.run(queries.catalog.categories.fn({args: undefined, ctx})))}};
      },
    }),
    writeRoute(deps, {
      mutator: mutators.catalog.createCategory,
      method: 'post',
      path: '/catalog/categories',
      tag: 'catalog',
      summary: 'Create a category (nested one level at most); placed last unless a position is given',
      entity: 'category',
      permission: 'catalog.manage',
      optional: ['position'],
      fill: async ({ctx}) => ({position: positionAfterLast(await zdb.run(queries.catalog.categories.fn({args: undefined, ctx})))}),
      response: categoryRow,
      read: (ctx, args) => category(ctx, args.id),
    }),
    route({
      method: 'patch',
      path: '/catalog/categories/:id',
      tag: 'catalog',
      summary: 'Rename or move a category; `archived` hides it and its items from the site',
      entity: 'category',
      auth: 'member',
      permission: 'catalog.manage',
      params: idParams,
      body: updateCategoryArgs.omit({id: true, opId: true}).extend({position: z.number().finite().optional(), archived: z.boolean().optional()}),
      response: categoryRow,
      async handler({params, body, ctx, req}) {
        const {position, archived, ...fields} = body;
        // All the changes land or none does.
        await deps.executor.runAll(
          [
            ...(Object.keys(fields).length ? [mutators.catalog.updateCategory({id: params.id, ...fields, ...opKey(req, 'fields')})] : []),
            ...(position !== undefined ? [mutators.catalog.moveCategory({id: params.id, position, ...opKey(req, 'move')})] : []),
            ...(archived !== undefined ? [mutators.catalog.archiveCategory({id: params.id, archived, at: deps.now(), ...opKey(req, 'archive')})] : []),
          ],
          ctx,
        );
        return {body: toCamel(await category(ctx, params.id))};
      },
    }),
    route({
      method: 'get',
      path: '/catalog/items',
      tag: 'catalog',
      summary: 'Items of the catalog in their order, with their image attachments',
      auth: 'member',
      query: z.object({
        categoryId: z.string().max(64).optional(),
        archived: z.enum(['include', 'only', 'exclude']).default('exclude'),
      }),
      response: z.object({data: z.array(itemRow.extend({images: z.array(attachmentRow)}))}),
      async handler({query, ctx}) {
        let q = queries.catalog.items.fn({args: undefined, ctx});
        if (query.categoryId) q = q.where('category_id', query.categoryId);
        if (query.archived === 'exclude') q = q.where('archived_at', 'IS', null);
        if (query.archived === 'only') q = q.where('archived_at', 'IS NOT', null);
        const rows = await zdb.run(q);
        return {body: {data: toCamel(rows.map(({images, ...r}) => ({...r, images: images.map(({file: _f, ...a}) => a)})))}};
      },
    }),
    route({
      method: 'get',
      path: '/catalog/items/:id',
      tag: 'catalog',
      summary: 'One item with its image attachments',
      entity: 'item',
      auth: 'member',
      params: idParams,
      response: itemRow.extend({images: z.array(attachmentRow)}),
      async handler({params, ctx}) {
        return {body: toCamel(await item(ctx, params.id))};
      },
    }),
    writeRoute(deps, {
      mutator: mutators.catalog.createItem,
      method: 'post',
      path: '/catalog/items',
      tag: 'catalog',
      summary: 'Create an item (price in integer tiyn: 150000 = 1 500 ₸); placed last unless a position is given',
      entity: 'item',
      permission: 'catalog.manage',
      optional: ['position'],
      fill: async ({ctx}) => ({position: positionAfterLast(await zdb.run(queries.catalog.items.fn({args: undefined, ctx})))}),
      response: itemRow.extend({images: z.array(attachmentRow)}),
      read: (ctx, args) => item(ctx, args.id),
    }),
    route({
      method: 'patch',
      path: '/catalog/items/:id',
      tag: 'catalog',
      summary: 'Change an item; `position` moves it, `archived` (with `replacedBy`) retires it',
      entity: 'item',
      auth: 'member',
      permission: 'catalog.manage',
      params: idParams,
      body: updateItemArgs.omit({id: true, opId: true}).extend({
        position: z.number().finite().optional(),
        archived: z.boolean().optional(),
        replacedBy: archiveItemArgs.shape.replacedBy,
      }),
      response: itemRow.extend({images: z.array(attachmentRow)}),
      async handler({params, body, ctx, req}) {
        const {position, archived, replacedBy, ...fields} = body;
        // All the changes land or none does.
        await deps.executor.runAll(
          [
            ...(Object.keys(fields).length ? [mutators.catalog.updateItem({id: params.id, ...fields, ...opKey(req, 'fields')})] : []),
            ...(position !== undefined ? [mutators.catalog.moveItem({id: params.id, position, ...opKey(req, 'move')})] : []),
            ...(archived !== undefined
              ? [
                  mutators.catalog.archiveItem({
                    id: params.id,
                    archived,
                    ...(replacedBy !== undefined && {replacedBy}),
                    at: deps.now(),
                    ...opKey(req, 'archive'),
                  }),
                ]
              : []),
          ],
          ctx,
        );
        return {body: toCamel(await item(ctx, params.id))};
      },
    }),
    writeRoute(deps, {
      mutator: mutators.attachment.add,
      method: 'post',
      path: '/catalog/items/:id/images',
      pathArgs: {id: 'entityId'},
      tag: 'catalog',
      summary: 'Attach an uploaded image (PUT /files/{id} first) to an item',
      entity: 'item',
      permission: 'catalog.manage',
      omit: ['entity', 'kind'],
      fill: () => ({entity: 'catalog_item' as const, kind: 'photo' as const}),
      response: attachmentRow,
      read: async (ctx, args) => {
        const att = (await item(ctx, args.entityId)).images.find((a) => a.id === args.id);
        if (!att) throw domainError('not_found');
        return att;
      },
    }),
    route({
      method: 'get',
      path: '/catalog/export.csv',
      tag: 'catalog',
      summary: 'The catalog as a CSV file for Excel (semicolons, UTF-8 with BOM), headers in the caller’s language',
      auth: 'member',
      async handler({ctx, res, locale}) {
        const [items, categories] = await Promise.all([
          zdb.run(queries.catalog.items.fn({args: undefined, ctx}).where('archived_at', 'IS', null)),
          zdb.run(queries.catalog.categories.fn({args: undefined, ctx})),
        ]);
        const csv = CSV_BOM + Papa.unparse(exportRows(items, categories, createTranslator(locale), locale), CSV_OPTIONS);
        res.set({'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="catalog.csv"'});
        res.send(csv);
      },
    }),
    route({
      method: 'post',
      path: '/catalog/import',
      tag: 'catalog',
      summary: 'Import a CSV (as exported, or from Excel): rows with an id or number update, others are added; all or nothing',
      auth: 'member',
      permission: 'catalog.manage',
      body: z.object({csv: z.string().max(5_000_000), dryRun: z.boolean().default(false)}),
      response: z.object({
        created: z.number(),
        updated: z.number(),
        errors: z.array(z.object({row: z.number(), fields: z.array(z.object({field: z.string(), message: z.string()}))})),
      }),
      async handler({body, ctx, req, locale}) {
        const text = body.csv.replace(/^\uFEFF/, '');
        const table = Papa.parse<string[]>(text, csvParseOptions(text)).data;
        const [items, categories] = await Promise.all([
          zdb.run(queries.catalog.items.fn({args: undefined, ctx})),
          zdb.run(queries.catalog.categories.fn({args: undefined, ctx})),
        ]);
        const plan = planImport(table, {items, categories}, newId, deps.now());
        const t = createTranslator(locale);
        const errors = plan.errors.map((e) => ({row: e.row, fields: e.issues.map((i) => ({field: i.field, message: t(i.code, i.params)}))}));
        if (!errors.length && !body.dryRun) {
          await deps.executor.run(mutators.catalog.importItems({...plan.args, ...opKey(req)}), ctx);
        }
        // Refused rows are a 400 in the documented error shape, each row's fields listed under `rows`.
        if (errors.length) {
          const rows = errors.map((e) => e.row).join(', ');
          return {status: 400, body: {error: {code: 'validation', message: t('http.importRows', {rows}), rows: errors}}};
        }
        return {status: 200, body: {created: plan.created, updated: plan.updated, errors}};
      },
    }),
  ];
}
