// The server's own writes into the inbox, run only with the system's context
// (sync-server/messaging/): a client's message arriving (its conversation and
// its CRM client found or made on the way, K3), and a message the bot or a
// reminder sends. Devices never call these: a member's context is refused.
import {z} from 'zod';
import {dotMutator} from './define.ts';
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import {linkClient} from '../crm/link.ts';
import {previewOf} from '../messaging/preview.ts';
import {writeOutgoing} from '../messaging/outgoing.ts';
import {MESSAGE_MAX} from '../messaging/validation.ts';
import {epochMs, idField} from '../validation/schemas.ts';

const channel = z.enum(['telegram', 'whatsapp', 'vk']);
const button = z.object({label: z.string().max(200), data: z.string().max(64)});

export const receiveArgs = z.object({
  conversationId: idField,
  channel,
  bot: z.string().max(64),
  chatId: z.string().max(64),
  userId: z.string().max(64),
  title: z.string().max(200).default(''),
  phone: z.string().max(32).default(''),
  locale: z.enum(['ru', 'kk', 'en']).default('ru'),
  masterId: idField.nullable().default(null),
  source: z.string().max(64).default(''),
  at: epochMs,
  message: z
    .object({
      id: idField,
      body: z.string().max(MESSAGE_MAX * 2),
      photos: z.array(z.string().max(300)).max(20).default([]),
      externalId: z.string().max(200).default(''),
    })
    .nullable()
    .default(null),
});

export const sayArgs = z.object({
  id: idField,
  conversationId: idField,
  author: z.enum(['bot', 'notice']),
  body: z.string().max(MESSAGE_MAX),
  template: z.string().max(512).default(''),
  templateParams: z.array(z.string().max(1000)).max(10).default([]),
  buttons: z.array(z.array(button).max(5)).max(12).default([]),
  askPhone: z.string().max(64).default(''),
  createdAt: epochMs,
});

export type SayOutcome = {send: string; buttons: z.infer<typeof button>[][]; askPhone: string; templateParams: string[]} | undefined;

const systemOnly = (ctx: {kind: string} | undefined) => {
  if (ctx?.kind !== 'system') throw domainError('not_found');
};

export const chatSystemMutators = {
  receive: dotMutator(receiveArgs, async ({tx, args, ctx}) => {
    systemOnly(ctx);
    const master = args.masterId ? await tx.run(companyRows('booking_master', ctx).where('id', args.masterId).one()) : undefined;
    let c = await tx.run(companyRows('conversation', ctx).where('id', args.conversationId).one());
    const clientId = await linkClient(tx, ctx, {
      seedId: args.conversationId,
      name: args.title,
      phone: args.phone || undefined,
      messenger: {kind: args.channel, id: args.userId},
      source: args.source || args.channel,
      at: args.at,
    });
    if (!c) {
      await tx.mutate.conversation.insert({
        id: args.conversationId,
        company_id: ctx.companyID,
        client_id: clientId,
        channel: args.channel,
        bot: args.bot,
        chat_id: args.chatId,
        title: args.title,
        master_id: master?.id ?? null,
        master_member_id: master?.member_id ?? null,
        assigned_member_id: null,
        source: args.source,
        locale: args.locale,
        last_message_at: null,
        last_inbound_at: null,
        last_preview: '',
        unread: 0,
        opted_out_at: null,
        created_at: args.at,
        updated_at: args.at,
      });
      c = await tx.run(companyRows('conversation', ctx).where('id', args.conversationId).one());
    }
    if (!c) return;
    const m = args.message;
    const fresh = m && !(await tx.run(companyRows('chat_message', ctx).where('id', m.id).one()));
    // The channel's clock has whole seconds: a message is never placed before what the chat already shows.
    const createdAt = Math.max(args.at, (c.last_message_at ?? 0) + 1);
    if (m && fresh) {
      await tx.mutate.chat_message.insert({
        id: m.id,
        company_id: ctx.companyID,
        conversation_id: c.id,
        direction: 'in',
        author: 'client',
        member_id: null,
        body: m.body,
        attachments: m.photos.map((ref) => ({kind: 'photo' as const, ref})),
        template: '',
        status: 'received',
        error: '',
        external_id: m.externalId,
        created_at: createdAt,
        sent_at: null,
        updated_at: args.at,
      });
    }
    await tx.mutate.conversation.update({
      id: c.id,
      client_id: c.client_id ?? clientId,
      title: args.title || c.title,
      ...(master && {master_id: master.id, master_member_id: master.member_id}),
      locale: args.locale,
      // Anything the client sends — a message, a button, a link followed — opens WhatsApp's 24-hour window again.
      last_inbound_at: Math.max(c.last_inbound_at ?? 0, args.at),
      ...(fresh && {
        last_message_at: createdAt,
        last_preview: previewOf(m.body || (m.photos.length ? '📷' : '')),
        unread: c.unread + 1,
      }),
      updated_at: args.at,
    });
  }),

  say: dotMutator(sayArgs, async ({tx, args, ctx}) => {
    systemOnly(ctx);
    if (await tx.run(companyRows('chat_message', ctx).where('id', args.id).one())) return;
    const c = await tx.run(companyRows('conversation', ctx).where('id', args.conversationId).one());
    if (!c) throw domainError('not_found');
    await writeOutgoing(tx, c, {id: args.id, author: args.author, memberId: null, body: args.body, template: args.template, at: args.createdAt});
    return {send: args.id, buttons: args.buttons, askPhone: args.askPhone, templateParams: args.templateParams} satisfies SayOutcome;
  }),
};
