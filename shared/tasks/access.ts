// Who sees which tasks and meetings, and who may do what with a task —
// written once, used by the named queries, the mutators, REST and file reads:
// - `tasks.read`: every task of the company and everyone's workload (heads);
// - `tasks.own`: the tasks one is assigned, co-assigned, watches or made, and
//   those of the requests one sees — all an external contractor sees of the
//   company's work;
// - `tasks.manage`: give tasks to anyone, accept or return results, edit any task.
// Meetings: `meetings.read` every one; `meetings.own` those one organises or
// takes part in; `meetings.manage` plan them and record commitments.
import type {Query} from '@rocicorp/zero';
import type {Schema} from '#schema/zero-schema.ts';
import {can} from '../auth/can.ts';
import type {AuthContext} from '../auth/context.ts';
import type {Permission} from '../auth/permissions.ts';
import {reachOf, type Reach} from '../auth/reach.ts';

import {companyRows} from '../queries/scope.ts';
import {requestVisibility} from '../requests/access.ts';

/** A plain yes or no (not a type guard: a "no" must not narrow the context away from member). */
const has = (ctx: AuthContext | undefined, p: Permission): boolean => can(ctx, p);

export function taskReach(ctx: AuthContext | undefined): Reach {
  return reachOf(ctx, 'tasks.read', ['tasks.own', 'tasks.manage']);
}

export function seesTasks(ctx: AuthContext | undefined): boolean {
  return taskReach(ctx).kind !== 'none';
}

type TaskQuery = Query<'task', Schema>;
type MeetingQuery = Query<'meeting', Schema>;

/** Narrows a task query to what this person sees: also for `exists(…)` over a relationship to `task`. */
export function taskVisibility(ctx: AuthContext | undefined): (q: TaskQuery) => TaskQuery {
  const reach = taskReach(ctx);
  if (!ctx || reach.kind === 'none') return (q) => q.where('company_id', 'IS', null);
  if (reach.kind === 'all') return (q) => q.where('company_id', ctx.companyID);
  const me = reach.memberId;
  return (q) =>
    q.where('company_id', ctx.companyID).where(({cmp, or, exists}) =>
      or(
        cmp('assignee_id', me),
        cmp('created_by', me),
        exists('people', (p) => p.where('member_id', me)),
        // Whoever sees a request sees its tasks and their progress (its card; the moves that wait on them).
        exists('request', (r) => requestVisibility(ctx)(r)),
      ),
    );
}

/** The tasks this person sees. */
export function visibleTasks(ctx: AuthContext | undefined): TaskQuery {
  return taskVisibility(ctx)(companyRows('task', ctx));
}

type TaskRow = {readonly assignee_id?: string | null; readonly created_by?: string | null};
type Person = {readonly member_id: string; readonly kind: string};

/** Doing the work: the assignee and co-assignees (or whoever manages tasks). */
export function mayWork(ctx: AuthContext | undefined, task: TaskRow, people: readonly Person[]): boolean {
  if (ctx?.kind === 'system' || has(ctx, 'tasks.manage')) return true;
  if (ctx?.kind !== 'member') return false;
  return task.assignee_id === ctx.memberID || people.some((p) => p.kind === 'co' && p.member_id === ctx.memberID);
}

/** Checking the work (accept, return, cancel) and editing the task: whoever set it, or manages tasks. */
export function mayCheck(ctx: AuthContext | undefined, task: TaskRow): boolean {
  if (ctx?.kind === 'system' || has(ctx, 'tasks.manage')) return true;
  return ctx?.kind === 'member' && !!task.created_by && task.created_by === ctx.memberID;
}

/** Giving a task to someone else needs tasks.manage, or tasks.own with sight of the team; anyone with tasks may set one for themselves. */
export function mayAssignTo(ctx: AuthContext | undefined, assigneeId: string | null | undefined): boolean {
  if (mayAssignOthers(ctx)) return true;
  return ctx?.kind === 'member' && has(ctx, 'tasks.own') && (!assigneeId || assigneeId === ctx.memberID);
}

/** Naming colleagues on a task (assignee, co-assignees, watchers). */
export function mayAssignOthers(ctx: AuthContext | undefined): boolean {
  if (ctx?.kind === 'system' || has(ctx, 'tasks.manage')) return true;
  return has(ctx, 'tasks.own') && has(ctx, 'team.read');
}

/** Everyone's workload: whoever sees every task. */
export function seesWorkload(ctx: AuthContext | undefined): boolean {
  return taskReach(ctx).kind === 'all';
}

export function meetingReach(ctx: AuthContext | undefined): Reach {
  return reachOf(ctx, 'meetings.read', ['meetings.own', 'meetings.manage']);
}

export function seesMeetings(ctx: AuthContext | undefined): boolean {
  return meetingReach(ctx).kind !== 'none';
}

export function meetingVisibility(ctx: AuthContext | undefined): (q: MeetingQuery) => MeetingQuery {
  const reach = meetingReach(ctx);
  if (!ctx || reach.kind === 'none') return (q) => q.where('company_id', 'IS', null);
  if (reach.kind === 'all') return (q) => q.where('company_id', ctx.companyID);
  const me = reach.memberId;
  return (q) =>
    q.where('company_id', ctx.companyID).where(({cmp, or, exists}) =>
      or(
        cmp('organizer_id', me),
        exists('participants', (p) => p.where('member_id', me)),
      ),
    );
}

export function visibleMeetings(ctx: AuthContext | undefined): MeetingQuery {
  return meetingVisibility(ctx)(companyRows('meeting', ctx));
}

export function mayManageMeetings(ctx: AuthContext | undefined): boolean {
  return ctx?.kind === 'system' || has(ctx, 'meetings.manage');
}
