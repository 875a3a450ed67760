// What requests do by themselves (R8, S1 §6):
// - SLA: a due scan finds requests overdue by their workflow's "escalate after"
//   hours and enqueues one job per (request, deadline); the job marks the request
//   escalated through the `request.escalate` mutator (audited, synced to every
//   device) and tells the heads and the responsible person. The scan reads the
//   data each time and dedupe keys make a second find harmless, so a restart
//   neither skips nor repeats anything.
// - People: a mention in a comment and a new responsible person are told.
import type pg from 'pg';
import type {SystemContext} from '#shared/auth/context.ts';
import {LOCALES, type Locale} from '#shared/i18n/locales.ts';
import {renderNotice, type Notice} from '#shared/i18n/notice.ts';
import {statusName, workflowOf} from '#shared/workflow/resolve.ts';
import type {Clock} from '../clock.ts';
import {enqueue, poolSql, type JobRow, type Sql} from '../jobs/queue.ts';
import type {DueScan, JobModule} from '../jobs/registry.ts';
import {notify, type NotifyDeps} from '../notify/notifier.ts';
import {headsOf, memberLocale} from '../notify/audience.ts';
import type {Executor} from '../zero/execute.ts';
import {mutators} from '#shared/mutators/index.ts';
import {moduleOnSql} from '../jobs/module-gate.ts';

export type RequestJobDeps = {pool: pg.Pool; clock: Clock; notify: NotifyDeps; executor: Executor};

/** How many overdue requests one scan takes on (the next scan continues). */
const SCAN_BATCH = 2000;

type RequestView = {
  id: string;
  company_id: string;
  number: number | null;
  title: string;
  text: string;
  status: string;
  sla_due_at: number | null;
  escalated_at: number | null;
  responsible_id: string | null;
  workflow: unknown;
};

async function loadRequest(pool: pg.Pool, id: string): Promise<RequestView | undefined> {
  const {rows} = await pool.query<RequestView>(
    `select r.id, r.company_id, r.number, r.title, r.text, r.status, r.responsible_id, t.workflow,
            (extract(epoch from r.sla_due_at) * 1000)::bigint::float8 as sla_due_at,
            (extract(epoch from r.escalated_at) * 1000)::bigint::float8 as escalated_at
       from request r left join request_type t on t.id = r.type_id where r.id = $1`,
    [id],
  );
  return rows[0];
}

/** Who hears of an overdue request: the heads and the responsible person. */
async function escalationAudience(pool: pg.Pool, r: RequestView): Promise<string[]> {
  const ids = await headsOf(pool, r.company_id);
  if (r.responsible_id && !ids.includes(r.responsible_id)) ids.push(r.responsible_id);
  return ids;
}

function label(r: RequestView): string {
  const what = r.title || r.text.slice(0, 80);
  return r.number ? `№${r.number}${what ? ` «${what}»` : ''}` : `«${what}»`;
}

export async function scanOverdue(deps: Pick<RequestJobDeps, 'pool' | 'clock'>): Promise<number> {
  const now = deps.clock.now();
  // Overdue by the type's "escalate after" hours (requests without a type have no SLA hours, so no deadline).
  const {rows} = await deps.pool.query<{id: string; company_id: string; due: number}>(
    `select r.id, r.company_id, (extract(epoch from r.sla_due_at) * 1000)::bigint::float8 as due
       from request r left join request_type t on t.id = r.type_id
      where r.sla_due_at is not null and r.escalated_at is null
        and ${moduleOnSql('requests', 'r.company_id')}
        and r.sla_due_at + make_interval(secs => coalesce((t.workflow -> 'sla' ->> 'escalateAfterHours')::float8, 0) * 3600)
            <= to_timestamp($1 / 1000.0)
      order by r.sla_due_at
      limit $2`,
    [now, SCAN_BATCH],
  );
  const sql = poolSql(deps.pool);
  let found = 0;
  for (const r of rows) {
    const fresh = await enqueue(sql, deps.clock, {
      queue: 'request.escalate',
      companyId: r.company_id,
      payload: {id: r.id, dueAt: r.due},
      dedupeKey: `request:escalate:${r.id}:${r.due}`,
    });
    if (fresh) found++;
  }
  return found;
}

