// The rest of the app's words in this language (en): every other module's screens. Loaded while idle once
// the first screen is up, before any of those screens renders, and with core-en.ts when the user switches
// language (bundles/app.ts). A module adds one line here and in the other two languages' lists.
import {mergeCatalogs} from '../define.ts';
import {en as team} from '../messages/team/en.ts';
import {en as catalog} from '../messages/catalog/en.ts';
import {en as site} from '../messages/site/en.ts';
import {en as requestSettings} from '../messages/request-settings/en.ts';
import {en as booking} from '../messages/booking/en.ts';
import {en as crm} from '../messages/crm/en.ts';
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
import {en as support} from '../messages/support/en.ts';
import {en as dataExport} from '../messages/data-export/en.ts';

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
