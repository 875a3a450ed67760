import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const kk = {
  'http.tooLarge': 'Сұраныс тым үлкен. Мәтінді қысқартыңыз немесе азырақ дерек жіберіңіз.',
  'http.tooManyFields': 'Сұраныста өріс тым көп.',
  'http.charset': 'Кодтау қолдау көрсетілмейді. Мәтінді UTF-8 түрінде жіберіңіз.',
  'http.encoding': 'Сұранысты сығу тәсілі қолдау көрсетілмейді. Сығусыз немесе gzip түрінде жіберіңіз.',
  'http.badBody': 'Сұраныс денесі бүлінген немесе үзіліп қалған. Қайта жіберіңіз.',
  'http.badJson': 'Сұраныс денесі JSON емес. Синтаксисті тексеріңіз.',
  'http.mediaType': 'Сұраныс денесін application/json ретінде жіберіңіз.',
  'http.badUrl': 'Мекенжайда рұқсат етілмеген таңбалар бар.',
  'http.noRoute': 'API-де мұндай мекенжай жоқ: {method} {path}',
  'http.keyReused': 'Бұл Idempotency-Key басқа сұраныс үшін қолданылған. Жаңа сұранысқа жаңа кілт алыңыз.',
  'http.keyInvalid': 'Idempotency-Key бос болмауы және 255 таңбадан аспауы керек.',
  'http.keyBusy': 'Осы Idempotency-Key бар сұраныс әлі орындалуда. Кейінірек қайталаңыз.',
  'http.importRows': 'Файл жүктелмеді: {rows} жолдарын түзетіңіз',
  'http.formRefused': 'Форма жіберілмеді',
  'http.back': 'Артқа оралыңыз: енгізген мәтін формада сақталады.',
} satisfies Catalog<typeof ru>;
