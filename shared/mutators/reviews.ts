// Reviews (C7): a visitor writes one on the public page; it shows only after
// someone of the company publishes it, with an optional reply.
import {dotMutator} from './define.ts';
import {zql} from '#schema/zero-schema.ts';
import {assertCan, can} from '../auth/can.ts';
import {mayModerateBookingReview} from './booking-access.ts';
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import {normalizeSource} from '../requests/source.ts';
import {moderateReviewArgs, submitReviewArgs} from '../reviews/validation.ts';

export const reviewMutators = {
  submit: dotMutator(submitReviewArgs, async ({tx, args, ctx}) => {
    if (ctx?.kind !== 'public') assertCan(ctx, 'site.manage');
    const existing = await tx.run(zql.review.where('id', args.id).one());
    if (existing) {
      if (existing.company_id !== ctx.companyID) throw domainError('not_found');
      return;
    }
    let itemId = args.catalogItemId ?? null;
    if (itemId && !(await tx.run(companyRows('catalog_item', ctx).where('id', itemId).one()))) itemId = null;
    await tx.mutate.review.insert({
      id: args.id,
      company_id: ctx.companyID,
      author_name: args.authorName,
      rating: args.rating,
      text: args.text,
      status: 'pending',
      source: normalizeSource(args.source, 'site'),
      catalog_item_id: itemId,
      reply: '',
      created_at: args.createdAt,
      updated_at: args.createdAt,
    });
  }),

  moderate: dotMutator(moderateReviewArgs, async ({tx, args, ctx}) => {
    // The site's managers publish any review; a master those of their own visits (booking, 0300).
    if (!can(ctx, 'site.manage')) assertCan(ctx, 'booking.own');
    const row = await tx.run(companyRows('review', ctx).where('id', args.id).one());
    if (!row) {
      if (tx.location === 'server') throw domainError('not_found');
      return;
    }
    if (!can(ctx, 'site.manage') && !(await mayModerateBookingReview(tx, ctx, row.master_id))) throw domainError('not_found');
    await tx.mutate.review.update({
      id: args.id,
      ...(args.status !== undefined && {status: args.status}),
      ...(args.reply !== undefined && {reply: args.reply}),
    });
  }),
};
