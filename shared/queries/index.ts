// The one registry of named reads. Names are paths: "requests.list".
import {defineQueries} from '@rocicorp/zero';
import '../zero-types.ts';
import {requestConfigQueries, requestQueries} from './requests.ts';
import {companyQueries, teamQueries} from './team.ts';
import {catalogQueries} from './catalog.ts';
import {siteQueries} from './site.ts';
import {bookingQueries, notificationQueries} from './booking.ts';

export const queries = defineQueries({
  requests: requestQueries,
  requestConfig: requestConfigQueries,
  team: teamQueries,
  company: companyQueries,
  catalog: catalogQueries,
  site: siteQueries,
  booking: bookingQueries,
  notifications: notificationQueries,
});

export type Queries = typeof queries;
