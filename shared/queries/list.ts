// The named reads alone, grouped as the modules' manifests (shared/module/list.ts)
// declare them. The manifests also carry each module's writes, which the
// device's first screen must not download (client/src/sync/mutators.ts); this
// list lets the reads be built without them. list.test.ts keeps it equal to the
// manifests' reads: a module adding a group adds it here too.
import {analyticsQueries} from './analytics.ts';
import {bookingQueries, notificationQueries} from './booking.ts';
import {catalogQueries} from './catalog.ts';
import {clientQueries} from './clients.ts';
import {documentQueries} from './documents.ts';
import {financeQueries} from './finance.ts';
import {inboxQueries} from './messaging.ts';
import {requestConfigQueries, requestQueries} from './requests.ts';
import {siteQueries} from './site.ts';
import {supportQueries} from './support.ts';
import {meetingQueries, taskQueries} from './tasks.ts';
import {companyQueries, teamQueries} from './team.ts';

export const QUERY_GROUPS = {
  requests: requestQueries,
  requestConfig: requestConfigQueries,
  team: teamQueries,
  company: companyQueries,
  site: siteQueries,
  catalog: catalogQueries,
  booking: bookingQueries,
  notifications: notificationQueries,
  clients: clientQueries,
  documents: documentQueries,
  inbox: inboxQueries,
  tasks: taskQueries,
  meetings: meetingQueries,
  finance: financeQueries,
  analytics: analyticsQueries,
  support: supportQueries,
};
