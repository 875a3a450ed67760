// The one list of dot's modules (client half), in navigation order. Adding a
// module: its manifest (client/src/<module>/module.ts) and one line here.
import {analyticsClient} from '../analytics/module.ts';
import {bookingClient} from '../booking/module.ts';
import {siteClient} from '../cabinet/module.ts';
import {catalogClient} from '../catalog/module.ts';
import {crmClient} from '../crm/module.ts';
import {financeClient} from '../finance/module.ts';
import {documentsClient} from '../documents/module.ts';
import {inboxClient} from '../inbox/module.ts';
import {meetingsClient} from '../meetings/module.ts';
import {requestsClient} from '../requests/module.ts';
import {settingsClient} from '../settings/module.ts';
import {tasksClient} from '../tasks/module.ts';
import {teamClient} from '../team/module.ts';
import type {ClientModule} from './define.ts';

export const CLIENT_MODULES: readonly ClientModule[] = [
  requestsClient,
  tasksClient,
  financeClient,
  inboxClient,
  crmClient,
  catalogClient,
  bookingClient,
  meetingsClient,
  documentsClient,
  siteClient,
  teamClient,
  analyticsClient,
  settingsClient,
];
