import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const en = {
  'nav.inbox': 'Messages',
  'op.chat.reply': 'Reply to a client',
  'op.chat.markRead': 'Read',
  'op.chat.assign': 'Conversation assignment',
  'messaging.v.windowClosed': 'The client wrote more than 24 hours ago: WhatsApp lets only an approved template through',
  'messaging.channel.telegram': 'Telegram',
  'messaging.channel.whatsapp': 'WhatsApp',
  'messaging.channel.vk': 'VK',
} satisfies Catalog<typeof ru>;
