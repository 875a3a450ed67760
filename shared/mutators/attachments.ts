// Attaching an uploaded file to a record. The upload (PUT /api/v1/files/:id)
// lands first; the device sends this write only after it has.
import {dotMutator} from './define.ts';
import {zql} from '#schema/zero-schema.ts';
import {assertCan} from '../auth/can.ts';
import {domainError} from '../errors.ts';
import {ATTACHABLE, addAttachmentArgs, removeAttachmentArgs} from '../files/validation.ts';
import {companyRows} from '../queries/scope.ts';
import {mayCheck, mayWork} from '../tasks/access.ts';
import {taskFor} from './tasks-load.ts';
import {invoiceFor} from './finance-load.ts';
import {mayEditInvoice, mayMoveInvoice} from '../finance/access.ts';
import type {Transaction} from '@rocicorp/zero';
import type {AuthContext} from '../auth/context.ts';

/** An invoice's files: its author or finance, before payment (the guards read them); payment staff attach the act later. */
/** What an invoice's files may be (the guards look for `invoice` and the basis). */
export const INVOICE_FILE_KINDS: readonly string[] = ['invoice', 'basis', 'act', 'other'];

async function assertInvoiceFiles(tx: Transaction, ctx: AuthContext, invoiceId: string): Promise<void> {
  const inv = await invoiceFor(tx, ctx, invoiceId);
  if (!mayEditInvoice(ctx, inv) && !mayMoveInvoice(ctx, inv, 'paid')) throw domainError('not_found');
}

/** Who may attach to an entity whose rule is its own (permission null). */
function assertOwnRule(tx: Transaction, ctx: AuthContext, entity: string, id: string): Promise<void> {
  return entity === 'invoice' ? assertInvoiceFiles(tx, ctx, id) : assertTaskWork(tx, ctx, id);
}

/** A task's files (its result, photos) are added and removed by whoever works on it or checks it. */
async function assertTaskWork(tx: Transaction, ctx: AuthContext, taskId: string): Promise<void> {
  const task = await taskFor(tx, ctx, taskId);
  if (!mayWork(ctx, task, task.people) && !mayCheck(ctx, task)) throw domainError('not_found');
}

export const attachmentMutators = {
  add: dotMutator(addAttachmentArgs, async ({tx, args, ctx}) => {
    const target = ATTACHABLE[args.entity];
    if (args.entity === 'invoice' && !INVOICE_FILE_KINDS.includes(args.kind)) throw domainError('validation', {fields: [{field: 'kind', code: 'v.invalid'}]});
    if (target.permission) assertCan(ctx, target.permission);
    else await assertOwnRule(tx, ctx, args.entity, args.entityId);
    const record = await tx.run(companyRows(target.table, ctx).where('id', args.entityId).one());
    if (!record) throw domainError('not_found');
    // The file row syncs to the device after the upload; only the server can be sure it exists.
    if (tx.location === 'server') {
      const file = await tx.run(companyRows('file', ctx).where('id', args.fileId).one());
      if (!file) throw domainError('not_found');
    }
    const existing = await tx.run(zql.attachment.where('id', args.id).one());
    if (existing) {
      if (existing.company_id !== ctx.companyID) throw domainError('not_found');
      return;
    }
    await tx.mutate.attachment.insert({
      id: args.id,
      company_id: ctx.companyID,
      entity: args.entity,
      entity_id: args.entityId,
      file_id: args.fileId,
      kind: args.kind,
      created_by: ctx.kind === 'member' ? ctx.memberID : null,
      created_at: args.createdAt,
    });
  }),

  remove: dotMutator(removeAttachmentArgs, async ({tx, args, ctx}) => {
    const row = await tx.run(companyRows('attachment', ctx).where('id', args.id).one());
    if (!row) return;
    const target = ATTACHABLE[row.entity as keyof typeof ATTACHABLE];
    if (!target) throw domainError('not_found');
    if (target.permission) assertCan(ctx, target.permission);
    else await assertOwnRule(tx, ctx, row.entity, row.entity_id);
    await tx.mutate.attachment.delete({id: args.id});
  }),
};
