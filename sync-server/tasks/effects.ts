// What task and meeting writes set off, enqueued in the write's own
// transaction (a write and its notices commit together): the people a task
// was given to, returned to, handed in to or mentioned to are told; a request
// entering a status tells the assignees of the tasks it made; a meeting's
// commitments tell their owners.
import type {AuthContext} from '#shared/auth/context.ts';
import {mutators} from '#shared/mutators/index.ts';
import type {TaskOutcome} from '#shared/mutators/tasks.ts';
import type {Clock} from '../clock.ts';
import {enqueue, type Sql} from '../jobs/queue.ts';
import type {ServerDeps} from '../module/define.ts';
import {afterWrite, type Effect} from '../zero/effects.ts';

export type NoticeJob = {taskId: string; event: NonNullable<TaskOutcome>['event']; memberIds: string[]; by: string | null};

export async function enqueueTaskNotice(sql: Sql, clock: Clock, ctx: AuthContext, job: NoticeJob): Promise<void> {
  if (!job.memberIds.length) return;
  // One notice per write: the transaction id tells this event from a later one of the same kind.
  const [row] = await sql(`select pg_current_xact_id()::text as tx`, []);
  await enqueue(sql, clock, {
    queue: 'task.notice',
    companyId: ctx.companyID,
    payload: job,
    dedupeKey: `task:notice:${job.taskId}:${job.event}:${String(row?.tx)}`,
  });
}

/** Tasks made by a write at `at` (a request's steps, a meeting's commitments), each told to its assignee. */
async function madeTasks(sql: Sql, clock: Clock, ctx: AuthContext, column: 'request_id' | 'meeting_id', id: string, at: number) {
  const rows = await sql(
    `select id, assignee_id from task where company_id = $1 and ${column} = $2 and created_at = to_timestamp($3 / 1000.0) and assignee_id is not null`,
    [ctx.companyID, id, at],
  );
  const by = ctx.kind === 'member' ? ctx.memberID : null;
  for (const r of rows) {
    if (r.assignee_id === by) continue;
    await enqueueTaskNotice(sql, clock, ctx, {taskId: String(r.id), event: 'created', memberIds: [String(r.assignee_id)], by});
  }
}

export function taskEffects(deps: ServerDeps): Effect[] {
  const told = async (sql: Sql, ctx: AuthContext, outcome: unknown) => {
    const o = outcome as TaskOutcome;
    if (!o?.notify.length) return;
    await enqueueTaskNotice(sql, deps.clock, ctx, {taskId: o.taskId, event: o.event, memberIds: o.notify, by: ctx.kind === 'member' ? ctx.memberID : null});
  };
  return [
    afterWrite(mutators.task.create, ({sql, ctx, outcome}) => told(sql, ctx, outcome)),
    afterWrite(mutators.task.update, ({sql, ctx, outcome}) => told(sql, ctx, outcome)),
    afterWrite(mutators.task.move, ({sql, ctx, outcome}) => told(sql, ctx, outcome)),
    afterWrite(mutators.task.handIn, ({sql, ctx, outcome}) => told(sql, ctx, outcome)),
    afterWrite(mutators.task.comment, ({sql, ctx, outcome}) => told(sql, ctx, outcome)),
    afterWrite(mutators.request.setStatus, ({sql, args, ctx}) => madeTasks(sql, deps.clock, ctx, 'request_id', args.id, args.at)),
    afterWrite(mutators.meeting.commitments, ({sql, args, ctx}) => madeTasks(sql, deps.clock, ctx, 'meeting_id', args.meetingId, args.at)),
  ];
}
