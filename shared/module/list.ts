// The one list of dot's modules (shared half). Adding a module: its manifest
// next to its code, then one line here. Order is only the order of the
// generated lists (OpenAPI tags, navigation); names never collide (checked).
import {bookingModule} from '../booking/module.ts';
import {catalogModule} from '../catalog/module.ts';
import {companyModule} from '../company/module.ts';
import {crmModule} from '../crm/module.ts';
import {requestsModule} from '../requests/module.ts';
import {reviewsModule} from '../reviews/module.ts';
import {teamModule} from '../team/module.ts';
import {documentsModule} from '../documents/module.ts';
import {messagingModule} from '../messaging/module.ts';
import {tasksModule} from '../tasks/module.ts';
import {financeModule} from '../finance/module.ts';
import {analyticsModule} from '../analytics/module.ts';
import {supportModule} from '../support/module.ts';

export const SHARED_MODULES = [
  requestsModule,
  teamModule,
  companyModule,
  catalogModule,
  bookingModule,
  crmModule,
  reviewsModule,
  documentsModule,
  messagingModule,
  tasksModule,
  financeModule,
  analyticsModule,
  supportModule,
] as const;
