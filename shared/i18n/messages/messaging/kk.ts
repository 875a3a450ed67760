import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const kk = {
  'nav.inbox': 'Хабарламалар',
  'op.chat.reply': 'Клиентке жауап',
  'op.chat.markRead': 'Оқылды',
  'op.chat.receive': 'Клиент хабарламасы',
  'op.chat.say': 'Бот жауабы',
  'op.chat.assign': 'Хат алмасуды тағайындау',
  'messaging.v.windowClosed': 'Клиент 24 сағаттан бұрын жазған: WhatsApp тек мақұлданған үлгіні өткізеді',
  'messaging.v.token': 'Бот токені мынадай: 123456789:AAE… — оны @BotFather ішінен толық көшіріңіз',
  'messaging.channel.telegram': 'Telegram',
  'messaging.channel.whatsapp': 'WhatsApp',
  'messaging.channel.vk': 'VK',
} satisfies Catalog<typeof ru>;
