// What analytics does by itself: forgets visitor sightings and salts once
// their day is two days gone (visitors.ts), hourly.
import type {ServerDeps} from '../module/define.ts';
import type {JobModule} from '../jobs/registry.ts';
import {forgetVisitors} from './visitors.ts';

export function analyticsJobs(deps: Pick<ServerDeps, 'pool' | 'clock'>): JobModule {
  return {scans: [{name: 'analytics.visitors', everyMs: 3600_000, run: () => forgetVisitors(deps.pool, deps.clock.now())}]};
}
