// The dashboard computed on the device from the replica's rows (and by the
// agreement test from the same rows the server's SQL reads): one pure function,
// no clock (`now` is passed in), no DB. Each section lives in its own file,
// with the decisions the server SQL must copy written at its top; those that
// every section shares (period, days, filters, key order) are in scope.ts.
// A section is computed only when the viewer is granted it.
import type {AnalyticsInput} from '../input.ts';
import type {Dashboard, DashboardQuery} from '../types.ts';
import {bookingsSection} from './bookings.ts';
import {clientsSection} from './clients.ts';
import {financeSection} from './finance.ts';
import {funnelSection} from './funnel.ts';
import {kindsOf} from './kinds.ts';
import {peopleSection} from './people.ts';
import {requestFacts, type RequestFact} from './request-facts.ts';
import {requestsSection} from './requests.ts';
import {scopeOf} from './scope.ts';
import {workloadSection} from './workload.ts';

export function computeDashboard(input: AnalyticsInput, query: DashboardQuery, now: number): Dashboard {
  const scope = scopeOf(query, input.timeZone, now);
  const granted = new Set(input.grants.sections);
  let facts: RequestFact[] | undefined;
  const factsOf = () => (facts ??= requestFacts(input, scope, kindsOf(input.types)));
  const out: {-readonly [K in keyof Dashboard]: Dashboard[K]} = {query, now};
  if (granted.has('requests')) out.requests = requestsSection(factsOf(), scope);
  if (granted.has('funnel')) out.funnel = funnelSection(input, scope);
  if (granted.has('clients')) out.clients = clientsSection(input, factsOf(), scope);
  if (granted.has('bookings')) out.bookings = bookingsSection(input, scope);
  if (granted.has('people')) out.people = peopleSection(input, factsOf(), scope);
  if (granted.has('workload')) out.workload = workloadSection(input, scope);
  if (granted.has('finance')) out.finance = financeSection(input, scope);
  return out;
}

export {kindsOf, kindTable} from './kinds.ts';
export {openMinutes} from './bookings.ts';
