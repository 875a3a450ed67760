// A request's conversation: comments (with mentions, which the server's
// effects tell) and who watches it.
import {zql} from '#schema/zero-schema.ts';
import {assertCan} from '../auth/can.ts';
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import {addCommentArgs, watchArgs} from '../requests/validation.ts';
import {dotMutator} from './define.ts';
import {assertMember, requestFor, type RequestOutcome} from './requests-checks.ts';

export const requestCommentMutators = {
  addComment: dotMutator(addCommentArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.comment');
    await requestFor(tx, ctx, args.requestId);
    const existing = await tx.run(zql.request_comment.where('id', args.id).one());
    if (existing) {
      if (existing.company_id !== ctx.companyID) throw domainError('not_found');
      return;
    }
    for (const m of args.mentions) await assertMember(tx, ctx, m, 'mentions');
    await tx.mutate.request_comment.insert({
      id: args.id,
      company_id: ctx.companyID,
      request_id: args.requestId,
      author_id: ctx.memberID,
      body: args.body,
      created_at: args.createdAt,
      mentions: [...new Set(args.mentions)],
    });
    return {mentions: args.mentions.length} satisfies RequestOutcome;
  }),

  watch: dotMutator(watchArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.comment');
    await requestFor(tx, ctx, args.requestId);
    const id = `${args.requestId}:${args.memberId}`;
    const existing = await tx.run(companyRows('request_watcher', ctx).where('id', id).one());
    if (args.watching && !existing) {
      await assertMember(tx, ctx, args.memberId, 'memberId');
      await tx.mutate.request_watcher.insert({id, company_id: ctx.companyID, request_id: args.requestId, member_id: args.memberId, created_at: args.at});
    } else if (!args.watching && existing) {
      await tx.mutate.request_watcher.delete({id});
    }
  }),
};
