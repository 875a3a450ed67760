// Inbound: incremental sync of a person's Google Calendar — the job
// 'meeting.gcalSync' {memberId}, enqueued every few minutes by a due scan.
// events.list with the stored sync token (alone: Google refuses it with
// timeMin/timeMax/orderBy/q), every page, then the new token. A mirrored
// meeting the organizer moved or deleted in Google moves or is cancelled here,
// through meeting.save / meeting.cancel as that person (invitations follow);
// our other mirrors' changes are ignored; everything else of theirs is busy
// time for free/busy. Google's 410 (the token expired) drops the token and the
// cached busy time and syncs in full: a deleted event must not stay behind.
// Last, whatever of theirs changed here since it was written to Google is
// queued for writing (a safety net for changes no write effect announced).
import type pg from 'pg';
import {uuidv7} from 'uuidv7';
import {mutators} from '#shared/mutators/index.ts';
import type {MemberContext} from '#shared/auth/context.ts';
import {googleTimes, meetingChange, mirrorOf, takesTime, type GoogleEvent, type MirrorOf} from '#shared/tasks/calendar/events.ts';
import {isOpenTask} from '#shared/tasks/lifecycle.ts';
import {memberContextById} from '../../../auth/member-context.ts';
import {log} from '../../../log.ts';
import {poolSql, RetryLater, type JobRow} from '../../../jobs/queue.ts';
import type {Executor} from '../../../zero/execute.ts';
import {personOf} from '../feed.ts';
import {GoogleError, type Calendar} from './api.ts';
import {enqueuePush} from './push.ts';
import {calendarOf, connectionOf, isGrantRefused, markError, type Connection, type GoogleDeps} from './store.ts';

const DAY = 86_400_000;
/** How far back a full sync reads. */
export const FULL_SYNC_PAST_MS = 30 * DAY;

type Ctx = {deps: GoogleDeps & {executor: Executor}; conn: Connection; ctx: MemberContext; timeZone: string};

async function meetingArgs(pool: pg.Pool, id: string) {
  const {rows} = await pool.query(
    `select m.id, m.topic, m.starts_at, m.ends_at, m.place, m.link, m.purpose, m.agenda, m.notes, m.repeat, m.state, m.organizer_id,
            coalesce((select jsonb_agg(jsonb_build_object('memberId', p.member_id, 'email', p.email, 'name', p.name) order by p.created_at, p.id)
                        from meeting_participant p where p.meeting_id = m.id), '[]') as participants
       from meeting m where m.id = $1`,
    [id],
  );
  return rows[0];
}

/** One of our mirrored meetings as the organizer's Google has it now. */
async function applyMirroredMeeting(c: Ctx, mapping: {id: string; entity_id: string}, e: GoogleEvent): Promise<void> {
  const {pool, executor, clock} = c.deps;
  const m = await meetingArgs(pool, mapping.entity_id);
  const organizer = m?.organizer_id === c.conn.member_id;
  const change = m && organizer ? meetingChange(e, {starts_at: m.starts_at.getTime(), ends_at: m.ends_at.getTime(), state: m.state}, c.timeZone) : null;
  try {
    if (change?.kind === 'cancel') await executor.run(mutators.meeting.cancel({id: m.id, at: clock.now()}), c.ctx);
    if (change?.kind === 'move') {
      const participants = (m.participants as {memberId: string | null; email: string; name: string}[]).map((p) =>
        p.memberId ? {memberId: p.memberId, name: p.name} : {memberId: null, email: p.email, name: p.name},
      );
      const {id, topic, place, link, purpose, agenda, notes, repeat} = m;
      const args = {id, topic, place, link, purpose, agenda, notes, repeat, participants, startsAt: change.startsAt, endsAt: change.endsAt, at: clock.now()};
      await executor.run(mutators.meeting.save(args), c.ctx);
    }
  } catch (err) {
    // Refused (no longer allowed to manage meetings, a cancelled meeting): Google's copy is put right by the next write.
    log.warn('calendar', `Google change of meeting ${mapping.entity_id} by ${c.conn.member_id} not applied: ${(err as Error).message}`);
  }
  if (e.status !== 'cancelled') await pool.query('update google_event set etag = $2 where id = $1', [mapping.id, e.etag ?? '']);
  else if (change?.kind === 'cancel') await pool.query('delete from google_event where id = $1', [mapping.id]);
  else await pool.query('update google_event set removed = true where id = $1', [mapping.id]);
}

