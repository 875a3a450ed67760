// What the inbox's writes take. Messages are i18n keys; every issue names a field.
import {z} from 'zod';
import {epochMs, idField, optionalText} from '../validation/schemas.ts';

const opId = z.string().max(64).optional();

/** Telegram's limit (4096) is the smallest of the three channels'. */
export const MESSAGE_MAX = 4096;

export const replyArgs = z
  .object({
    id: idField,
    conversationId: idField,
    body: optionalText(MESSAGE_MAX).default(''),
    /** A WhatsApp template's name, for a conversation outside its 24-hour window. */
    template: z.string().trim().max(512).default(''),
    createdAt: epochMs,
    opId,
  })
  .superRefine((v, ctx) => {
    if (!v.body && !v.template) ctx.addIssue({code: 'custom', path: ['body'], message: 'v.required'});
  });
export type ReplyArgs = z.input<typeof replyArgs>;

export const markReadArgs = z.object({conversationId: idField, at: epochMs, opId});

export const assignArgs = z.object({conversationId: idField, memberId: idField.nullable(), at: epochMs, opId});
