// What tasks do by themselves (T3): a scan finds open tasks whose deadline is
// near (a reminder), past (the overdue mark) or past by the escalation hours
// (the SLA machinery's rule: the request type's "escalate after" hours, a
// day for tasks of no request) and enqueues one job per (task, deadline); the
// job records it through a system mutator (audited, synced) and tells the
// people. Dedupe keys per deadline make a second find, or a job run again
// after a crash, harmless; a moved deadline starts afresh.
import type pg from 'pg';
import type {SystemContext} from '#shared/auth/context.ts';
import {renderNotice, type Notice} from '#shared/i18n/notice.ts';
import type {MessageKey} from '#shared/i18n/catalog.ts';
import {mutators} from '#shared/mutators/index.ts';
import {CLOSED_TASK_STATUSES} from '#shared/tasks/lifecycle.ts';
import type {Clock} from '../clock.ts';
import {enqueue, poolSql, type JobRow} from '../jobs/queue.ts';
import type {DueScan, JobModule} from '../jobs/registry.ts';
import {moduleOnSql} from '../jobs/module-gate.ts';
import {notify, type Channel, type NotifyDeps} from '../notify/notifier.ts';
import {headsOf, memberLocale} from '../notify/audience.ts';
import type {Executor} from '../zero/execute.ts';
import type {NoticeJob} from './effects.ts';

export type TaskJobDeps = {pool: pg.Pool; clock: Clock; notify: NotifyDeps; executor: Executor};

/** A reminder this long before the deadline. */
export const REMIND_BEFORE_MS = 3 * 3600_000;
/** Tasks of no request escalate this long after their deadline. */
export const DEFAULT_ESCALATE_HOURS = 24;
const SCAN_BATCH = 2000;
const OPEN = `t.status <> all(array[${CLOSED_TASK_STATUSES.map((k) => `'${k}'`).join(', ')}])`;

type TaskView = {
  id: string;
  company_id: string;
  title: string;
  status: string;
  assignee_id: string | null;
  created_by: string | null;
  deadline: number | null;
  timezone: string;
  assignee: string | null;
  co: string[];
};

async function loadTask(pool: pg.Pool, id: string): Promise<TaskView | undefined> {
  const {rows} = await pool.query<TaskView>(
    `select t.id, t.company_id, t.title, t.status, t.assignee_id, t.created_by, c.timezone, m.name as assignee,
            (extract(epoch from t.deadline) * 1000)::bigint::float8 as deadline,
            coalesce((select array_agg(p.member_id) from task_person p where p.task_id = t.id and p.kind = 'co'), '{}') as co
       from task t join company c on c.id = t.company_id left join member m on m.id = t.assignee_id where t.id = $1`,
    [id],
  );
  return rows[0];
}

async function tell(
  deps: TaskJobDeps,
  t: TaskView,
  memberIds: readonly string[],
  kind: string,
  key: MessageKey,
  dedupe: string,
  channels?: readonly Channel[],
) {
  for (const memberId of new Set(memberIds)) {
    const notice: Notice = {
      title: {key, params: {title: t.title, name: t.assignee ?? '', ...(t.deadline && {due: {date: t.deadline, zone: t.timezone, style: 'dateTime'}})}},
    };
    await notify(
      deps.notify,
      t.company_id,
      {type: 'member', memberId},
      {
        kind,
        dedupeKey: `${dedupe}:${memberId}`,
        ...renderNotice(notice, await memberLocale(deps.pool, memberId))!,
        notice,
        url: `/tasks/${t.id}`,
        subject: {type: 'task', id: t.id},
        audienceMemberId: memberId,
        ...(channels && {channels}),
      },
    );
  }
}

const NOTICE_KEYS: Record<NoticeJob['event'], MessageKey> = {
  created: 'tasks.notice.assigned',
  assigned: 'tasks.notice.assigned',
  returned: 'tasks.notice.returned',
  handed: 'tasks.notice.handed',
  done: 'tasks.notice.done',
  comment: 'tasks.notice.comment',
  moved: 'tasks.notice.done',
};

