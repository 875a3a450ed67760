// What booking does by itself: tells the client and the master about a new,
// moved or cancelled booking; reminds the client before the visit (24 h and
// 2 h by default); asks "how was it?" after; sends a master's message to all
// their clients. Effects enqueue the events inside the write's transaction;
// due scans find reminders and review requests by the server clock. Every job
// re-reads the booking, so a cancelled or moved booking gets no stale message.
import type pg from 'pg';
import {clientsOf, type ClientBooking} from '#shared/booking/rules.ts';
import {isLocale} from '#shared/i18n/locales.ts';
import {createTranslator} from '#shared/i18n/translate.ts';
import type {Clock} from '../clock.ts';
import {auditedTransaction} from '../db/audit-tx.ts';
import {enqueue, poolSql, type JobRow, type Sql} from '../jobs/queue.ts';
import type {DueScan, JobModule} from '../jobs/registry.ts';
import {moduleOnSql} from '../jobs/module-gate.ts';
import {notify, type NotifyDeps} from '../notify/notifier.ts';
import {memberLocale} from '../notify/audience.ts';
import {icsCalendar, sequenceOf} from '../public/booking/ics.ts';
import {bookingPath, manageUrl} from './links.ts';
import {loadBooking, type BookingView} from './load.ts';
import {clientText, masterText, placeText} from './texts.ts';
import type {ChatNotices} from '../messaging/notices.ts';

export type BookingJobDeps = {
  pool: pg.Pool;
  clock: Clock;
  notify: NotifyDeps;
  origin: () => string;
  /** The client's chat with the company (messaging/notices.ts): reminders and reviews go there first, email is the fallback. */
  chat?: ChatNotices | undefined;
};

type EventPayload = {bookingId: string; event: 'created' | 'moved' | 'cancelled'; by: 'client' | 'master'; startsAt?: number};

/** Enqueued by the writes' effects, in their transaction (register.ts). */
export function enqueueEvent(sql: Sql, clock: Clock, companyId: string, p: EventPayload): Promise<boolean> {
  return enqueue(sql, clock, {queue: 'booking.event', companyId, payload: p, dedupeKey: `booking:${p.event}:${p.bookingId}:${p.startsAt ?? ''}`});
}

function icsFor(b: BookingView, url: string, now: number): {filename: string; content: string} {
  return {
    filename: 'booking.ics',
    content: icsCalendar({
      name: b.master_name,
      now,
      timeZone: b.timezone,
      events: [
        {
          uid: `${b.id}@dot`,
          stamp: now,
          sequence: sequenceOf(b.updated_at),
          start: b.starts_at,
          end: b.ends_at,
          summary: `${b.service_title} — ${b.master_name}`,
          location: placeText(b),
          url,
          cancelled: b.status === 'cancelled',
        },
      ],
    }),
  };
}

async function toClient(
  deps: BookingJobDeps,
  b: BookingView,
  event: 'created' | 'moved' | 'cancelled' | 'reminder' | 'review',
  dedupeKey: string,
  viaChat = event === 'reminder' || event === 'review',
) {
  const links = {companySlug: b.company_slug, masterSlug: b.master_slug, bookingId: b.id};
  const link =
    event === 'review'
      ? await manageUrl(deps.pool, deps.origin(), links, '/review')
      : event === 'cancelled'
        ? `${deps.origin()}${bookingPath(b.company_slug, b.master_slug)}`
        : await manageUrl(deps.pool, deps.origin(), links);
  const {title, body, t} = clientText(b, event, link);
  if (viaChat && deps.chat) {
    const text = `${title}\n\n${body.replace(`\n\n${t('notify.footer')}`, '')}`;
    // Stars as buttons where the channel can carry them (the booking id fits Telegram's 64 bytes).
    const stars = event === 'review' && `rv:5:${b.id}`.length <= 64 ? [[1, 2, 3, 4, 5].map((n) => ({label: '★'.repeat(n), data: `rv:${n}:${b.id}`}))] : [];
    const log = {kind: `booking.${event}`, subject: {type: 'booking', id: b.id}, audienceMemberId: b.master_member_id, recipientName: b.client_name};
    if ((await deps.chat({booking: b, text, dedupeKey, buttons: stars, log})) === 'queued') return;
  }
  const withIcs = event === 'created' || event === 'moved';
  return notify(
    deps.notify,
    b.company_id,
    {type: 'client', name: b.client_name, email: b.client_email, phone: b.client_phone},
    {
      kind: `booking.${event}`,
      dedupeKey,
      title,
      body,
      url: link,
      subject: {type: 'booking', id: b.id},
      audienceMemberId: b.master_member_id,
      ...(withIcs && {ics: icsFor(b, link, deps.clock.now())}),
    },
  );
}

