// The rest of the app's words in this language (ru): every other module's screens. Loaded while idle once
// the first screen is up, before any of those screens renders, and with core-ru.ts when the user switches
// language (bundles/app.ts). A module adds one line here and in the other two languages' lists.
import {mergeCatalogs} from '../define.ts';
import {ru as team} from '../messages/team/ru.ts';
import {ru as catalog} from '../messages/catalog/ru.ts';
import {ru as site} from '../messages/site/ru.ts';
import {ru as requestSettings} from '../messages/request-settings/ru.ts';
import {ru as booking} from '../messages/booking/ru.ts';
import {ru as crm} from '../messages/crm/ru.ts';
import {ru as rest} from '../messages/rest/ru.ts';
import {ru as messaging} from '../messages/messaging/ru.ts';
import {ru as tasks} from '../messages/tasks/ru.ts';
import {ru as documents} from '../messages/documents/ru.ts';
import {ru as calendar} from '../messages/calendar/ru.ts';
import {ru as meetings} from '../messages/meetings/ru.ts';
import {ru as tasksUi} from '../messages/tasks-ui/ru.ts';
import {ru as documentsUi} from '../messages/documents-ui/ru.ts';
import {ru as finance} from '../messages/finance/ru.ts';
import {ru as financeUi} from '../messages/finance-ui/ru.ts';
import {ru as analytics} from '../messages/analytics/ru.ts';
import {ru as plan} from '../messages/plan/ru.ts';
import {ru as support} from '../messages/support/ru.ts';
import {ru as dataExport} from '../messages/data-export/ru.ts';

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
