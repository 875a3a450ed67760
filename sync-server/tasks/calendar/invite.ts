// Meeting invitations by email with an .ics attachment (RFC 5546): the job
// 'meeting.invite' {meetingId, sequence, method}, enqueued by the meeting's
// writes. REQUEST goes to every participant but the organizer — members at
// their account's address, outside guests at theirs; someone taken off the
// meeting gets a CANCEL; a cancelled meeting sends CANCEL to all. A job for an
// older SEQUENCE than the meeting's is superseded (the newer one sends). Each
// (meeting, sequence, address) is sent once: the notifier's dedupe key, so a
// job run again never sends twice.
import type pg from 'pg';
import {isLocale, type Locale} from '#shared/i18n/locales.ts';
import type {Clock} from '../../clock.ts';
import {enqueue, type JobRow, type Sql} from '../../jobs/queue.ts';
import {notify, type NotifyDeps, type Recipient} from '../../notify/notifier.ts';
import type {IcsPerson} from '../../public/booking/ics.ts';
import {inviteIcs, inviteText, type InviteKind, type InviteMeeting} from './invite-text.ts';

export type InvitePayload = {meetingId: string; sequence: number; method: 'REQUEST' | 'CANCEL'};

/** In the write's transaction (the lead's effect, or calendarEffects). */
export function enqueueInvite(sql: Sql, clock: Clock, companyId: string, p: InvitePayload): Promise<boolean> {
  return enqueue(sql, clock, {queue: 'meeting.invite', companyId, payload: p, dedupeKey: `meeting.invite:${p.meetingId}:${p.sequence}:${p.method}`});
}

export type InviteDeps = {
  pool: pg.Pool;
  clock: Clock;
  notify: NotifyDeps;
  /** DOT_MAIL_FROM: the organizer of a meeting whose organizer left. */ mailFrom?: string;
};

type Guest = {key: string; email: string; name: string; memberId: string | null; locale: Locale};

async function loadMeeting(pool: pg.Pool, id: string) {
  const {rows} = await pool.query<{
    id: string;
    company_id: string;
    topic: string;
    starts_at: Date;
    ends_at: Date;
    place: string;
    link: string;
    purpose: string;
    agenda: string;
    state: string;
    sequence: number;
    organizer_id: string | null;
    timezone: string;
    company_locale: string;
    org_name: string | null;
    org_email: string | null;
  }>(
    `select m.id, m.company_id, m.topic, m.starts_at, m.ends_at, m.place, m.link, m.purpose, m.agenda, m.state, m.sequence, m.organizer_id,
            c.timezone, c.locale as company_locale, o.name as org_name, o.email as org_email
       from meeting m join company c on c.id = m.company_id left join member o on o.id = m.organizer_id
      where m.id = $1 and c.status = 'active'`,
    [id],
  );
  return rows[0];
}

async function guestsOf(pool: pg.Pool, meetingId: string, companyLocale: Locale): Promise<Guest[]> {
  const {rows} = await pool.query<{
    member_id: string | null;
    email: string;
    name: string;
    m_name: string | null;
    m_email: string | null;
    active: boolean | null;
    locale: string | null;
  }>(
    `select p.member_id, p.email, p.name, mb.name as m_name, mb.email as m_email, mb.active, u.locale
       from meeting_participant p left join member mb on mb.id = p.member_id left join app_user u on u.id = mb.user_id
      where p.meeting_id = $1 order by p.created_at, p.id`,
    [meetingId],
  );
  return rows
    .filter((r) => !r.member_id || r.active)
    .map((r) => ({
      key: r.member_id ?? `@${r.email}`,
      email: (r.member_id ? (r.m_email ?? '') : r.email).toLowerCase(),
      name: (r.member_id ? r.m_name : r.name) || '',
      memberId: r.member_id,
      locale: isLocale(r.locale) ? r.locale : companyLocale,
    }))
    .filter((g) => g.email);
}

