// The rest of the app's words in this language (kk): every other module's screens. Loaded while idle once
// the first screen is up, before any of those screens renders, and with core-kk.ts when the user switches
// language (bundles/app.ts). A module adds one line here and in the other two languages' lists.
import {mergeCatalogs} from '../define.ts';
import {kk as team} from '../messages/team/kk.ts';
import {kk as catalog} from '../messages/catalog/kk.ts';
import {kk as site} from '../messages/site/kk.ts';
import {kk as requestSettings} from '../messages/request-settings/kk.ts';
import {kk as booking} from '../messages/booking/kk.ts';
import {kk as crm} from '../messages/crm/kk.ts';
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
import {kk as support} from '../messages/support/kk.ts';
import {kk as dataExport} from '../messages/data-export/kk.ts';

export const messages = mergeCatalogs([
  team,
  catalog,
  site,
  requestSettings,
  booking,
  crm,
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
  support,
  dataExport,
]);
