import {permissionsOf} from '../auth/permissions.ts';
import {defineModule} from '../module/define.ts';
import {companyMutators} from '../mutators/company.ts';
import {companyQueries} from '../queries/team.ts';
import {siteQueries} from '../queries/site.ts';

/** The company itself and its public mini-site: profile, blocks, modules, address. Always on. */
export const companyModule = defineModule({
  key: 'company',
  permissions: permissionsOf('company'),
  mutators: {company: companyMutators},
  queries: {company: companyQueries, site: siteQueries},
});
