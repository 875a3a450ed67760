// One area of the platform's console (admins, companies, status, support,
// plans, connect, content): its console routes (`auth: 'platform'`), any
// public pages and any jobs. The platform's server manifest (module.ts) joins
// them, so each area is its own folder and one line there.
import type express from 'express';
import type {JobModule} from '../jobs/registry.ts';
import type {HttpDeps, ServerDeps} from '../module/define.ts';
import type {Executor} from '../zero/execute.ts';
import type {RouteDef} from '../rest/route.ts';

export type PlatformArea = {
  /** Routes under /api/v1/platform/… (console, `auth: 'platform'`) or elsewhere under /api/v1 (a company's side of it). */
  routes?(deps: HttpDeps): RouteDef[];
  pages?(deps: HttpDeps): express.Router;
  jobs?(deps: ServerDeps & {executor: Executor}): JobModule;
};

export function definePlatformArea(area: PlatformArea): PlatformArea {
  return area;
}