async function onEscalate(deps: RequestJobDeps, job: JobRow): Promise<void> {
  const {id, dueAt} = job.payload as {id: string; dueAt: number};
  const before = await loadRequest(deps.pool, id);
  if (!before || before.sla_due_at !== dueAt) return; // moved on since: its new deadline has its own job
  const ctx: SystemContext = {kind: 'system', companyID: before.company_id};
  const at = deps.clock.now();
  if (!before.escalated_at) await deps.executor.run(mutators.request.escalate({id, dueAt, at}), ctx);
  const r = await loadRequest(deps.pool, id);
  if (!r?.escalated_at) return;
  const late = Math.max(0, at - dueAt);
  const workflow = workflowOf(r.workflow ? r : null);
  const status = Object.fromEntries(LOCALES.map((l) => [l, statusName(workflow, r.status, l)])) as Record<Locale, string>;
  const notice: Notice = {
    title: {key: 'notify.request.sla.title', params: {request: label(r)}},
    body: {key: 'notify.request.sla.body', params: {status: {text: status}, late: {duration: late}}},
  };
  for (const memberId of await escalationAudience(deps.pool, r)) {
    await notify(
      deps.notify,
      r.company_id,
      {type: 'member', memberId},
      {
        kind: 'request.sla',
        // Per deadline and person: a job run again after a crash never tells anyone twice.
        dedupeKey: `request:sla:${id}:${dueAt}:${memberId}`,
        ...renderNotice(notice, await memberLocale(deps.pool, memberId))!,
        notice,
        url: `/requests/${id}`,
        subject: {type: 'request', id},
        audienceMemberId: memberId,
        channels: ['inapp', 'push', 'email'],
      },
    );
  }
}

async function onMention(deps: RequestJobDeps, job: JobRow): Promise<void> {
  const {commentId} = job.payload as {commentId: string};
  const {rows} = await deps.pool.query<{
    request_id: string;
    company_id: string;
    author_id: string | null;
    body: string;
    mentions: string[];
    author: string | null;
  }>(
    `select c.request_id, c.company_id, c.author_id, c.body, c.mentions, m.name as author
       from request_comment c left join member m on m.id = c.author_id where c.id = $1`,
    [commentId],
  );
  const c = rows[0];
  if (!c) return;
  const r = await loadRequest(deps.pool, c.request_id);
  if (!r) return;
  for (const memberId of c.mentions) {
    if (memberId === c.author_id) continue;
    // The title in the reader's language; the body is the comment's own words.
    const notice: Notice = {title: {key: 'notify.request.mention.title', params: {author: c.author ?? {key: 'history.systemActor'}, request: label(r)}}};
    await notify(
      deps.notify,
      c.company_id,
      {type: 'member', memberId},
      {
        kind: 'request.mention',
        dedupeKey: `request:mention:${commentId}:${memberId}`,
        title: renderNotice(notice, await memberLocale(deps.pool, memberId))!.title,
        body: c.body.slice(0, 300),
        notice,
        url: `/requests/${r.id}`,
        subject: {type: 'request', id: r.id},
        audienceMemberId: memberId,
      },
    );
  }
}

async function onAssigned(deps: RequestJobDeps, job: JobRow): Promise<void> {
  const {id, memberId, by} = job.payload as {id: string; memberId: string; by: string | null};
  const r = await loadRequest(deps.pool, id);
  // Only if it is still theirs, and not when they took it themselves.
  if (!r || r.responsible_id !== memberId || by === memberId) return;
  const notice: Notice = {title: {key: 'notify.request.assigned.title', params: {request: label(r)}}};
  await notify(
    deps.notify,
    r.company_id,
    {type: 'member', memberId},
    {
      kind: 'request.assigned',
      dedupeKey: `request:assigned:${id}:${memberId}:${job.id}`,
      title: renderNotice(notice, await memberLocale(deps.pool, memberId))!.title,
      body: r.text.slice(0, 300),
      notice,
      url: `/requests/${id}`,
      subject: {type: 'request', id},
      audienceMemberId: memberId,
    },
  );
}

/** Enqueued by write effects, in the write's transaction. */
export function enqueueMention(sql: Sql, clock: Clock, companyId: string, commentId: string) {
  return enqueue(sql, clock, {queue: 'request.mention', companyId, payload: {commentId}, dedupeKey: `request:mention:${commentId}`});
}

export function enqueueAssigned(sql: Sql, clock: Clock, companyId: string, p: {id: string; memberId: string; by: string | null; key: string}) {
  return enqueue(sql, clock, {
    queue: 'request.assigned',
    companyId,
    payload: {id: p.id, memberId: p.memberId, by: p.by},
    dedupeKey: `request:assigned:${p.key}`,
  });
}

export function requestJobs(deps: RequestJobDeps): JobModule {
  const scans: DueScan[] = [{name: 'requests.sla', everyMs: 60_000, run: () => scanOverdue(deps).then(() => undefined)}];
  return {
    jobs: {
      'request.escalate': (job) => onEscalate(deps, job),
      'request.mention': (job) => onMention(deps, job),
      'request.assigned': (job) => onAssigned(deps, job),
    },
    scans,
  };
}
