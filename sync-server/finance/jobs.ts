// What finance does by itself: tells approvers and authors (the notices the
// effects enqueued), and watches approval steps' deadlines with the SLA
// machinery the requests and tasks use — a step past its due time reminds its
// approvers once; past it by the escalation hours it goes to the heads, by
// every channel. Dedupe keys per due time make a second find harmless; a step
// whose group starts later gets its own due time then.
import type pg from 'pg';
import type {SystemContext} from '#shared/auth/context.ts';
import type {MessageKey} from '#shared/i18n/catalog.ts';
import {formatMoney} from '#shared/i18n/format.ts';
import {renderNotice, type Notice} from '#shared/i18n/notice.ts';
import {mutators} from '#shared/mutators/index.ts';
import type {Clock} from '../clock.ts';
import {moduleOnSql} from '../jobs/module-gate.ts';
import {enqueue, poolSql, type JobRow} from '../jobs/queue.ts';
import type {DueScan, JobModule} from '../jobs/registry.ts';
import {headsOf, memberLocale} from '../notify/audience.ts';
import {notify, type Channel, type NotifyDeps} from '../notify/notifier.ts';
import {DEFAULT_ESCALATE_HOURS} from '../tasks/jobs.ts';
import type {Executor} from '../zero/execute.ts';
import type {FinanceNoticeJob} from './effects.ts';

export type FinanceJobDeps = {pool: pg.Pool; clock: Clock; notify: NotifyDeps; executor: Executor};

const SCAN_BATCH = 2000;

type Subject = {entity: 'invoice' | 'document'; id: string; companyId: string; words: Record<string, string>; url: string};

async function subjectOf(pool: pg.Pool, entity: 'invoice' | 'document', id: string): Promise<Subject | undefined> {
  if (entity === 'invoice') {
    const {rows} = await pool.query<{company_id: string; number: string; amount: string; currency: string; reason: string}>(
      'select company_id, number, amount::text, currency, reason from invoice where id = $1',
      [id],
    );
    const r = rows[0];
    if (!r) return undefined;
    const number = r.number || '—';
    return {
      entity,
      id,
      companyId: r.company_id,
      url: `/finance/invoices/${id}`,
      words: {number, amount: formatMoney(Number(r.amount), r.currency, 'ru'), reason: r.reason, subject: number},
    };
  }
  const {rows} = await pool.query<{company_id: string; title: string; reason: string}>('select company_id, title, reason from document where id = $1', [id]);
  const r = rows[0];
  return r && {entity, id, companyId: r.company_id, url: `/documents/${id}`, words: {title: r.title, reason: r.reason, subject: r.title}};
}

/** Who decides these steps: the person named, or the active holders of the step's role (of those still pending, for reminders). */
async function approversOf(pool: pg.Pool, approvalIds: readonly string[], pendingOnly = false): Promise<string[]> {
  const {rows} = await pool.query<{id: string}>(
    `select distinct m.id from approval a join member m on m.company_id = a.company_id and m.active
      where a.id = any($1) and (not $2 or a.decision = 'pending') and (m.id = a.member_id or (a.member_id is null and m.roles ? a.role))`,
    [approvalIds, pendingOnly],
  );
  return rows.map((r) => r.id);
}

async function tell(
  deps: FinanceJobDeps,
  s: Subject,
  memberIds: readonly string[],
  kind: string,
  key: MessageKey,
  dedupe: string,
  channels?: readonly Channel[],
) {
  for (const memberId of new Set(memberIds)) {
    const notice: Notice = {title: {key, params: s.words}};
    await notify(
      deps.notify,
      s.companyId,
      {type: 'member', memberId},
      {
        kind,
        dedupeKey: `${dedupe}:${memberId}`,
        ...renderNotice(notice, await memberLocale(deps.pool, memberId))!,
        notice,
        url: s.url,
        subject: {type: s.entity, id: s.id},
        audienceMemberId: memberId,
        ...(channels && {channels}),
      },
    );
  }
}

const INVOICE_KEYS: Record<FinanceNoticeJob['event'], MessageKey> = {
  submitted: 'finance.notice.approve',
  group: 'finance.notice.approve',
  limit: 'finance.notice.limit',
  approved: 'finance.notice.approved',
  rejected: 'finance.notice.rejected',
  returned: 'finance.notice.returned',
  paid: 'finance.notice.paid',
};
const DOCUMENT_KEYS: Record<FinanceNoticeJob['event'], MessageKey> = {
  ...INVOICE_KEYS,
  submitted: 'finance.notice.docApprove',
  group: 'finance.notice.docApprove',
  limit: 'finance.notice.docApprove',
  approved: 'finance.notice.docApproved',
  rejected: 'finance.notice.docReturned',
  returned: 'finance.notice.docReturned',
};

