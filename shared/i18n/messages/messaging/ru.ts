import type {Message} from '../../define.ts';

// The inbox and the channels' settings (issue 14). The bots' own words are server-only (messages/bot/).
export const ru = {
  'nav.inbox': 'Сообщения',
  'op.chat.reply': 'Ответ клиенту',
  'op.chat.markRead': 'Прочитано',
  'op.chat.receive': 'Сообщение клиента',
  'op.chat.say': 'Ответ бота',
  'op.chat.assign': 'Назначение переписки',
  'messaging.v.windowClosed': 'Клиент писал больше 24 часов назад: WhatsApp пропустит только одобренный шаблон',
  'messaging.v.token': 'Токен бота выглядит так: 123456789:AAE… — скопируйте его из @BotFather целиком',
  'messaging.channel.telegram': 'Telegram',
  'messaging.channel.whatsapp': 'WhatsApp',
  'messaging.channel.vk': 'ВКонтакте',
} satisfies Record<string, Message>;
