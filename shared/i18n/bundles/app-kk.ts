// The app's words in one language: one chunk the device loads (bundles/app.ts) when it
// speaks Kazakh, and part of the server's catalog (catalog.ts). A module adds one line here
// and in the other two languages' lists.
import {mergeCatalogs} from '../define.ts';
import {kk as common} from '../messages/common/kk.ts';
import {kk as auth} from '../messages/auth/kk.ts';
import {kk as requests} from '../messages/requests/kk.ts';
import {kk as team} from '../messages/team/kk.ts';
import {kk as validation} from '../messages/validation/kk.ts';
import {kk as outbox} from '../messages/outbox/kk.ts';
import {kk as catalog} from '../messages/catalog/kk.ts';
import {kk as site} from '../messages/site/kk.ts';
import {kk as requestSettings} from '../messages/request-settings/kk.ts';
import {kk as booking} from '../messages/booking/kk.ts';
import {kk as crm} from '../messages/crm/kk.ts';
import {kk as requestViews} from '../messages/request-views/kk.ts';
import {kk as ops} from '../messages/ops/kk.ts';
import {kk as rest} from '../messages/rest/kk.ts';
import {kk as messaging} from '../messages/messaging/kk.ts';
import {kk as tasks} from '../messages/tasks/kk.ts';
import {kk as documents} from '../messages/documents/kk.ts';
import {kk as calendar} from '../messages/calendar/kk.ts';
import {kk as meetings} from '../messages/meetings/kk.ts';
import {kk as tasksUi} from '../messages/tasks-ui/kk.ts';
import {kk as documentsUi} from '../messages/documents-ui/kk.ts';
import {kk as finance} from '../messages/finance/kk.ts';
import {kk as financeUi} from '../messages/finance-ui/kk.ts';
import {kk as analytics} from '../messages/analytics/kk.ts';
import {kk as plan} from '../messages/plan/kk.ts';
import {kk as suspension} from '../messages/suspension/kk.ts';
import {kk as support} from '../messages/support/kk.ts';
import {kk as announce} from '../messages/announce/kk.ts';
import {kk as dataExport} from '../messages/data-export/kk.ts';

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