async function onEvent(deps: BookingJobDeps, job: JobRow) {
  const p = job.payload as EventPayload;
  const b = await loadBooking(deps.pool, p.bookingId);
  if (!b || b.kind !== 'visit') return;
  // Superseded: moved again, or cancelled since, before this job ran.
  if (p.event !== 'cancelled' && (b.status !== 'confirmed' || (p.startsAt !== undefined && b.starts_at !== p.startsAt))) return;
  const key = `booking:${p.event}:${b.id}:${p.startsAt ?? ''}`;
  // What the master changed reaches the client's chat too; what the client did in the chat the bot has answered already.
  await toClient(deps, b, p.event, key, p.by === 'master');
  if (p.by !== 'client') return;
  // The master hears of it; for a master without a login, whoever runs the salon's booking.
  const url = b.master_member_id ? `/booking?day=${b.starts_at}` : `/booking/team?day=${b.starts_at}`;
  for (const memberId of b.master_member_id ? [b.master_member_id] : await bookingManagers(deps.pool, b.company_id)) {
    const {title, body, notice} = masterText(b, p.event, await memberLocale(deps.pool, memberId));
    await notify(
      deps.notify,
      b.company_id,
      {type: 'member', memberId},
      {
        kind: `booking.master.${p.event}`,
        dedupeKey: `${key}:master:${memberId}`,
        title,
        body,
        notice,
        url,
        subject: {type: 'booking', id: b.id},
        audienceMemberId: b.master_member_id,
      },
    );
  }
}

/** The active members one of whose roles manages booking for every master. */
async function bookingManagers(pool: pg.Pool, companyId: string): Promise<string[]> {
  const {rows} = await pool.query<{id: string}>(
    `select m.id from member m
      where m.company_id = $1 and m.active
        and exists (select 1 from role r where r.company_id = m.company_id and m.roles ? r.key and r.permissions ? 'booking.manage')
      order by m.created_at`,
    [companyId],
  );
  return rows.map((r) => r.id);
}

async function onRemind(deps: BookingJobDeps, job: JobRow) {
  const p = job.payload as {bookingId: string; offset: number; startsAt: number};
  const b = await loadBooking(deps.pool, p.bookingId);
  // Never for a cancelled booking, nor for a time it no longer has.
  if (!b || b.status !== 'confirmed' || b.kind !== 'visit' || b.starts_at !== p.startsAt || b.starts_at <= deps.clock.now()) return;
  await toClient(deps, b, 'reminder', `booking:reminder:${b.id}:${p.offset}:${p.startsAt}`);
}

async function onReview(deps: BookingJobDeps, job: JobRow) {
  const b = await loadBooking(deps.pool, String(job.payload.bookingId));
  if (!b || b.status !== 'confirmed' || b.kind !== 'visit') return;
  await toClient(deps, b, 'review', `booking:review:${b.id}`);
}

async function onMass(deps: BookingJobDeps, job: JobRow) {
  const {rows} = await deps.pool.query<{
    id: string;
    company_id: string;
    master_id: string;
    body: string;
    status: string;
    display_name: string;
    member_id: string | null;
  }>(
    `select n.id, n.company_id, n.master_id, n.body, n.status, m.display_name, m.member_id
       from mass_notification n join booking_master m on m.id = n.master_id where n.id = $1`,
    [String(job.payload.id)],
  );
  const mass = rows[0];
  if (!mass || mass.status === 'sent') return;
  const visits = await deps.pool.query<ClientBooking & {id: string; client_id: string | null}>(
    `select id, client_id, kind, status, client_name, client_phone, client_email, client_locale, (extract(epoch from starts_at) * 1000)::bigint as starts_at
       from booking where master_id = $1 and kind = 'visit'`,
    [mass.master_id],
  );
  const clients = clientsOf(visits.rows);
  // Each client's latest visit: the chat it was booked from, or their latest chat with the company.
  const latest = new Map<string, {id: string; client_id: string | null}>();
  for (const v of [...visits.rows].sort((a, b) => a.starts_at - b.starts_at)) latest.set(v.client_phone, v);
  let sent = 0;
  for (const c of clients) {
    const t = createTranslator(isLocale(c.locale) ? c.locale : 'ru');
    const body = `${mass.body}\n\n— ${mass.display_name}`;
    const visit = latest.get(c.phone);
    if (deps.chat && visit) {
      const via = await deps.chat({
        booking: {id: visit.id, company_id: mass.company_id, client_id: visit.client_id},
        text: body,
        dedupeKey: `booking:mass:${mass.id}:${c.phone}`,
        notice: true,
        log: {kind: 'booking.mass', subject: {type: 'mass_notification', id: mass.id}, audienceMemberId: mass.member_id, recipientName: c.name},
      });
      if (via === 'opted-out') continue;
      if (via === 'queued') {
        sent++;
        continue;
      }
    }
    const out = await notify(
      deps.notify,
      mass.company_id,
      {type: 'client', name: c.name, email: c.email, phone: c.phone},
      {
        kind: 'booking.mass',
        dedupeKey: `booking:mass:${mass.id}:${c.phone}`,
        title: t('notify.mass.subject', {master: mass.display_name}),
        body,
        subject: {type: 'mass_notification', id: mass.id},
        audienceMemberId: mass.member_id,
      },
    );
    if (out.some((o) => o.status === 'delivered')) sent++;
  }
  await auditedTransaction(deps.pool, {actorId: null, via: 'system', action: 'booking.mass.sent'}, (client) =>
    client.query(`update mass_notification set status = 'sent', recipients = $2, sent_at = to_timestamp($3 / 1000.0) where id = $1`, [
      mass.id,
      sent,
      deps.clock.now(),
    ]),
  );
}

