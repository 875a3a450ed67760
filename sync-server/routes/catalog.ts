// /api/v1/catalog: categories, items, images and CSV — through the same named
// queries and mutators the devices use, so scoping and validation are those of sync.
import Papa from 'papaparse';
import {z} from 'zod';
import type {MemberContext} from '../../shared/auth/context.ts';
import {exportRows, planImport} from '../../shared/catalog/csv.ts';
import {CSV_BOM, CSV_OPTIONS, csvParseOptions} from '../../shared/files/csv.ts';
import {positionAfterLast} from '../../shared/catalog/position.ts';
import {archiveItemArgs, createCategoryArgs, createItemBase, updateCategoryArgs, updateItemArgs} from '../../shared/catalog/validation.ts';
import {domainError} from '../../shared/errors.ts';
import {createTranslator} from '../../shared/i18n/translate.ts';
import {queries} from '../../shared/queries/index.ts';
import {newId} from '../auth/tokens.ts';
import {recordId} from '../rest/idempotency.ts';
import {route} from '../rest/route.ts';
import {rowSchema, toCamel} from '../rest/rows.ts';
import type {ZeroDb} from '../zero/db.ts';
import type {Executor} from '../zero/execute.ts';
import {mutators} from '../../shared/mutators/index.ts';

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
  const opIdOf = (req: {get(name: string): string | undefined}) => req.get('idempotency-key');

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
    route({
      method: 'post',
      path: '/catalog/categories',
      tag: 'catalog',
      summary: 'Create a category (nested one level at most); placed last unless a position is given',
      auth: 'member',
      permission: 'catalog.manage',
      body: createCategoryArgs.omit({opId: true}).partial({id: true, createdAt: true, position: true}),
      status: 201,
      response: categoryRow,
      async handler({body, ctx, req}) {
        const id = body.id ?? recordId(req, ctx);
        const existing = await zdb.run(queries.catalog.categories.fn({args: undefined, ctx}));
        const opId = opIdOf(req);
        await deps.executor.run(mutators.catalog.createCategory({...body, id, position: body.position ?? positionAfterLast(existing), createdAt: body.createdAt ?? deps.now(), ...(opId && {opId})}), ctx);
        return {status: 201, body: toCamel(await category(ctx, id))};
      },
    }),
    route({
      method: 'patch',
      path: '/catalog/categories/:id',
      tag: 'catalog',
      summary: 'Rename or move a category; `archived` hides it and its items from the site',
      auth: 'member',
      permission: 'catalog.manage',
      params: idParams,
      body: updateCategoryArgs.omit({id: true, opId: true}).extend({position: z.number().finite().optional(), archived: z.boolean().optional()}),
      response: categoryRow,
      async handler({params, body, ctx, req}) {
        const opId = opIdOf(req);
        const {position, archived, ...fields} = body;
        if (Object.keys(fields).length) await deps.executor.run(mutators.catalog.updateCategory({id: params.id, ...fields, ...(opId && {opId: `${opId}:fields`})}), ctx);
        if (position !== undefined) await deps.executor.run(mutators.catalog.moveCategory({id: params.id, position, ...(opId && {opId: `${opId}:move`})}), ctx);
        if (archived !== undefined) await deps.executor.run(mutators.catalog.archiveCategory({id: params.id, archived, at: deps.now(), ...(opId && {opId: `${opId}:archive`})}), ctx);
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
      auth: 'member',
      params: idParams,
      response: itemRow.extend({images: z.array(attachmentRow)}),
      async handler({params, ctx}) {
        return {body: toCamel(await item(ctx, params.id))};
      },
    }),
    route({
      method: 'post',
      path: '/catalog/items',
      tag: 'catalog',
      summary: 'Create an item (price in integer tiyn: 150000 = 1 500 ₸); placed last unless a position is given',
      auth: 'member',
      permission: 'catalog.manage',
      body: createItemBase.omit({opId: true}).partial({id: true, createdAt: true, position: true}),
      status: 201,
      response: itemRow.extend({images: z.array(attachmentRow)}),
      async handler({body, ctx, req}) {
        const id = body.id ?? recordId(req, ctx);
        const existing = await zdb.run(queries.catalog.items.fn({args: undefined, ctx}));
        const opId = opIdOf(req);
        await deps.executor.run(mutators.catalog.createItem({...body, id, position: body.position ?? positionAfterLast(existing), createdAt: body.createdAt ?? deps.now(), ...(opId && {opId})}), ctx);
        return {status: 201, body: toCamel(await item(ctx, id))};
      },
    }),
    route({
      method: 'patch',
      path: '/catalog/items/:id',
      tag: 'catalog',
      summary: 'Change an item; `position` moves it, `archived` (with `replacedBy`) retires it',
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
        const opId = opIdOf(req);
        const {position, archived, replacedBy, ...fields} = body;
        if (Object.keys(fields).length) await deps.executor.run(mutators.catalog.updateItem({id: params.id, ...fields, ...(opId && {opId: `${opId}:fields`})}), ctx);
        if (position !== undefined) await deps.executor.run(mutators.catalog.moveItem({id: params.id, position, ...(opId && {opId: `${opId}:move`})}), ctx);
        if (archived !== undefined) {
          await deps.executor.run(mutators.catalog.archiveItem({id: params.id, archived, ...(replacedBy !== undefined && {replacedBy}), at: deps.now(), ...(opId && {opId: `${opId}:archive`})}), ctx);
        }
        return {body: toCamel(await item(ctx, params.id))};
      },
    }),
    route({
      method: 'post',
      path: '/catalog/items/:id/images',
      tag: 'catalog',
      summary: 'Attach an uploaded image (PUT /files/{id} first) to an item',
      auth: 'member',
      permission: 'catalog.manage',
      params: idParams,
      body: z.object({fileId: z.string().max(64), id: z.string().max(64).optional()}),
      status: 201,
      response: attachmentRow,
      async handler({params, body, ctx, req}) {
        const id = body.id ?? recordId(req, ctx);
        const opId = opIdOf(req);
        await deps.executor.run(mutators.attachment.add({id, entity: 'catalog_item', entityId: params.id, fileId: body.fileId, kind: 'photo', createdAt: deps.now(), ...(opId && {opId})}), ctx);
        const att = (await item(ctx, params.id)).images.find((a) => a.id === id);
        if (!att) throw domainError('not_found');
        return {status: 201, body: toCamel(att)};
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
      response: z.object({created: z.number(), updated: z.number(), errors: z.array(z.object({row: z.number(), fields: z.array(z.object({field: z.string(), message: z.string()}))}))}),
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
          const opId = req.get('idempotency-key');
          await deps.executor.run(mutators.catalog.importItems({...plan.args, ...(opId && {opId})}), ctx);
        }
        return {status: errors.length ? 400 : 200, body: {created: plan.created, updated: plan.updated, errors}};
      },
    }),
  ];
}
