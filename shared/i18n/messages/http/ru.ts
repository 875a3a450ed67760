import type {Message} from '../../define.ts';

// Refusals of a request as HTTP sees it, before any field is read: the body, its encoding,
// the address. Said by the REST API (JSON) and the public pages (HTML) alike.
export const ru = {
  'http.tooLarge': 'Слишком большой запрос. Сократите текст или отправьте меньше данных.',
  'http.tooManyFields': 'Слишком много полей в запросе.',
  'http.charset': 'Неподдерживаемая кодировка. Отправьте текст в UTF-8.',
  'http.encoding': 'Неподдерживаемое сжатие запроса. Отправьте его без сжатия или в gzip.',
  'http.badBody': 'Тело запроса повреждено или оборвалось. Отправьте его ещё раз.',
  'http.badJson': 'Тело запроса — не JSON. Проверьте синтаксис.',
  'http.mediaType': 'Отправьте тело запроса как application/json.',
  'http.badUrl': 'Адрес содержит недопустимые символы.',
  'http.noRoute': 'Такого адреса API нет: {method} {path}',
  'http.keyReused': 'Этот Idempotency-Key уже использован для другого запроса. Для нового запроса возьмите новый ключ.',
  'http.keyInvalid': 'Idempotency-Key должен быть непустым и не длиннее 255 символов.',
  'http.keyBusy': 'Запрос с этим Idempotency-Key ещё выполняется. Повторите позже.',
  'http.importRows': 'Файл не загружен: исправьте строки {rows}',
  'http.formRefused': 'Форма не отправлена',
  'http.diskFull':
    'На сервере закончилось место на диске, поэтому изменение не сохранено. Ничего не потеряно из сохранённого ранее; повторите позже или сообщите администратору.',
  'http.back': 'Вернитесь назад: введённое сохранится в форме.',
} satisfies Record<string, Message>;