/** Reminders whose moment has come (for bookings made before that moment). */
async function scanReminders(deps: BookingJobDeps) {
  const now = deps.clock.now();
  const {rows} = await deps.pool.query<{id: string; company_id: string; starts_at: number; created_at: number; reminder_offsets: number[]}>(
    `select b.id, b.company_id, (extract(epoch from b.starts_at) * 1000)::bigint as starts_at,
            (extract(epoch from b.created_at) * 1000)::bigint as created_at, m.reminder_offsets
       from booking b join booking_master m on m.id = b.master_id
      where b.status = 'confirmed' and b.kind = 'visit' and ${moduleOnSql('booking', 'b.company_id')}
        and b.starts_at > to_timestamp($1 / 1000.0) and b.starts_at <= to_timestamp($1 / 1000.0) + interval '8 days'`,
    [now],
  );
  const sql = poolSql(deps.pool);
  for (const b of rows) {
    for (const offset of Array.isArray(b.reminder_offsets) ? b.reminder_offsets : []) {
      const due = b.starts_at - offset * 60_000;
      if (due > now || b.created_at >= due) continue;
      await enqueue(sql, deps.clock, {
        queue: 'booking.remind',
        companyId: b.company_id,
        payload: {bookingId: b.id, offset, startsAt: b.starts_at},
        dedupeKey: `booking:remind:${b.id}:${offset}:${b.starts_at}`,
      });
    }
  }
}

/** "How was it?" some time after the visit (within three days of it). */
async function scanReviews(deps: BookingJobDeps) {
  const now = deps.clock.now();
  const {rows} = await deps.pool.query<{id: string; company_id: string}>(
    `select b.id, b.company_id from booking b join booking_master m on m.id = b.master_id
      where b.status = 'confirmed' and b.kind = 'visit' and m.review_after_min is not null and ${moduleOnSql('booking', 'b.company_id')}
        and b.ends_at + make_interval(mins => m.review_after_min) <= to_timestamp($1 / 1000.0)
        and b.ends_at > to_timestamp($1 / 1000.0) - interval '3 days'
        and not exists (select 1 from review r where r.booking_id = b.id)`,
    [now],
  );
  const sql = poolSql(deps.pool);
  for (const b of rows)
    await enqueue(sql, deps.clock, {queue: 'booking.review', companyId: b.company_id, payload: {bookingId: b.id}, dedupeKey: `booking:review:${b.id}`});
}

async function scanMass(deps: BookingJobDeps) {
  const {rows} = await deps.pool.query<{id: string; company_id: string}>(
    `select id, company_id from mass_notification n where status = 'pending' and ${moduleOnSql('booking', 'n.company_id')}`,
  );
  const sql = poolSql(deps.pool);
  for (const m of rows)
    await enqueue(sql, deps.clock, {queue: 'booking.mass', companyId: m.company_id, payload: {id: m.id}, dedupeKey: `booking:mass:${m.id}`});
}

export function bookingJobs(deps: BookingJobDeps): JobModule {
  const scans: DueScan[] = [
    {name: 'booking.reminders', everyMs: 30_000, run: () => scanReminders(deps)},
    {name: 'booking.reviews', everyMs: 60_000, run: () => scanReviews(deps)},
    {name: 'booking.mass', everyMs: 30_000, run: () => scanMass(deps)},
  ];
  return {
    jobs: {
      'booking.event': (job) => onEvent(deps, job),
      'booking.remind': (job) => onRemind(deps, job),
      'booking.review': (job) => onReview(deps, job),
      'booking.mass': (job) => onMass(deps, job),
    },
    scans,
  };
}
