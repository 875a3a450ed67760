// A document's parts: comments (each on the version it was written about, D2)
// and links to requests, invoices and tasks (D1). Whoever sees a document may
// comment on it; links are the archive's keepers' (documents.manage).
import {zql} from '#schema/zero-schema.ts';
import {mayComment} from '../documents/access.ts';
import {documentCommentArgs, linkDocumentArgs, unlinkDocumentArgs} from '../documents/validation.ts';
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import {dotMutator} from './define.ts';
import {assertManage, documentFor} from './documents-load.ts';

const LINKED_TABLE = {request: 'request', invoice: 'invoice', task: 'task'} as const;

export const documentPartMutators = {
  comment: dotMutator(documentCommentArgs, async ({tx, args, ctx}) => {
    const existing = await tx.run(zql.document_comment.where('id', args.id).one());
    if (existing) {
      if (existing.company_id !== ctx.companyID) throw domainError('not_found');
      return;
    }
    const doc = await documentFor(tx, ctx, args.documentId);
    if (!mayComment(ctx, doc)) throw domainError('not_found');
    if (args.versionId && !doc.versions.some((v) => v.id === args.versionId)) {
      throw domainError('validation', {fields: [{field: 'versionId', code: 'v.invalid'}]});
    }
    await tx.mutate.document_comment.insert({
      id: args.id,
      company_id: ctx.companyID,
      document_id: doc.id,
      version_id: args.versionId ?? doc.versions[0]?.id ?? null,
      author_id: ctx.kind === 'member' ? ctx.memberID : null,
      body: args.body,
      created_at: args.createdAt,
    });
  }),

  link: dotMutator(linkDocumentArgs, async ({tx, args, ctx}) => {
    assertManage(ctx);
    const doc = await documentFor(tx, ctx, args.documentId);
    const links = await tx.run(companyRows('document_link', ctx).where('document_id', doc.id));
    // A replay, or the same link made on another device: done already.
    if (links.some((l) => l.id === args.id || (l.entity === args.entity && l.entity_id === args.entityId))) return;
    // The linked record must be the company's; only the server is sure (a lawyer's device holds no invoices).
    const target = tx.location === 'server' ? await tx.run(companyRows(LINKED_TABLE[args.entity], ctx).where('id', args.entityId).one()) : true;
    if (!target) throw domainError('validation', {fields: [{field: 'entityId', code: 'v.invalid'}]});
    await tx.mutate.document_link.insert({
      id: args.id,
      company_id: ctx.companyID,
      document_id: doc.id,
      entity: args.entity,
      entity_id: args.entityId,
      created_at: args.createdAt,
    });
  }),

  unlink: dotMutator(unlinkDocumentArgs, async ({tx, args, ctx}) => {
    assertManage(ctx);
    const row = await tx.run(companyRows('document_link', ctx).where('id', args.id).one());
    if (!row) return;
    await documentFor(tx, ctx, row.document_id);
    await tx.mutate.document_link.delete({id: args.id});
  }),
};