async function onNotice(deps: FinanceJobDeps, job: JobRow): Promise<void> {
  const p = job.payload as FinanceNoticeJob;
  const s = await subjectOf(deps.pool, p.entity, p.entityId);
  if (!s) return;
  const to = 'approvalIds' in p ? await approversOf(deps.pool, p.approvalIds) : p.notify;
  const key = (p.entity === 'invoice' ? INVOICE_KEYS : DOCUMENT_KEYS)[p.event];
  await tell(deps, s, to, `approval.${p.event}`, key, `approval:${p.event}:${job.id}`);
}

type Mark = 'remind' | 'escalate';

/** Pending steps past their due time (remind) or past it by the escalation hours (escalate), each once per due time. */
export async function scanApprovals(deps: Pick<FinanceJobDeps, 'pool' | 'clock'>): Promise<number> {
  const now = deps.clock.now();
  const escalateMs = DEFAULT_ESCALATE_HOURS * 3600_000;
  const {rows} = await deps.pool.query<{id: string; company_id: string; due: number; mark: Mark}>(
    `select a.id, a.company_id, (extract(epoch from a.due_at) * 1000)::bigint::float8 as due,
            case when a.escalated_at is null and a.due_at <= to_timestamp(($1::float8 - $2::float8) / 1000.0) then 'escalate' else 'remind' end as mark
       from approval a
      where a.decision = 'pending' and a.due_at is not null and ${moduleOnSql('finance', 'a.company_id')}
        and ((a.reminded_at is null and a.due_at <= to_timestamp($1::float8 / 1000.0))
          or (a.escalated_at is null and a.due_at <= to_timestamp(($1::float8 - $2::float8) / 1000.0)))
      order by a.due_at limit $3`,
    [now, escalateMs, SCAN_BATCH],
  );
  const sql = poolSql(deps.pool);
  let found = 0;
  for (const r of rows) {
    const fresh = await enqueue(sql, deps.clock, {
      queue: `approval.${r.mark}`,
      companyId: r.company_id,
      payload: {id: r.id, dueAt: r.due},
      dedupeKey: `approval:${r.mark}:${r.id}:${r.due}`,
    });
    if (fresh) found++;
  }
  return found;
}

const MUTATOR = {remind: mutators.approval.remind, escalate: mutators.approval.escalate} as const;

async function onMark(deps: FinanceJobDeps, job: JobRow, mark: Mark): Promise<void> {
  const {id, dueAt} = job.payload as {id: string; dueAt: number};
  const {rows} = await deps.pool.query<{company_id: string; entity: 'invoice' | 'document'; entity_id: string; name: string; decision: string}>(
    'select company_id, entity, entity_id, name, decision from approval where id = $1',
    [id],
  );
  const a = rows[0];
  if (!a || a.decision !== 'pending') return; // decided since it was found
  const ctx: SystemContext = {kind: 'system', companyID: a.company_id};
  await deps.executor.run(MUTATOR[mark]({id, dueAt, at: deps.clock.now()}), ctx);
  const s = await subjectOf(deps.pool, a.entity, a.entity_id);
  if (!s) return;
  const key = `approval:${mark}:${id}:${dueAt}`;
  const approvers = await approversOf(deps.pool, [id], true);
  if (mark === 'remind') await tell(deps, s, approvers, 'approval.remind', 'finance.notice.remind', key);
  // Escalation reaches the heads by every channel they have, email included (as the request SLA does).
  else
    await tell(deps, {...s, words: {...s.words, who: a.name}}, await headsOf(deps.pool, a.company_id), 'approval.escalate', 'finance.notice.escalated', key, [
      'inapp',
      'push',
      'email',
      'telegram',
    ]);
}

export function financeJobs(deps: FinanceJobDeps): JobModule {
  const scans: DueScan[] = [{name: 'finance.approvals', everyMs: 60_000, run: () => scanApprovals(deps).then(() => undefined)}];
  return {
    jobs: {
      'approval.notice': (job) => onNotice(deps, job),
      'approval.remind': (job) => onMark(deps, job, 'remind'),
      'approval.escalate': (job) => onMark(deps, job, 'escalate'),
    },
    scans,
  };
}
