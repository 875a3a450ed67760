// Words on the server-rendered pages customers open from links and QR codes.
import type {Message} from '../../define.ts';

export const ru = {
  'pub.request.title': 'Оставить заявку',
  'pub.request.lead': 'Напишите, что вам нужно — мы свяжемся с вами.',
  'pub.request.name': 'Ваше имя',
  'pub.request.text': 'Что вам нужно?',
  'pub.request.submit': 'Отправить заявку',
  'pub.thanks.title': 'Спасибо! Заявка принята',
  'pub.thanks.body': 'Номер вашей заявки: {number}. Мы скоро свяжемся с вами.',
  'pub.thanks.again': 'Отправить ещё одну',
  'pub.rateLimited': 'Слишком много заявок с этого адреса. Попробуйте через несколько минут.',
  'pub.notFound': 'Страница не найдена',
  'pub.suspended': 'Страница временно недоступна.',
  'pub.poweredBy': 'Работает на dot',
  'pub.language': 'Язык',
} satisfies Record<string, Message>;
