// The console's plans (issue 18, P4): tariff plans, a company's plan and its
// payments (console routes), the company's own view of its plan, and the
// billing scan (reminders, then suspension when unpaid after the grace period).
import {definePlatformArea} from '../area.ts';
import {runBilling} from './billing.ts';
import {companyPlanRoutes} from './company-routes.ts';
import {ownPlanRoutes} from './own-plan-route.ts';
import {planRoutes} from './plan-routes.ts';

export const plansArea = definePlatformArea({
  routes: (d) => [...planRoutes(d), ...companyPlanRoutes(d), ...ownPlanRoutes(d)],
  jobs: (d) => ({
    scans: [{name: 'platform.billing', everyMs: 60 * 60_000, run: ({pool, clock}) => runBilling({pool, clock, email: d.notify?.email ?? null})}],
  }),
});
