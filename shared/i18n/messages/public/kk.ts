import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const kk = {
  'pub.request.title': 'Өтінім қалдыру',
  'pub.request.lead': 'Не қажет екенін жазыңыз — біз сізбен хабарласамыз.',
  'pub.request.name': 'Атыңыз',
  'pub.request.text': 'Сізге не қажет?',
  'pub.request.submit': 'Өтінім жіберу',
  'pub.thanks.title': 'Рахмет! Өтінім қабылданды',
  'pub.thanks.body': 'Өтініміңіздің нөмірі: {number}. Жақында хабарласамыз.',
  'pub.thanks.again': 'Тағы біреуін жіберу',
  'pub.rateLimited': 'Бұл мекенжайдан өтінім тым көп. Бірнеше минуттан кейін қайталаңыз.',
  'pub.notFound': 'Бет табылмады',
  'pub.suspended': 'Бет уақытша қолжетімсіз.',
  'pub.poweredBy': 'dot негізінде жұмыс істейді',
  'pub.language': 'Тіл',
} satisfies Catalog<typeof ru>;