/** A copy we wrote before a reconnection, of a meeting or task of this company: remembered as the person's mirror again. */
async function adopt(c: Ctx, ours: MirrorOf, e: GoogleEvent): Promise<void> {
  await c.deps.pool.query(
    `insert into google_event (id, company_id, member_id, entity, entity_id, event_id, etag, mirrored_at, removed)
     select $1, $2, $3, $4, $5, $6, $7, null, false
      where exists (select 1 from meeting where $4 = 'meeting' and id = $5 and company_id = $2)
         or exists (select 1 from task where $4 = 'task' and id = $5 and company_id = $2)
     on conflict do nothing`,
    [uuidv7(), c.conn.company_id, c.conn.member_id, ours.entity, ours.id, e.id, e.etag ?? ''],
  );
}

async function applyItem(c: Ctx, e: GoogleEvent): Promise<void> {
  const {pool} = c.deps;
  const member = c.conn.member_id;
  const {rows} = await pool.query<{id: string; entity: string; entity_id: string}>(
    'select id, entity, entity_id from google_event where member_id = $1 and event_id = $2',
    [member, e.id],
  );
  const mapping = rows[0];
  if (mapping?.entity === 'meeting') return applyMirroredMeeting(c, mapping, e);
  if (mapping) {
    // A deadline: changes there are ignored; deleted there, it is left out until the task changes.
    if (e.status === 'cancelled') await pool.query('update google_event set removed = true where id = $1', [mapping.id]);
    return;
  }
  const ours = mirrorOf(e);
  // Ours from an earlier connection: taken back (and put right by the next write), not written a second time.
  if (ours && e.status !== 'cancelled') await adopt(c, ours, e);
  const times = googleTimes(e, c.timeZone);
  // Ours, free, declined, deleted or unreadable: not busy time.
  if (ours || !times || !takesTime(e)) {
    await pool.query('delete from google_busy where member_id = $1 and event_id = $2', [member, e.id]);
    return;
  }
  await pool.query(
    `insert into google_busy (member_id, company_id, event_id, starts_at, ends_at) values ($1, $2, $3, to_timestamp($4 / 1000.0), to_timestamp($5 / 1000.0))
     on conflict (member_id, event_id) do update set starts_at = excluded.starts_at, ends_at = excluded.ends_at`,
    [member, c.conn.company_id, e.id, times.start, times.end],
  );
}

/** Every page of one list; the new sync token. */
async function pass(c: Ctx, api: Calendar, syncToken: string | null): Promise<string | undefined> {
  let pageToken: string | undefined;
  for (let page = 0; page < 1000; page++) {
    const res = await api.list({
      ...(syncToken ? {syncToken} : {timeMin: new Date(c.deps.clock.now() - FULL_SYNC_PAST_MS).toISOString()}),
      ...(pageToken && {pageToken}),
    });
    for (const e of res.items ?? []) await applyItem(c, e);
    if (!res.nextPageToken) return res.nextSyncToken;
    pageToken = res.nextPageToken;
  }
  throw new Error('events.list did not end after 1000 pages');
}

