// Catalog writes. Ids, positions and timestamps come from the device, so a
// replay is harmless; the server numbers rows for their public links. Rules
// that need rows a device may not hold (a parent category, a replacement
// item) are checked on the server only: a device-side refusal would drop the
// write without ever sending it.
import {dotMutator} from './define.ts';
import {zql} from '#schema/zero-schema.ts';
import {assertCan} from '../auth/can.ts';
import type {MemberContext} from '../auth/context.ts';
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import {
  archiveCategoryArgs,
  archiveItemArgs,
  createCategoryArgs,
  createItemArgs,
  importArgs,
  moveArgs,
  updateCategoryArgs,
  updateItemArgs,
  type UpdateItemArgs,
} from '../catalog/validation.ts';
import type {ServerOrClientTx} from './tx.ts';

const invalid = (field: string, code: 'v.invalid' | 'v.nesting' = 'v.invalid') => domainError('validation', {fields: [{field, code}]});

/** A category may hold items and sub-categories; a sub-category only items (one level). */
async function checkParent(tx: ServerOrClientTx, ctx: MemberContext, id: string, parentId: string | null | undefined) {
  if (!parentId || tx.location !== 'server') return;
  if (parentId === id) throw invalid('parentId', 'v.nesting');
  const parent = await tx.run(companyRows('catalog_category', ctx).where('id', parentId).one());
  if (!parent) throw invalid('parentId');
  if (parent.parent_id) throw invalid('parentId', 'v.nesting');
  const children = await tx.run(companyRows('catalog_category', ctx).where('parent_id', id).limit(1));
  if (children.length) throw invalid('parentId', 'v.nesting');
}

async function checkCategory(tx: ServerOrClientTx, ctx: MemberContext, categoryId: string | null | undefined) {
  if (!categoryId || tx.location !== 'server') return;
  if (!(await tx.run(companyRows('catalog_category', ctx).where('id', categoryId).one()))) throw invalid('categoryId');
}

/** A row of this company, or (on the device, not yet synced) undefined; the server says not_found. */
async function ownItem(tx: ServerOrClientTx, ctx: MemberContext, id: string) {
  const row = await tx.run(companyRows('catalog_item', ctx).where('id', id).one());
  if (!row && tx.location === 'server') throw domainError('not_found');
  return row;
}

async function ownCategory(tx: ServerOrClientTx, ctx: MemberContext, id: string) {
  const row = await tx.run(companyRows('catalog_category', ctx).where('id', id).one());
  if (!row && tx.location === 'server') throw domainError('not_found');
  return row;
}

function itemChanges(a: Omit<UpdateItemArgs, 'id' | 'opId'>) {
  return {
    ...(a.categoryId !== undefined && {category_id: a.categoryId}),
    ...(a.title !== undefined && {title: a.title}),
    ...(a.description !== undefined && {description: a.description}),
    ...(a.priceKind !== undefined && {price_kind: a.priceKind}),
    ...(a.price !== undefined && {price: a.price}),
    ...(a.priceKind === 'on_request' && {price: null}),
    ...(a.unit !== undefined && {unit: a.unit}),
    ...(a.durationMin !== undefined && {duration_min: a.durationMin}),
    ...(a.availability !== undefined && {availability: a.availability}),
    ...(a.isPublic !== undefined && {is_public: a.isPublic}),
    ...(a.tr !== undefined && {tr: a.tr}),
  };
}

/** What a booking service takes from the catalog item it is (its own duration stays if the item has none). */
export function serviceFromItem(
  item: {title: string; description: string; tr: unknown; price: number | null; price_kind: string; duration_min: number | null},
  service: {duration_min: number},
) {
  return {
    title: item.title,
    description: item.description,
    tr: (item.tr ?? {}) as Record<string, {title?: string; description?: string}>,
    price: item.price_kind === 'on_request' ? null : item.price,
    duration_min: item.duration_min ?? service.duration_min,
  };
}

/** A create replayed with the same id is the same write — unless the id is another company's. */
async function itemExists(tx: ServerOrClientTx, ctx: MemberContext, id: string) {
  const existing = await tx.run(zql.catalog_item.where('id', id).one());
  if (existing && existing.company_id !== ctx.companyID) throw domainError('not_found');
  return !!existing;
}

async function categoryExists(tx: ServerOrClientTx, ctx: MemberContext, id: string) {
  const existing = await tx.run(zql.catalog_category.where('id', id).one());
  if (existing && existing.company_id !== ctx.companyID) throw domainError('not_found');
  return !!existing;
}

