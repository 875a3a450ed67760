import {defineQuery} from '@rocicorp/zero';
import {companyRows} from './scope.ts';

export const supportQueries = {
  // The owner's list of support grants, newest first (company.manage: who may grant sees them).
  grants: defineQuery(({ctx}) => companyRows('support_grant', ctx, 'company.manage').orderBy('created_at', 'desc').limit(50)),
};
