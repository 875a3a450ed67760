import {defineMessages} from '../define.ts';

// What a REST 404 names: the record the route is about, never "request" for a booking.
export const rest = defineMessages({
  ru: {
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
    'notFound.apiKey': 'Ключ API не найден или нет доступа',
  },
  kk: {
    'notFound.requestType': 'Өтінім түрі табылмады немесе қолжетімділік жоқ',
    'notFound.requestField': 'Өріс табылмады немесе қолжетімділік жоқ',
    'notFound.template': 'Үлгі табылмады немесе қолжетімділік жоқ',
    'notFound.booking': 'Жазылу табылмады немесе қолжетімділік жоқ',
    'notFound.master': 'Шебер табылмады немесе қолжетімділік жоқ',
    'notFound.place': 'Қабылдау орны табылмады немесе қолжетімділік жоқ',
    'notFound.service': 'Қызмет табылмады немесе қолжетімділік жоқ',
    'notFound.client': 'Клиент табылмады немесе қолжетімділік жоқ',
    'notFound.category': 'Санат табылмады немесе қолжетімділік жоқ',
    'notFound.item': 'Каталог позициясы табылмады немесе қолжетімділік жоқ',
    'notFound.member': 'Қызметкер табылмады немесе қолжетімділік жоқ',
    'notFound.company': 'Компания табылмады немесе қолжетімділік жоқ',
    'notFound.review': 'Пікір табылмады немесе қолжетімділік жоқ',
    'notFound.file': 'Файл табылмады немесе қолжетімділік жоқ',
    'notFound.notification': 'Хабарлама табылмады немесе қолжетімділік жоқ',
    'notFound.apiKey': 'API кілті табылмады немесе қолжетімділік жоқ',
  },
  en: {
    'notFound.requestType': 'Request type not found or not allowed',
    'notFound.requestField': 'Field not found or not allowed',
    'notFound.template': 'Template not found or not allowed',
    'notFound.booking': 'Booking not found or not allowed',
    'notFound.master': 'Master not found or not allowed',
    'notFound.place': 'Place not found or not allowed',
    'notFound.service': 'Service not found or not allowed',
    'notFound.client': 'Client not found or not allowed',
    'notFound.category': 'Category not found or not allowed',
    'notFound.item': 'Catalog item not found or not allowed',
    'notFound.member': 'Team member not found or not allowed',
    'notFound.company': 'Company not found or not allowed',
    'notFound.review': 'Review not found or not allowed',
    'notFound.file': 'File not found or not allowed',
    'notFound.notification': 'Notification not found or not allowed',
    'notFound.apiKey': 'API key not found or not allowed',
  },
});

type Keyed<K> = K extends `notFound.${infer E}` ? E : never;
/** A record a REST route is about; 'request' is named by requests.notFound. */
export type Entity = Keyed<keyof typeof rest.ru> | 'request';

export function notFoundKey(entity: Entity) {
  return entity === 'request' ? ('requests.notFound' as const) : (`notFound.${entity}` as const);
}
