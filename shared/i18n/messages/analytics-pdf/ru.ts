// The words of the dashboard's one-page PDF (sync-server/analytics/pdf.ts):
// printed by the server only, so they stay out of the app's bundles.
import type {Message} from '../../define.ts';

export const ru = {
  'analyticsPdf.title': 'Аналитика: {from} — {to}',
  'analyticsPdf.company': '{company}',
  'analyticsPdf.requests': 'Заявок: {n} ({delta} к прошлому периоду)',
  'analyticsPdf.overdue': 'Просрочено сейчас: {n}',
  'analyticsPdf.clients': 'Клиентов: {n}, из них новых {fresh} ({delta} к прошлому периоду)',
  'analyticsPdf.visits': 'Визитов: {n}, выручка {revenue} ({delta} к прошлому периоду)',
  'analyticsPdf.paid': 'Оплачено счетов: {n} на {amount}',
  'analyticsPdf.funnel': 'Воронка по источникам',
  'analyticsPdf.source': 'Источник',
  'analyticsPdf.direct': 'прямой заход',
  'analyticsPdf.views': 'Просмотры',
  'analyticsPdf.visitors': 'Посетители',
  'analyticsPdf.wrote': 'Написали',
  'analyticsPdf.booked': 'Записались',
  'analyticsPdf.came': 'Пришли',
  'analyticsPdf.cameAgain': 'Вернулись',
  'analyticsPdf.noFunnel': 'За этот период переходов не было',
  'analyticsPdf.same': 'без изменений',
} satisfies Record<string, Message>;
