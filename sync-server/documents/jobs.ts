// What the archive does by itself: a new version's file is read for its text
// (search, D4) into document_text (server-only, index-text.ts); a scan finds signed documents
// whose "valid until" is near (finance_settings.remind_days, 14 by default: the
// owner is reminded once, reminded_at) or past (moved to expired by a system
// write, audited and synced). Dedupe keys per document and date make a second
// find harmless; a new date starts afresh.
import type pg from 'pg';
import type {SystemContext} from '#shared/auth/context.ts';
import {renderNotice, type Notice} from '#shared/i18n/notice.ts';
import type {MessageKey} from '#shared/i18n/catalog.ts';
import {mutators} from '#shared/mutators/index.ts';
import type {Clock} from '../clock.ts';
import type {Config} from '../config.ts';
import {storageOf} from '../files/storage-of.ts';
import {moduleOnSql} from '../jobs/module-gate.ts';
import {enqueue, poolSql, type JobRow} from '../jobs/queue.ts';
import type {DueScan, JobModule} from '../jobs/registry.ts';
import {memberLocale} from '../notify/audience.ts';
import {notify, type NotifyDeps} from '../notify/notifier.ts';
import type {Executor} from '../zero/execute.ts';
import type {ApprovalNoticeJob, ExtractJob} from './effects.ts';
import {indexVersionText} from './index-text.ts';

export type DocumentJobDeps = {pool: pg.Pool; clock: Clock; notify?: NotifyDeps; executor: Executor; config: Pick<Config, 's3' | 'dataDir'>};

/** Days before "valid until" the owner is reminded when the company has not said. */
export const DEFAULT_REMIND_DAYS = 14;
const SCAN_BATCH = 2000;
const DAY = `'^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`;

type Found = {id: string; company_id: string; valid_until: string; mark: 'remind' | 'expire'};

/** Signed documents due a reminder (within remind_days of "valid until") or past it (to expire), by each company's calendar day. */
export async function scanValidity(deps: Pick<DocumentJobDeps, 'pool' | 'clock'>): Promise<number> {
  const today = `(to_timestamp($1 / 1000.0) at time zone coalesce(nullif(c.timezone, ''), 'Asia/Almaty'))::date`;
  const {rows} = await deps.pool.query<Found>(
    `select d.id, d.company_id, d.valid_until,
            case when d.valid_until::date < ${today} then 'expire' else 'remind' end as mark
       from document d join company c on c.id = d.company_id left join finance_settings s on s.company_id = d.company_id
      where d.status = 'signed' and d.valid_until ~ ${DAY} and ${moduleOnSql('finance', 'd.company_id')}
        and (d.valid_until::date < ${today}
          or (d.reminded_at is null and d.valid_until::date <= ${today} + coalesce(s.remind_days, ${DEFAULT_REMIND_DAYS})))
      order by d.valid_until limit $2`,
    [deps.clock.now(), SCAN_BATCH],
  );
  const sql = poolSql(deps.pool);
  let found = 0;
  for (const r of rows) {
    const fresh = await enqueue(sql, deps.clock, {
      queue: `document.${r.mark}`,
      companyId: r.company_id,
      payload: {id: r.id, validUntil: r.valid_until},
      dedupeKey: `document:${r.mark}:${r.id}:${r.valid_until}`,
    });
    if (fresh) found++;
  }
  return found;
}

async function tell(
  deps: DocumentJobDeps,
  companyId: string,
  memberIds: readonly string[],
  doc: {id: string; title: string},
  m: {kind: string; key: MessageKey; due?: string; dedupe: string},
) {
  if (!deps.notify) return;
  for (const memberId of new Set(memberIds)) {
    // A calendar date, shown as that date whatever the reader's zone.
    const notice: Notice = {
      title: {key: m.key, params: {title: doc.title, ...(m.due && {due: {date: Date.parse(`${m.due}T12:00:00Z`), zone: 'UTC', style: 'date'}})}},
    };
    await notify(
      deps.notify,
      companyId,
      {type: 'member', memberId},
      {
        kind: m.kind,
        dedupeKey: `${m.dedupe}:${memberId}`,
        ...renderNotice(notice, await memberLocale(deps.pool, memberId))!,
        notice,
        url: `/documents/${doc.id}`,
        subject: {type: 'document', id: doc.id},
        audienceMemberId: memberId,
      },
    );
  }
}

async function onMark(deps: DocumentJobDeps, job: JobRow, mark: 'remind' | 'expire'): Promise<void> {
  const {id, validUntil} = job.payload as {id: string; validUntil: string};
  const {rows} = await deps.pool.query<{company_id: string; title: string; owner_id: string | null; valid_until: string; status: string}>(
    'select company_id, title, owner_id, valid_until, status from document where id = $1',
    [id],
  );
  const doc = rows[0];
  if (!doc || doc.valid_until !== validUntil || doc.status !== 'signed') return; // moved since: its new date has its own job
  const ctx: SystemContext = {kind: 'system', companyID: doc.company_id};
  const write = mark === 'remind' ? mutators.document.remind : mutators.document.expire;
  await deps.executor.run(write({id, validUntil, at: deps.clock.now()}), ctx);
  if (mark === 'remind' && doc.owner_id) {
    await tell(
      deps,
      doc.company_id,
      [doc.owner_id],
      {id, title: doc.title},
      {kind: 'document.remind', key: 'documents.notice.remind', due: validUntil, dedupe: `document:remind:${id}:${validUntil}`},
    );
  }
}

/** The people of the first undecided group of a round: a named person, or the holders of the step's role. */
async function onApprovalNotice(deps: DocumentJobDeps, job: JobRow): Promise<void> {
  const p = job.payload as ApprovalNoticeJob;
  const {rows} = await deps.pool.query<{company_id: string; title: string; member_id: string | null; role: string; grp: number}>(
    `select d.company_id, d.title, a.member_id, a.role, a.grp from approval a join document d on d.id = a.entity_id
      where a.entity = 'document' and a.entity_id = $1 and a.round = $2 and a.decision = 'pending' and d.round = $2 and d.status = 'approval'`,
    [p.documentId, p.round],
  );
  if (!rows.length) return;
  const first = Math.min(...rows.map((r) => r.grp));
  const now = rows.filter((r) => r.grp === first);
  const roles = now.flatMap((r) => (r.member_id ? [] : [r.role]));
  const holders = roles.length
    ? (
        await deps.pool.query<{id: string}>('select id from member where company_id = $1 and active and roles ?| $2::text[]', [rows[0]!.company_id, roles])
      ).rows.map((m) => m.id)
    : [];
  const people = [...now.flatMap((r) => (r.member_id ? [r.member_id] : [])), ...holders].filter((m) => m !== p.by);
  await tell(
    deps,
    rows[0]!.company_id,
    people,
    {id: p.documentId, title: rows[0]!.title},
    {kind: 'document.approval', key: 'documents.notice.approval', dedupe: `document:approval:${p.documentId}:${p.round}`},
  );
}

export function documentJobs(deps: DocumentJobDeps): JobModule {
  const storage = storageOf(deps.config);
  const scans: DueScan[] = [{name: 'documents.validity', everyMs: 10 * 60_000, run: () => scanValidity(deps).then(() => undefined)}];
  return {
    jobs: {
      'document.extract': (job) => indexVersionText(deps.pool, storage, (job.payload as ExtractJob).versionId).then(() => undefined),
      'document.remind': (job) => onMark(deps, job, 'remind'),
      'document.expire': (job) => onMark(deps, job, 'expire'),
      'document.approvalNotice': (job) => onApprovalNotice(deps, job),
    },
    scans,
  };
}
