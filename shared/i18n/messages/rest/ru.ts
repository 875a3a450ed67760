import type {Message} from '../../define.ts';

// What a REST 404 names: the record the route is about, never "request" for a booking.
export const ru = {
  'notFound.requestType': 'Тип заявки не найден или нет доступа',
  'notFound.requestField': 'Поле не найдено или нет доступа',
  'notFound.template': 'Шаблон не найден или нет доступа',
  'notFound.booking': 'Запись не найдена или нет доступа',
  'notFound.master': 'Мастер не найден или нет доступа',
  'notFound.place': 'Место приёма не найдено или нет доступа',
  'notFound.service': 'Услуга не найдена или нет доступа',
  'notFound.client': 'Клиент не найден или нет доступа',
  'notFound.category': 'Категория не найдена или нет доступа',
  'notFound.item': 'Позиция каталога не найдена или нет доступа',
  'notFound.member': 'Сотрудник не найден или нет доступа',
  'notFound.company': 'Компания не найдена или нет доступа',
  'notFound.review': 'Отзыв не найден или нет доступа',
  'notFound.file': 'Файл не найден или нет доступа',
  'notFound.notification': 'Уведомление не найдено или нет доступа',
  'notFound.checklistItem': 'Пункт чек-листа не найден или нет доступа',
  'notFound.pushSubscription': 'Подписка на уведомления не найдена или нет доступа',
  'notFound.conversation': 'Переписка не найдена или нет доступа',
  'notFound.channel': 'Канал не найден или нет доступа',
  'notFound.apiKey': 'Ключ API не найден или нет доступа',
  'notFound.document': 'Документ не найден или нет доступа',
  'notFound.task': 'Задача не найдена или нет доступа',
  'notFound.meeting': 'Встреча не найдена или нет доступа',
} satisfies Record<string, Message>;