async function onNotice(deps: TaskJobDeps, job: JobRow): Promise<void> {
  const p = job.payload as NoticeJob;
  const t = await loadTask(deps.pool, p.taskId);
  if (!t) return;
  await tell(deps, t, p.memberIds, `task.${p.event}`, NOTICE_KEYS[p.event], `task:${p.event}:${job.id}`);
}

type Mark = 'remind' | 'overdue' | 'escalate';

export async function scanDeadlines(deps: Pick<TaskJobDeps, 'pool' | 'clock'>): Promise<number> {
  const now = deps.clock.now();
  const escalateAfter = `make_interval(secs => coalesce((rt.workflow -> 'sla' ->> 'escalateAfterHours')::float8, ${DEFAULT_ESCALATE_HOURS}) * 3600)`;
  const {rows} = await deps.pool.query<{id: string; company_id: string; due: number; mark: Mark}>(
    `select t.id, t.company_id, (extract(epoch from t.deadline) * 1000)::bigint::float8 as due,
            case when t.deadline <= to_timestamp($1 / 1000.0) and t.overdue_at is null then 'overdue'
                 when t.deadline + ${escalateAfter} <= to_timestamp($1 / 1000.0) and t.escalated_at is null then 'escalate'
                 else 'remind' end as mark
       from task t left join request r on r.id = t.request_id left join request_type rt on rt.id = r.type_id
      where ${OPEN} and t.deadline is not null and ${moduleOnSql('tasks', 't.company_id')}
        and ((t.reminded_at is null and t.deadline > to_timestamp($1 / 1000.0) and t.deadline <= to_timestamp(($1 + $2) / 1000.0))
          or (t.overdue_at is null and t.deadline <= to_timestamp($1 / 1000.0))
          or (t.escalated_at is null and t.deadline + ${escalateAfter} <= to_timestamp($1 / 1000.0)))
      order by t.deadline limit $3`,
    [now, REMIND_BEFORE_MS, SCAN_BATCH],
  );
  const sql = poolSql(deps.pool);
  let found = 0;
  for (const r of rows) {
    const fresh = await enqueue(sql, deps.clock, {
      queue: `task.${r.mark}`,
      companyId: r.company_id,
      payload: {id: r.id, deadline: r.due},
      dedupeKey: `task:${r.mark}:${r.id}:${r.due}`,
    });
    if (fresh) found++;
  }
  return found;
}

const MUTATOR = {remind: mutators.task.remind, overdue: mutators.task.markOverdue, escalate: mutators.task.escalate} as const;

async function onMark(deps: TaskJobDeps, job: JobRow, mark: Mark): Promise<void> {
  const {id, deadline} = job.payload as {id: string; deadline: number};
  const t = await loadTask(deps.pool, id);
  if (!t || t.deadline !== deadline) return; // moved since: its new deadline has its own job
  const ctx: SystemContext = {kind: 'system', companyID: t.company_id};
  await deps.executor.run(MUTATOR[mark]({id, deadline, at: deps.clock.now()}), ctx);
  const doers = [t.assignee_id, ...t.co].filter((x): x is string => !!x);
  const key = `task:${mark}:${id}:${deadline}`;
  if (mark === 'remind') await tell(deps, t, doers, 'task.remind', 'tasks.notice.remind', key);
  if (mark === 'overdue') await tell(deps, t, [...doers, ...(t.created_by ? [t.created_by] : [])], 'task.overdue', 'tasks.notice.overdue', key);
  // Escalation reaches the heads by every channel they have, email included (as the request SLA does).
  if (mark === 'escalate')
    await tell(deps, t, await headsOf(deps.pool, t.company_id), 'task.escalate', 'tasks.notice.escalated', key, ['inapp', 'push', 'email', 'telegram']);
}

export function taskJobs(deps: TaskJobDeps): JobModule {
  const scans: DueScan[] = [{name: 'tasks.deadlines', everyMs: 60_000, run: () => scanDeadlines(deps).then(() => undefined)}];
  return {
    jobs: {
      'task.notice': (job) => onNotice(deps, job),
      'task.remind': (job) => onMark(deps, job, 'remind'),
      'task.overdue': (job) => onMark(deps, job, 'overdue'),
      'task.escalate': (job) => onMark(deps, job, 'escalate'),
    },
    scans,
  };
}
