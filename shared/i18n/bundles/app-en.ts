// The app's words in one language: one chunk the device loads (bundles/app.ts) when it
// speaks English, and part of the server's catalog (catalog.ts). A module adds one line here
// and in the other two languages' lists.
import {mergeCatalogs} from '../define.ts';
import {en as common} from '../messages/common/en.ts';
import {en as auth} from '../messages/auth/en.ts';
import {en as requests} from '../messages/requests/en.ts';
import {en as team} from '../messages/team/en.ts';
import {en as validation} from '../messages/validation/en.ts';
import {en as outbox} from '../messages/outbox/en.ts';
import {en as catalog} from '../messages/catalog/en.ts';
import {en as site} from '../messages/site/en.ts';
import {en as requestSettings} from '../messages/request-settings/en.ts';
import {en as booking} from '../messages/booking/en.ts';
import {en as crm} from '../messages/crm/en.ts';
import {en as requestViews} from '../messages/request-views/en.ts';
import {en as ops} from '../messages/ops/en.ts';
import {en as rest} from '../messages/rest/en.ts';
import {en as messaging} from '../messages/messaging/en.ts';
import {en as tasks} from '../messages/tasks/en.ts';
import {en as documents} from '../messages/documents/en.ts';
import {en as calendar} from '../messages/calendar/en.ts';
import {en as meetings} from '../messages/meetings/en.ts';
import {en as tasksUi} from '../messages/tasks-ui/en.ts';
import {en as documentsUi} from '../messages/documents-ui/en.ts';
import {en as finance} from '../messages/finance/en.ts';
import {en as financeUi} from '../messages/finance-ui/en.ts';
import {en as analytics} from '../messages/analytics/en.ts';
import {en as plan} from '../messages/plan/en.ts';
import {en as suspension} from '../messages/suspension/en.ts';
import {en as support} from '../messages/support/en.ts';
import {en as announce} from '../messages/announce/en.ts';
import {en as dataExport} from '../messages/data-export/en.ts';

export const messages = mergeCatalogs([
  common,
  auth,
  requests,
  team,
  validation,
  outbox,
  catalog,
  site,
  requestSettings,
  booking,
  crm,
  requestViews,
  ops,
  rest,
  messaging,
  tasks,
  documents,
  calendar,
  meetings,
  tasksUi,
  documentsUi,
  finance,
  financeUi,
  analytics,
  plan,
  suspension,
  support,
  announce,
  dataExport,
]);