export const catalogMutators = {
  createCategory: dotMutator(createCategoryArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'catalog.manage');
    if (await categoryExists(tx, ctx, args.id)) return;
    await checkParent(tx, ctx, args.id, args.parentId);
    await tx.mutate.catalog_category.insert({
      id: args.id,
      company_id: ctx.companyID,
      parent_id: args.parentId ?? null,
      title: args.title,
      tr: args.tr ?? {},
      position: args.position,
      archived_at: null,
      created_at: args.createdAt,
      updated_at: args.createdAt,
    });
  }),

  updateCategory: dotMutator(updateCategoryArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'catalog.manage');
    if (!(await ownCategory(tx, ctx, args.id))) return;
    await checkParent(tx, ctx, args.id, args.parentId);
    await tx.mutate.catalog_category.update({
      id: args.id,
      ...(args.title !== undefined && {title: args.title}),
      ...(args.parentId !== undefined && {parent_id: args.parentId}),
      ...(args.tr !== undefined && {tr: args.tr}),
    });
  }),

  moveCategory: dotMutator(moveArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'catalog.manage');
    if (!(await ownCategory(tx, ctx, args.id))) return;
    await tx.mutate.catalog_category.update({id: args.id, position: args.position});
  }),

  archiveCategory: dotMutator(archiveCategoryArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'catalog.manage');
    if (!(await ownCategory(tx, ctx, args.id))) return;
    await tx.mutate.catalog_category.update({id: args.id, archived_at: args.archived ? args.at : null});
  }),

  createItem: dotMutator(createItemArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'catalog.manage');
    if (await itemExists(tx, ctx, args.id)) return;
    await checkCategory(tx, ctx, args.categoryId);
    await tx.mutate.catalog_item.insert({
      id: args.id,
      company_id: ctx.companyID,
      category_id: args.categoryId ?? null,
      title: args.title,
      description: args.description ?? '',
      tr: args.tr ?? {},
      price_kind: args.priceKind ?? 'fixed',
      price: args.priceKind === 'on_request' ? null : (args.price ?? null),
      unit: args.unit ?? '',
      duration_min: args.durationMin ?? null,
      availability: args.availability ?? 'in_stock',
      is_public: args.isPublic ?? true,
      position: args.position,
      archived_at: null,
      replaced_by: null,
      created_by: ctx.memberID,
      created_at: args.createdAt,
      updated_at: args.createdAt,
    });
  }),

  // Free text is last-writer-wins; the audit log keeps every overwritten value.
  updateItem: dotMutator(updateItemArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'catalog.manage');
    if (!(await ownItem(tx, ctx, args.id))) return;
    await checkCategory(tx, ctx, args.categoryId);
    const {id, opId: _op, ...fields} = args;
    await tx.mutate.catalog_item.update({id, ...itemChanges(fields)});
    // One service list: the masters' booking services that are this item follow it, in the same write.
    const item = await tx.run(companyRows('catalog_item', ctx).where('id', id).one());
    if (item) {
      for (const service of await tx.run(companyRows('booking_service', ctx).where('catalog_item_id', id))) {
        await tx.mutate.booking_service.update({id: service.id, ...serviceFromItem(item, service)});
      }
    }
  }),

  moveItem: dotMutator(moveArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'catalog.manage');
    if (!(await ownItem(tx, ctx, args.id))) return;
    await tx.mutate.catalog_item.update({id: args.id, position: args.position});
  }),

  // Archived items keep their number: old links say "no longer available",
  // or go to the item that replaced it.
  archiveItem: dotMutator(archiveItemArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'catalog.manage');
    if (!(await ownItem(tx, ctx, args.id))) return;
    if (args.replacedBy && tx.location === 'server') {
      if (args.replacedBy === args.id) throw invalid('replacedBy');
      if (!(await tx.run(companyRows('catalog_item', ctx).where('id', args.replacedBy).one()))) throw invalid('replacedBy');
    }
    await tx.mutate.catalog_item.update({
      id: args.id,
      archived_at: args.archived ? args.at : null,
      ...(args.replacedBy !== undefined && {replaced_by: args.replacedBy}),
    });
  }),

  // One CSV file = one write: every row lands or none does.
  importItems: dotMutator(importArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'catalog.manage');
    for (const c of args.categories) {
      if (await categoryExists(tx, ctx, c.id)) continue;
      await tx.mutate.catalog_category.insert({
        id: c.id,
        company_id: ctx.companyID,
        parent_id: c.parentId,
        title: c.title,
        tr: {},
        position: c.position,
        archived_at: null,
        created_at: args.createdAt,
        updated_at: args.createdAt,
      });
    }
    for (const item of args.items) {
      const {id, replace, position, ...fields} = item;
      if (replace) {
        if (!(await ownItem(tx, ctx, id))) continue;
        await tx.mutate.catalog_item.update({id, ...itemChanges(fields), ...(position !== undefined && {position})});
        continue;
      }
      if (await itemExists(tx, ctx, id)) continue;
      await tx.mutate.catalog_item.insert({
        id,
        company_id: ctx.companyID,
        category_id: fields.categoryId ?? null,
        title: fields.title,
        description: fields.description ?? '',
        tr: fields.tr ?? {},
        price_kind: fields.priceKind ?? 'fixed',
        price: fields.priceKind === 'on_request' ? null : (fields.price ?? null),
        unit: fields.unit ?? '',
        availability: fields.availability ?? 'in_stock',
        is_public: fields.isPublic ?? true,
        position: position ?? 0,
        archived_at: null,
        replaced_by: null,
        created_by: ctx.memberID,
        created_at: args.createdAt,
        updated_at: args.createdAt,
      });
    }
  }),
};
