import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const en = {
  'nav.inbox': 'Messages',
  'op.chat.reply': 'Reply to a client',
  'op.chat.markRead': 'Read',
  'op.chat.receive': 'A client’s message',
  'op.chat.say': 'A bot’s answer',
  'op.chat.assign': 'Conversation assignment',
  'messaging.v.windowClosed': 'The client wrote more than 24 hours ago: WhatsApp lets only an approved template through',
  'messaging.v.token': 'A bot token looks like 123456789:AAE… — copy the whole of it from @BotFather',
  'messaging.channel.telegram': 'Telegram',
  'messaging.channel.whatsapp': 'WhatsApp',
  'messaging.channel.vk': 'VK',
} satisfies Catalog<typeof ru>;