/** Meetings and deadlines of theirs whose Google copy is missing or older than they are: queued for writing. */
async function reconcile(c: Ctx): Promise<void> {
  const {pool, clock} = c.deps;
  const args = [c.conn.company_id, c.conn.member_id, clock.now() - DAY];
  const {rows} = await pool.query<{entity: 'meeting' | 'task'; id: string; version: number; status: string | null}>(
    `select 'meeting' as entity, m.id, (extract(epoch from m.updated_at) * 1000)::float8 as version, null as status from meeting m
      where m.company_id = $1 and m.ends_at > to_timestamp($3 / 1000.0) and m.state <> 'cancelled'
        and (m.organizer_id = $2 or exists (select 1 from meeting_participant p where p.meeting_id = m.id and p.member_id = $2))
        and not exists (select 1 from google_event e where e.member_id = $2 and e.entity = 'meeting' and e.entity_id = m.id and e.mirrored_at = m.updated_at)
     union all
     select 'task', t.id, (extract(epoch from t.updated_at) * 1000)::float8, t.status from task t
      where t.company_id = $1 and t.deadline > to_timestamp($3 / 1000.0)
        and (t.assignee_id = $2 or exists (select 1 from task_person p where p.task_id = t.id and p.member_id = $2 and p.kind = 'co'))
        and not exists (select 1 from google_event e where e.member_id = $2 and e.entity = 'task' and e.entity_id = t.id and e.mirrored_at = t.updated_at)
     union all
     select e.entity, e.entity_id, coalesce((extract(epoch from coalesce(m.updated_at, t.updated_at)) * 1000)::float8, 0), null
       from google_event e left join meeting m on e.entity = 'meeting' and m.id = e.entity_id left join task t on e.entity = 'task' and t.id = e.entity_id
      where e.member_id = $2 and not e.removed and coalesce(m.updated_at, t.updated_at) is distinct from e.mirrored_at
     limit 1000`,
    args,
  );
  const sql = poolSql(pool);
  for (const r of rows) {
    if (r.status !== null && !isOpenTask(r.status)) continue;
    await enqueuePush(sql, clock, c.conn.company_id, {memberId: c.conn.member_id, entity: r.entity, id: r.id}, r.version);
  }
}

export function syncJob(deps: GoogleDeps & {executor: Executor}) {
  return async (job: JobRow): Promise<void> => {
    const memberId = String(job.payload.memberId ?? '');
    const conn = await connectionOf(deps.pool, memberId);
    if (!conn || conn.state !== 'active') return;
    const person = await personOf(deps.pool, memberId);
    const ctx = person && (await memberContextById(deps.pool, memberId, 'bot'));
    if (!person || !ctx) return;
    const c: Ctx = {deps, conn, ctx, timeZone: person.timezone};
    let next: string | undefined;
    try {
      const api = await calendarOf(deps, conn);
      try {
        next = await pass(c, api, conn.sync_token);
      } catch (e) {
        if (!(e instanceof GoogleError && e.status === 410)) throw e;
        // The token expired: what we kept may hold events deleted since — dropped, then everything read again.
        await deps.pool.query('update google_calendar set sync_token = null where member_id = $1', [memberId]);
        await deps.pool.query('delete from google_busy where member_id = $1', [memberId]);
        next = await pass(c, api, null);
      }
    } catch (e) {
      if (isGrantRefused(e)) return void (await markError(deps.pool, memberId, (e as Error).message));
      if (e instanceof GoogleError && (e.status === 429 || (e.status === 403 && /rate/i.test(e.reason)))) throw new RetryLater(60_000, e.message);
      throw e;
    }
    await deps.pool.query(
      `update google_calendar set sync_token = $2, synced_at = to_timestamp($3 / 1000.0), state = 'active', last_error = '' where member_id = $1`,
      [memberId, next ?? null, deps.clock.now()],
    );
    await deps.pool.query('delete from google_busy where member_id = $1 and ends_at < to_timestamp($2 / 1000.0)', [
      memberId,
      deps.clock.now() - FULL_SYNC_PAST_MS,
    ]);
    await reconcile(c);
  };
}
