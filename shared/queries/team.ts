import {defineQuery} from '@rocicorp/zero';
import {zql} from '#schema/zero-schema.ts';
import {companyRows} from './scope.ts';

export const teamQueries = {
  members: defineQuery(({ctx}) => companyRows('member', ctx, 'team.read').orderBy('created_at', 'asc')),
  roles: defineQuery(({ctx}) => companyRows('role', ctx).orderBy('created_at', 'asc')),
};

export const companyQueries = {
  // The company row is the tenant itself: scoped by its own id.
  current: defineQuery(({ctx}) => (ctx ? zql.company.where('id', ctx.companyID).one() : zql.company.where('id', 'IS', null).one())),
};
