// Clients section (types.ts ClientsSection). Decisions the server SQL copies:
// - active: distinct non-empty client_id of the period's requests (filters
//   applied) and of the visits (kind "visit", any status) starting in the
//   period (the responsible filter applied through the master).
//   Each side only for who may read it, as the device holds them: requests
//   with the requests section, visits with grants.funnelBookings.
// - new: of those, clients created in the period; repeat = active − new.
import type {AnalyticsInput} from '../input.ts';
import type {ClientsSection} from '../types.ts';
import {countsMaster, masterFilter} from './masters.ts';
import type {RequestFact} from './request-facts.ts';
import {inPeriod, type Scope} from './scope.ts';

export function clientsSection(input: AnalyticsInput, facts: readonly RequestFact[], scope: Scope): ClientsSection {
  const active = new Set<string>();
  if (input.grants.sections.includes('requests')) for (const f of facts) if (f.row.client_id) active.add(f.row.client_id);
  const masters = masterFilter(input, scope);
  if (input.grants.funnelBookings)
    for (const b of input.bookings) {
      if (b.kind === 'visit' && b.client_id && inPeriod(scope, b.starts_at) && countsMaster(masters, b.master_id)) active.add(b.client_id);
    }
  let fresh = 0;
  for (const c of input.clients) if (active.has(c.id) && inPeriod(scope, c.created_at)) fresh++;
  return {active: active.size, new: fresh, repeat: active.size - fresh};
}
