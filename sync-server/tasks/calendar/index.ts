// Calendars of the tasks module (issue 15, M1/I3): a person's private ICS
// feed, meeting invitations by email (.ics, METHOD:REQUEST/CANCEL), two-way
// Google Calendar sync, and free/busy. Wired by sync-server/tasks/module.ts:
//   routes: calendarRoutes(d)      (before any `/meetings/:id` route: `/meetings/busy` is a path of its own)
//   pages:  calendarPages(d)       (GET /cal/<secret>.ics)
//   jobs:   calendarJobs(d)        ('meeting.invite', 'meeting.gcal', 'meeting.gcalSync' and the sync scan)
//   effects: calendarEffects(d)    (afterWrite of meeting.save/cancel/commitments and task.create/update/move/handIn)
import type express from 'express';
import type {DueScan, JobModule} from '../../jobs/registry.ts';
import {moduleOnSql} from '../../jobs/module-gate.ts';
import type {HttpDeps, ServerDeps} from '../../module/define.ts';
import type {RouteDef} from '../../rest/route.ts';
import type {Executor} from '../../zero/execute.ts';
import {busyRoutes} from './busy-routes.ts';
import {feedPages, feedRoutes} from './feed-routes.ts';
import {pushJob} from './google/push.ts';
import {enqueueSync, googleRoutes} from './google/routes.ts';
import {syncJob} from './google/sync.ts';
import {inviteJob} from './invite.ts';

export {calendarEffects} from './effects.ts';
export {enqueueInvite, type InvitePayload} from './invite.ts';

/** How often each connected Google Calendar is read for changes. */
export const GOOGLE_SYNC_EVERY_MS = 5 * 60_000;

export function calendarRoutes(deps: HttpDeps): RouteDef[] {
  return [...busyRoutes(deps), ...feedRoutes(deps), ...googleRoutes(deps)];
}

export function calendarPages(deps: HttpDeps): express.Router {
  return feedPages(deps);
}

/** Every few minutes, each active connection of a company with tasks on gets its incremental sync (one per period). */
function googleSyncScan(deps: Pick<ServerDeps, 'pool' | 'clock'>): DueScan {
  return {
    name: 'meeting.gcalScan',
    everyMs: GOOGLE_SYNC_EVERY_MS,
    async run() {
      const {rows} = await deps.pool.query<{member_id: string; company_id: string}>(
        `select g.member_id, g.company_id from google_calendar g join company c on c.id = g.company_id
          where g.state = 'active' and c.status = 'active' and ${moduleOnSql('tasks', 'g.company_id')}`,
      );
      const period = Math.floor(deps.clock.now() / GOOGLE_SYNC_EVERY_MS);
      for (const r of rows) await enqueueSync(deps, r.company_id, r.member_id, `p${period}`);
    },
  };
}

export function calendarJobs(deps: ServerDeps & {executor: Executor}): JobModule {
  const google = {pool: deps.pool, clock: deps.clock, google: deps.config.google};
  return {
    jobs: {
      ...(deps.notify && {'meeting.invite': inviteJob({pool: deps.pool, clock: deps.clock, notify: deps.notify, mailFrom: deps.config.smtp?.from})}),
      'meeting.gcal': pushJob(google),
      'meeting.gcalSync': syncJob({...google, executor: deps.executor}),
    },
    scans: [googleSyncScan(deps)],
  };
}
