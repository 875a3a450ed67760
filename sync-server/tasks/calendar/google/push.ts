// Outbound: a person's meetings and task deadlines written into their Google
// Calendar — the job 'meeting.gcal' {memberId, entity, id}. It reads what the
// meeting or task is now and makes Google agree: insert the first time (and
// remember the event in google_event), patch after a change, delete when the
// meeting is cancelled, the task closed, or the person no longer in it. An
// event the person deleted in Google stays deleted until the meeting or task
// changes again.
import type pg from 'pg';
import {uuidv7} from 'uuidv7';
import {createTranslator} from '#shared/i18n/translate.ts';
import {seesMeetings, seesTasks} from '#shared/tasks/access.ts';
import {deadlineEventBody, meetingEventBody} from '#shared/tasks/calendar/events.ts';
import {isOpenTask} from '#shared/tasks/lifecycle.ts';
import type {Clock} from '../../../clock.ts';
import {memberContextById} from '../../../auth/member-context.ts';
import {log} from '../../../log.ts';
import {enqueue, RetryLater, type JobRow, type Sql} from '../../../jobs/queue.ts';
import {personOf} from '../feed.ts';
import {GoogleError, type Calendar} from './api.ts';
import {calendarOf, connectionOf, isGrantRefused, markError, type GoogleDeps} from './store.ts';

export type PushPayload = {memberId: string; entity: 'meeting' | 'task'; id: string};

/** `version`: the meeting's or task's updated_at (0 when gone): one job per person and version. */
export function enqueuePush(sql: Sql, clock: Clock, companyId: string, p: PushPayload, version: number): Promise<boolean> {
  return enqueue(sql, clock, {queue: 'meeting.gcal', companyId, payload: p, dedupeKey: `gcal:push:${p.memberId}:${p.entity}:${p.id}:${version}`});
}

type Want = {body: object; version: number} | null;

async function wantedMeeting(pool: pg.Pool, p: PushPayload, companyId: string, timeZone: string): Promise<Want> {
  const {rows} = await pool.query(
    `select m.id, m.topic, m.starts_at, m.ends_at, m.place, m.link, m.purpose, m.agenda, m.state, m.updated_at,
            (m.organizer_id = $3 or exists (select 1 from meeting_participant x where x.meeting_id = m.id and x.member_id = $3)) as involved
       from meeting m where m.id = $1 and m.company_id = $2`,
    [p.id, companyId, p.memberId],
  );
  const m = rows[0];
  if (!m || !m.involved || m.state === 'cancelled') return null;
  return {body: meetingEventBody({...m, starts_at: m.starts_at.getTime(), ends_at: m.ends_at.getTime()}, timeZone), version: m.updated_at.getTime()};
}

async function wantedTask(pool: pg.Pool, p: PushPayload, companyId: string, timeZone: string, summary: (title: string) => string): Promise<Want> {
  const {rows} = await pool.query(
    `select t.id, t.title, t.description, t.deadline, t.status, t.updated_at,
            (t.assignee_id = $3 or exists (select 1 from task_person x where x.task_id = t.id and x.member_id = $3 and x.kind = 'co')) as involved
       from task t where t.id = $1 and t.company_id = $2`,
    [p.id, companyId, p.memberId],
  );
  const t = rows[0];
  if (!t || !t.involved || !t.deadline || !isOpenTask(t.status)) return null;
  return {body: deadlineEventBody({...t, deadline: t.deadline.getTime()}, summary(t.title), timeZone), version: t.updated_at.getTime()};
}

const gone = (e: unknown) => e instanceof GoogleError && (e.status === 404 || e.status === 410);
/** Already deleted there is what a delete wants. */
const ignoreGone = (e: unknown) => {
  if (!gone(e)) throw e;
};

type Mapping = {id: string; event_id: string; removed: boolean; mirrored_at: Date | null};

async function write(pool: pg.Pool, api: Calendar, p: PushPayload, companyId: string, want: NonNullable<Want>, mapping: Mapping | undefined) {
  let event;
  try {
    event = mapping && !mapping.removed ? await api.patch(mapping.event_id, want.body) : await api.insert(want.body);
  } catch (e) {
    // Deleted in Google meanwhile: written anew.
    if (!mapping || !gone(e)) throw e;
    event = await api.insert(want.body);
  }
  await pool.query(
    `insert into google_event (id, company_id, member_id, entity, entity_id, event_id, etag, updated_at, mirrored_at, removed)
     values ($1, $2, $3, $4, $5, $6, $7, now(), to_timestamp($8 / 1000.0), false)
     on conflict (member_id, entity, entity_id) do update
       set event_id = excluded.event_id, etag = excluded.etag, updated_at = now(), mirrored_at = excluded.mirrored_at, removed = false`,
    [uuidv7(), companyId, p.memberId, p.entity, p.id, event.id, event.etag ?? '', want.version],
  );
}

export function pushJob(deps: GoogleDeps) {
  return async (job: JobRow): Promise<void> => {
    const p = job.payload as PushPayload;
    const conn = await connectionOf(deps.pool, p.memberId);
    if (!conn || conn.state !== 'active') return;
    const person = await personOf(deps.pool, p.memberId);
    const ctx = person && (await memberContextById(deps.pool, p.memberId, 'bot'));
    if (!person || !ctx) return;
    const t = createTranslator(person.locale);
    const want =
      p.entity === 'meeting'
        ? seesMeetings(ctx)
          ? await wantedMeeting(deps.pool, p, conn.company_id, person.timezone)
          : null
        : seesTasks(ctx)
          ? await wantedTask(deps.pool, p, conn.company_id, person.timezone, (title) => t('cal.deadline', {title}))
          : null;
    const {rows} = await deps.pool.query<Mapping>(
      'select id, event_id, removed, mirrored_at from google_event where member_id = $1 and entity = $2 and entity_id = $3',
      [p.memberId, p.entity, p.id],
    );
    const mapping = rows[0];
    if (!want && !mapping) return;
    // Removed by the person in Google, and not changed since: left out.
    if (want && mapping?.removed && mapping.mirrored_at?.getTime() === want.version) return;
    try {
      const api = await calendarOf(deps, conn);
      if (want) return await write(deps.pool, api, p, conn.company_id, want, mapping);
      if (!mapping!.removed) await api.remove(mapping!.event_id).catch((e: unknown) => ignoreGone(e));
      await deps.pool.query('delete from google_event where id = $1', [mapping!.id]);
    } catch (e) {
      if (isGrantRefused(e)) return void (await markError(deps.pool, p.memberId, (e as Error).message));
      if (e instanceof GoogleError && (e.status === 429 || (e.status === 403 && /rate/i.test(e.reason)))) throw new RetryLater(60_000, e.message);
      log.warn('calendar', `Google push ${p.entity} ${p.id} for ${p.memberId}: ${(e as Error).message}`);
      throw e;
    }
  };
}
