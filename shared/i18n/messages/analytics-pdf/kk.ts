import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const kk = {
  'analyticsPdf.title': 'Аналитика: {from} — {to}',
  'analyticsPdf.company': '{company}',
  'analyticsPdf.requests': 'Өтінімдер: {n} (алдыңғы кезеңге {delta})',
  'analyticsPdf.overdue': 'Қазір мерзімі өткен: {n}',
  'analyticsPdf.clients': 'Клиенттер: {n}, оның ішінде жаңа {fresh} (алдыңғы кезеңге {delta})',
  'analyticsPdf.visits': 'Келулер: {n}, түсім {revenue} (алдыңғы кезеңге {delta})',
  'analyticsPdf.paid': 'Төленген шоттар: {n}, сомасы {amount}',
  'analyticsPdf.funnel': 'Дереккөздер бойынша воронка',
  'analyticsPdf.source': 'Дереккөз',
  'analyticsPdf.direct': 'тікелей кіру',
  'analyticsPdf.views': 'Қаралым',
  'analyticsPdf.visitors': 'Келушілер',
  'analyticsPdf.wrote': 'Жазды',
  'analyticsPdf.booked': 'Жазылды',
  'analyticsPdf.came': 'Келді',
  'analyticsPdf.cameAgain': 'Қайта келді',
  'analyticsPdf.noFunnel': 'Бұл кезеңде өтулер болмады',
  'analyticsPdf.same': 'өзгеріссіз',
} satisfies Catalog<typeof ru>;
