// Request writes. Each runs optimistically on the device and authoritatively on
// the server (same code); ids and timestamps come from the device so that a
// replay is harmless.
import {dotMutator} from './define.ts';
import {zql} from '../../schema/zero-schema.ts';
import {assertCan} from '../auth/can.ts';
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import {normalizeSource} from '../requests/source.ts';
import {canTransition} from '../requests/status.ts';
import {addCommentArgs, createRequestArgs, setStatusArgs, updateRequestArgs} from '../requests/validation.ts';

export const requestMutators = {
  create: dotMutator(createRequestArgs, async ({tx, args, ctx}) => {
    if (ctx?.kind !== 'public') assertCan(ctx, 'requests.create');
    const existing = await tx.run(zql.request.where('id', args.id).one());
    if (existing) {
      // The same id twice is a replay of this very write, unless it is another company's row.
      if (existing.company_id !== ctx.companyID) throw domainError('not_found');
      return;
    }
    // Only the server surely holds the catalog; an unknown item is dropped, not refused.
    let catalogItemId = args.catalogItemId ?? null;
    if (catalogItemId && tx.location === 'server' && !(await tx.run(companyRows('catalog_item', ctx).where('id', catalogItemId).one()))) {
      catalogItemId = null;
    }
    await tx.mutate.request.insert({
      id: args.id,
      company_id: ctx.companyID,
      client_name: args.clientName,
      client_phone: args.clientPhone,
      client_email: args.clientEmail,
      text: args.text,
      source: ctx.kind === 'public' ? normalizeSource(args.source) : normalizeSource(args.source, 'manual'),
      status: 'new',
      created_by: ctx.kind === 'member' ? ctx.memberID : undefined,
      created_at: args.createdAt,
      updated_at: args.createdAt,
      catalog_item_id: catalogItemId,
    });
  }),

  // Free text is last-writer-wins; the audit log keeps every overwritten value.
  update: dotMutator(updateRequestArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.update');
    const row = await tx.run(companyRows('request', ctx).where('id', args.id).one());
    if (!row) throw domainError('not_found');
    const {id, clientName, clientPhone, clientEmail, text} = args;
    await tx.mutate.request.update({
      id,
      ...(clientName !== undefined && {client_name: clientName}),
      ...(clientPhone !== undefined && {client_phone: clientPhone}),
      ...(clientEmail !== undefined && {client_email: clientEmail}),
      ...(text !== undefined && {text}),
    });
  }),

  // A status change is checked against the state the user saw (`from`): if a
  // colleague moved the request meanwhile, this write is a conflict, not an overwrite.
  setStatus: dotMutator(setStatusArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.update');
    const row = await tx.run(companyRows('request', ctx).where('id', args.id).one());
    if (!row) throw domainError('not_found');
    if (row.status === args.to) return;
    if (row.status !== args.from) {
      throw domainError('conflict', {field: 'status', current: row.status, attempted: args.to});
    }
    if (!canTransition(row.status, args.to)) {
      throw domainError('invalid_transition', {field: 'status', current: row.status, attempted: args.to});
    }
    await tx.mutate.request.update({id: args.id, status: args.to});
  }),

  addComment: dotMutator(addCommentArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.comment');
    const request = await tx.run(companyRows('request', ctx).where('id', args.requestId).one());
    if (!request) throw domainError('not_found');
    const existing = await tx.run(zql.request_comment.where('id', args.id).one());
    if (existing) {
      if (existing.company_id !== ctx.companyID) throw domainError('not_found');
      return;
    }
    await tx.mutate.request_comment.insert({
      id: args.id,
      company_id: ctx.companyID,
      request_id: args.requestId,
      author_id: ctx.memberID,
      body: args.body,
      created_at: args.createdAt,
    });
  }),
};
