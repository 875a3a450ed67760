import {defineModule} from '../module/define.ts';
import {supportMutators} from '../mutators/support.ts';
import {supportQueries} from '../queries/support.ts';

/** Support access the company's owner grants to the platform (issue 18). Always on; it needs company.manage. */
export const supportModule = defineModule({
  key: 'support',
  permissions: [],
  mutators: {support: supportMutators},
  queries: {support: supportQueries},
});
