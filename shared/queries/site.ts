import {defineQuery} from '@rocicorp/zero';
import {v} from '../validation/args.ts';
import {companyRows} from './scope.ts';

export const siteQueries = {
  /** The company's profile: every member reads it (module switches shape the app). */
  profile: defineQuery(({ctx}) =>
    companyRows('company_profile', ctx)
      .related('images', (q) => q.where('entity', 'company_profile').orderBy('created_at', 'asc').related('file'))
      .one(),
  ),

  reviews: defineQuery(({ctx}) => companyRows('review', ctx, 'site.manage').orderBy('created_at', 'desc')),

  /** Page views and clicks per day from `since` (a "YYYY-MM-DD" in the company's zone). */
  stats: defineQuery(v.object({since: v.string().max(10)}), ({args, ctx}) => companyRows('site_stat', ctx, 'site.manage').where('day', '>=', args.since)),

  /** The slugs the company had: its old links that still redirect. */
  slugs: defineQuery(({ctx}) => companyRows('company_slug', ctx, 'site.manage').orderBy('created_at', 'asc')),
};
