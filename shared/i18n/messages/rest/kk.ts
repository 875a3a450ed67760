import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const kk = {
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
  'notFound.checklistItem': 'Чек-парақ тармағы табылмады немесе қолжетімділік жоқ',
  'notFound.pushSubscription': 'Хабарландыру жазылымы табылмады немесе қолжетімділік жоқ',
  'notFound.conversation': 'Хат алмасу табылмады немесе қолжетімсіз',
  'notFound.channel': 'Арна табылмады немесе қолжетімсіз',
  'notFound.apiKey': 'API кілті табылмады немесе қолжетімділік жоқ',
  'notFound.document': 'Құжат табылмады немесе қолжетімсіз',
  'notFound.task': 'Тапсырма табылмады немесе қолжетімсіз',
  'notFound.meeting': 'Кездесу табылмады немесе қолжетімсіз',
} satisfies Catalog<typeof ru>;
