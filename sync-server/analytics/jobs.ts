// What analytics does by itself: forgets visitor sightings and salts once
// their day is two days gone (visitors.ts), hourly; re-counts the request
// rollup's dirty days (rollup.ts) every minute.
import type {ServerDeps} from '../module/define.ts';
import type {JobModule} from '../jobs/registry.ts';
import {rollupScan} from './rollup.ts';
import {forgetVisitors} from './visitors.ts';

export function analyticsJobs(deps: Pick<ServerDeps, 'pool' | 'clock'>): JobModule {
  return {scans: [{name: 'analytics.visitors', everyMs: 3600_000, run: () => forgetVisitors(deps.pool, deps.clock.now())}, rollupScan(deps.pool)]};
}
