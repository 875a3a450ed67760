import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const en = {
  'analyticsPdf.title': 'Analytics: {from} — {to}',
  'analyticsPdf.company': '{company}',
  'analyticsPdf.requests': 'Requests: {n} ({delta} on the previous period)',
  'analyticsPdf.overdue': 'Overdue now: {n}',
  'analyticsPdf.clients': 'Clients: {n}, of them new {fresh} ({delta} on the previous period)',
  'analyticsPdf.visits': 'Visits: {n}, revenue {revenue} ({delta} on the previous period)',
  'analyticsPdf.paid': 'Invoices paid: {n} for {amount}',
  'analyticsPdf.funnel': 'Funnel by source',
  'analyticsPdf.source': 'Source',
  'analyticsPdf.direct': 'direct visit',
  'analyticsPdf.views': 'Views',
  'analyticsPdf.visitors': 'Visitors',
  'analyticsPdf.wrote': 'Wrote',
  'analyticsPdf.booked': 'Booked',
  'analyticsPdf.came': 'Came',
  'analyticsPdf.cameAgain': 'Came again',
  'analyticsPdf.noFunnel': 'No visits in this period',
  'analyticsPdf.same': 'no change',
} satisfies Catalog<typeof ru>;
