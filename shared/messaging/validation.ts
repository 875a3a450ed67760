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

const required = (max: number) => z.string().trim().min(1, 'v.required').max(max, 'v.tooLong');

/** What connecting a company's own channel takes (Settings → Channels; REST only, never through sync). */
export const CHANNEL_CREDENTIALS = {
  telegram: z.object({token: required(100).regex(/^\d{3,15}:[\w-]{20,80}$/, 'messaging.v.token')}),
  whatsapp: z.object({
    phoneNumberId: required(40).regex(/^\d+$/, 'v.invalid'),
    token: required(1000),
    appSecret: required(200),
    verifyToken: required(200),
    /** The approved template sent outside the 24-hour window (reminders); '' for none. */
    template: z.string().trim().max(512).default(''),
  }),
  vk: z.object({groupId: required(20).regex(/^\d+$/, 'v.invalid'), token: required(1000), secret: required(200), confirmation: required(100)}),
};
