import {defineModule} from '../module/define.ts';
import {companyMutators} from '../mutators/company.ts';
import {reviewMutators} from '../mutators/reviews.ts';
import {companyQueries} from '../queries/team.ts';
import {siteQueries} from '../queries/site.ts';

/** The company itself and its public mini-site: profile, blocks, modules, address, reviews. Always on. */
export const companyModule = defineModule({
  key: 'company',
  permissions: ['company.manage', 'site.manage'],
  mutators: {company: companyMutators, review: reviewMutators},
  queries: {company: companyQueries, site: siteQueries},
});
