// The one list of dot's modules (server half). Adding a module: its manifest
// (sync-server/<module>/module.ts) and one line here. The order is the order
// routes and public pages are tried: the site's pages come first (an old
// address of a company redirects before any other page reads it).
import {accountsServer} from '../accounts/module.ts';
import {bookingServer} from '../booking/module.ts';
import {catalogServer} from '../catalog/module.ts';
import {companyServer} from '../company/module.ts';
import {crmServer} from '../crm/module.ts';
import {filesServer} from '../files/module.ts';
import {requestsServer} from '../requests/module.ts';
import {reviewsServer} from '../reviews/module.ts';
import {teamServer} from '../team/module.ts';
import {documentsServer} from '../documents/module.ts';
import {messagingServer} from '../messaging/module.ts';
import {tasksServer} from '../tasks/module.ts';
import {financeServer} from '../finance/module.ts';
import {analyticsServer} from '../analytics/module.ts';
import {platformServer} from '../platform/module.ts';
import {supportServer} from '../support/module.ts';
import type {ServerDeps, ServerModule} from './define.ts';
import {opsServer} from './ops.ts';
import {effectTable} from '../zero/effects.ts';
import {createExecutor, type Executor} from '../zero/execute.ts';
import type {JobModule} from '../jobs/registry.ts';
import {SHARED_MODULES} from '#shared/module/list.ts';
import type {Module} from '#shared/company/modules.ts';

/** The company switch of a module, from its shared manifest (none for the always-on ones). */
export function switchOf(key: string): Module | undefined {
  const shared = SHARED_MODULES.find((m) => m.key === key);
  return shared && 'switch' in shared ? shared.switch : undefined;
}

export const SERVER_MODULES: readonly ServerModule[] = [
  companyServer,
  accountsServer,
  teamServer,
  requestsServer,
  opsServer,
  filesServer,
  catalogServer,
  bookingServer,
  crmServer,
  reviewsServer,
  documentsServer,
  messagingServer,
  tasksServer,
  financeServer,
  analyticsServer,
  platformServer,
  supportServer,
];

/** The executor with every module's write effects, and every module's jobs. */
export function wireModules(deps: ServerDeps, modules: readonly ServerModule[] = SERVER_MODULES): {executor: Executor; jobs: JobModule[]} {
  const effects = effectTable(modules.flatMap((m) => m.effects?.(deps) ?? []));
  const executor = createExecutor({pool: deps.pool, zdb: deps.zdb, effects});
  return {executor, jobs: modules.flatMap((m) => (m.jobs ? [m.jobs({...deps, executor})] : []))};
}
