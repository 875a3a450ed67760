import {definePlatformArea} from '../area.ts';
import {companyRoutes} from './company-routes.ts';
import {userRoutes} from './user-routes.ts';

/** The console's companies and people (issue 18): the list with activity, a company's page, users across companies. */
export const companiesArea = definePlatformArea({
  routes: ({pool, now, notify, publicUrl}) => [...companyRoutes(pool, now), ...userRoutes({pool, email: notify?.email ?? null, publicUrl})],
});
