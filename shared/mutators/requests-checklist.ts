// A request's checklist: items added, ticked and removed (a workflow guard
// may require every item done before a move).
import {assertCan} from '../auth/can.ts';
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import {checklistAddArgs, checklistRemoveArgs, checklistToggleArgs} from '../requests/validation.ts';
import {dotMutator} from './define.ts';
import {requestFor} from './requests-checks.ts';

export const requestChecklistMutators = {
  checklistAdd: dotMutator(checklistAddArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.update');
    await requestFor(tx, ctx, args.requestId);
    if (await tx.run(companyRows('checklist_item', ctx).where('id', args.id).one())) return;
    const last = args.position === undefined ? await tx.run(companyRows('checklist_item', ctx).where('request_id', args.requestId)) : [];
    await tx.mutate.checklist_item.insert({
      id: args.id,
      company_id: ctx.companyID,
      request_id: args.requestId,
      text: args.text,
      done: false,
      position: args.position ?? Math.max(0, ...last.map((c) => c.position)) + 1,
      created_at: args.createdAt,
    });
  }),

  checklistToggle: dotMutator(checklistToggleArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.update');
    const item = await tx.run(companyRows('checklist_item', ctx).where('id', args.id).one());
    if (!item) throw domainError('not_found');
    await requestFor(tx, ctx, item.request_id);
    await tx.mutate.checklist_item.update({id: args.id, done: args.done, done_by: args.done ? ctx.memberID : null});
  }),

  checklistRemove: dotMutator(checklistRemoveArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.update');
    const item = await tx.run(companyRows('checklist_item', ctx).where('id', args.id).one());
    if (!item) return;
    await requestFor(tx, ctx, item.request_id);
    await tx.mutate.checklist_item.delete({id: args.id});
  }),
};