/** Who got this meeting's invitations, and whether a cancellation followed the last one. */
async function invitedBefore(pool: pg.Pool, companyId: string, meetingId: string) {
  const {rows} = await pool.query<{recipient: string; name: string; invited: Date | null; cancelled: Date | null}>(
    `select lower(recipient) as recipient, max(recipient_name) as name,
            max(created_at) filter (where kind = 'meeting.invite') as invited, max(created_at) filter (where kind = 'meeting.cancel') as cancelled
       from notification
      where company_id = $1 and subject_type = 'meeting' and subject_id = $2 and channel = 'email' and status in ('delivered', 'unknown')
      group by lower(recipient)`,
    [companyId, meetingId],
  );
  return rows;
}

const fromAddress = (from: string | undefined) => /<([^>]+)>/.exec(from ?? '')?.[1] ?? (from?.includes('@') ? from.trim() : 'no-reply@dot.local');

export function inviteJob(deps: InviteDeps) {
  return async (job: JobRow): Promise<void> => {
    const p = job.payload as InvitePayload;
    const m = await loadMeeting(deps.pool, p.meetingId);
    // Gone, changed again since (the newer job sends), over, or a stale REQUEST of a cancelled meeting.
    if (!m || m.sequence !== p.sequence || m.ends_at.getTime() < deps.clock.now()) return;
    if (p.method === 'REQUEST' && m.state === 'cancelled') return;
    const companyLocale: Locale = isLocale(m.company_locale) ? m.company_locale : 'ru';
    const organizer: IcsPerson = m.org_email ? {email: m.org_email, name: m.org_name ?? ''} : {email: fromAddress(deps.mailFrom), name: ''};
    const meeting: InviteMeeting = {...m, starts_at: m.starts_at.getTime(), ends_at: m.ends_at.getTime(), organizer};
    const guests = (await guestsOf(deps.pool, m.id, companyLocale)).filter((g) => g.memberId !== m.organizer_id && g.email !== organizer.email.toLowerCase());
    const before = await invitedBefore(deps.pool, m.company_id, m.id);
    const attendees = guests.map((g) => ({email: g.email, name: g.name}));
    const now = deps.clock.now();

    const send = async (g: Pick<Guest, 'email' | 'name' | 'memberId' | 'locale'>, kind: InviteKind) => {
      const method = kind === 'invite' || kind === 'update' ? 'REQUEST' : 'CANCEL';
      const {title, body} = inviteText(meeting, kind, g.locale);
      const recipient: Recipient = g.memberId ? {type: 'member', memberId: g.memberId} : {type: 'client', name: g.name || g.email, email: g.email};
      await notify(deps.notify, m.company_id, recipient, {
        kind: method === 'REQUEST' ? 'meeting.invite' : 'meeting.cancel',
        dedupeKey: `meeting.${method === 'REQUEST' ? 'invite' : 'cancel'}:${m.id}:${m.sequence}:${g.email}`,
        title,
        body,
        subject: {type: 'meeting', id: m.id},
        audienceMemberId: m.organizer_id,
        ics: {filename: 'invite.ics', content: inviteIcs(meeting, method, method === 'CANCEL' && kind === 'removed' ? [g] : attendees, now), method},
        channels: ['email'],
      });
    };

    if (p.method === 'CANCEL') {
      for (const g of guests) await send(g, 'cancel');
      return;
    }
    const seen = new Map(before.map((b) => [b.recipient, b]));
    for (const g of guests) {
      const b = seen.get(g.email);
      await send(g, b?.invited && !(b.cancelled && b.cancelled >= b.invited) ? 'update' : 'invite');
    }
    const current = new Set(guests.map((g) => g.email));
    for (const b of before) {
      if (current.has(b.recipient) || !b.invited || (b.cancelled && b.cancelled >= b.invited)) continue;
      await send({email: b.recipient, name: b.name, memberId: null, locale: companyLocale}, 'removed');
    }
  };
}
