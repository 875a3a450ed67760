import {z} from 'zod';
import {epochMs, idField, optionalText, requiredText} from '../validation/schemas.ts';

export const REVIEW_STATUSES = ['pending', 'published', 'hidden'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** A visitor's review from the public page; it waits for the company to publish it. */
export const submitReviewArgs = z.object({
  id: idField,
  authorName: optionalText(120).default(''),
  rating: z.number().int('v.rating').min(1, 'v.rating').max(5, 'v.rating'),
  text: requiredText(3000),
  catalogItemId: idField.nullable().optional(),
  source: z.string().max(48).default('site'),
  createdAt: epochMs,
  opId: z.string().max(64).optional(),
});
export type SubmitReviewArgs = z.input<typeof submitReviewArgs>;

export const moderateReviewArgs = z.object({
  id: idField,
  status: z.enum(REVIEW_STATUSES).optional(),
  reply: optionalText(3000).optional(),
  opId: z.string().max(64).optional(),
});
export type ModerateReviewArgs = z.input<typeof moderateReviewArgs>;
