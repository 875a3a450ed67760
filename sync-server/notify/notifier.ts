// The one way anything tells a person something: notify(recipient, message).
// A recipient is a member (in-app on their devices, web push, email) or a
// client (email; a client's messenger chat goes through messaging/notices.ts).
// A member who linked their Telegram gets it there too (messaging/staff.ts). Every send is a row of `notification` — delivered, failed, or
// skipped and why — which the master (audience) sees in their log.
//
// Never twice: each (purpose, channel) has a dedupe key; the row is written
// as "sending" and committed before the send, so a job run again after a
// crash finds it and does not send again (it marks it "unknown" instead).
// A send that failed for sure may be tried again by the job's retry.
import type pg from 'pg';
import {uuidv7} from 'uuidv7';
import type {Notice} from '#shared/i18n/notice.ts';
import type {Clock} from '../clock.ts';
import {log} from '../log.ts';
import type {EmailIcs, EmailSender, SendResult} from './email.ts';
import {isPushServiceEndpoint} from './push-endpoints.ts';
import {sendPush, type PushSubscriptionRow, type VapidKeys} from './push.ts';

export type Channel = 'email' | 'inapp' | 'push' | 'telegram';

export type Recipient = {type: 'member'; memberId: string} | {type: 'client'; name: string; email?: string | undefined; phone?: string | undefined};

export type Message = {
  /** What it is about, for the log: "booking.reminder", "request.sla", … */
  kind: string;
  /** One message per purpose: "reminder:<booking>:<offset>:<start>". The channel is added. */
  dedupeKey: string;
  title: string;
  body: string;
  /** The same as message keys, for a member's devices to say in their reader's language (title and body are in the recipient's). */
  notice?: Notice;
  url?: string;
  subject?: {type: string; id: string};
  /** Whose log shows it (the master's member id). */
  audienceMemberId?: string | null;
  /** A calendar file for email (the booking's .ics, a meeting's invitation). */
  ics?: EmailIcs;
  /** Which channels to use; default: members in-app + push, clients email. */
  channels?: readonly Channel[];
};

export type NotifyDeps = {
  pool: pg.Pool;
  clock: Clock;
  email: EmailSender | null;
  vapid: () => Promise<VapidKeys>;
  /** A member's own Telegram, once they linked it (messaging/staff.ts plugs it in when the messaging module starts). */
  memberTelegram?: {
    linked(memberId: string): Promise<boolean>;
    send(memberId: string, text: string, key: string, conversationId?: string): Promise<SendResult | {skipped: string}>;
  };
};

export type Outcome = {channel: Channel; status: 'delivered' | 'failed' | 'skipped' | 'unknown' | 'duplicate'; error?: string};

type Row = {id: string; status: string};

async function claimRow(
  deps: NotifyDeps,
  companyId: string,
  channel: Channel,
  recipient: Recipient,
  to: {address: string; name: string; memberId: string | null},
  m: Message,
): Promise<Row | 'duplicate' | 'interrupted'> {
  const key = `${m.dedupeKey}:${channel}`;
  const inserted = await deps.pool.query<Row>(
    `insert into notification (id, company_id, kind, channel, recipient_type, member_id, recipient, recipient_name, audience_member_id,
                               subject_type, subject_id, title, body, message, url, status, dedupe_key, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $17::jsonb, $14, 'sending', $15, to_timestamp($16 / 1000.0))
     on conflict (company_id, dedupe_key) do nothing returning id, status`,
    [
      uuidv7(),
      companyId,
      m.kind,
      channel,
      recipient.type,
      to.memberId,
      to.address,
      to.name,
      m.audienceMemberId ?? null,
      m.subject?.type ?? '',
      m.subject?.id ?? '',
      m.title,
      m.body,
      m.url ?? '',
      key,
      deps.clock.now(),
      m.notice ? JSON.stringify(m.notice) : null,
    ],
  );
  if (inserted.rows[0]) return inserted.rows[0];
  // Tried before: again only if it failed for sure; a send cut in the middle is never repeated.
  const retry = await deps.pool.query<Row>(
    `update notification set status = 'sending', error = '' where company_id = $1 and dedupe_key = $2 and status = 'failed' returning id, status`,
    [companyId, key],
  );
  if (retry.rows[0]) return retry.rows[0];
  const interrupted = await deps.pool.query(
    `update notification set status = 'unknown', error = 'interrupted while sending; not sent again' where company_id = $1 and dedupe_key = $2 and status = 'sending'`,
    [companyId, key],
  );
  return (interrupted.rowCount ?? 0) > 0 ? 'interrupted' : 'duplicate';
}

async function finish(deps: NotifyDeps, id: string, status: 'delivered' | 'failed' | 'skipped', error = ''): Promise<void> {
  await deps.pool.query(`update notification set status = $2, error = $3, sent_at = to_timestamp($4 / 1000.0) where id = $1`, [
    id,
    status,
    error.slice(0, 500),
    deps.clock.now(),
  ]);
}

async function memberOf(pool: pg.Pool, companyId: string, memberId: string) {
  const {rows} = await pool.query<{name: string; email: string; active: boolean}>('select name, email, active from member where id = $1 and company_id = $2', [
    memberId,
    companyId,
  ]);
  return rows[0];
}

export async function notify(deps: NotifyDeps, companyId: string, recipient: Recipient, m: Message): Promise<Outcome[]> {
  const channels: readonly Channel[] =
    m.channels ??
    (recipient.type === 'member'
      ? [...(['inapp', 'push'] as const), ...(deps.memberTelegram && (await deps.memberTelegram.linked(recipient.memberId)) ? (['telegram'] as const) : [])]
      : (['email'] as const));
  const member = recipient.type === 'member' ? await memberOf(deps.pool, companyId, recipient.memberId) : undefined;
  if (recipient.type === 'member' && (!member || !member.active)) return [];
  const name = recipient.type === 'member' ? member!.name : recipient.name;
  const memberId = recipient.type === 'member' ? recipient.memberId : null;
  const outcomes: Outcome[] = [];
  for (const channel of channels) {
    const address =
      channel === 'email'
        ? recipient.type === 'member'
          ? member!.email
          : (recipient.email ?? '')
        : channel === 'push'
          ? 'web push'
          : channel === 'telegram'
            ? 'Telegram'
            : name;
    const row = await claimRow(deps, companyId, channel, recipient, {address, name, memberId}, m);
    if (row === 'duplicate' || row === 'interrupted') {
      outcomes.push({channel, status: row === 'duplicate' ? 'duplicate' : 'unknown'});
      continue;
    }
    let result: SendResult | {skipped: string};
    if (channel === 'inapp') result = {ok: true, id: row.id};
    else if (channel === 'email') {
      if (!address) result = {skipped: 'no email address'};
      else if (!deps.email) result = {skipped: 'email is not configured (DOT_SMTP_URL)'};
      else result = await deps.email({to: address, subject: m.title, text: m.body, ics: m.ics});
    } else if (channel === 'telegram') {
      if (!memberId || !deps.memberTelegram) result = {skipped: 'Telegram goes to members who linked it'};
      else result = await deps.memberTelegram.send(memberId, `${m.title}\n${m.body}`, row.id, m.subject?.type === 'conversation' ? m.subject.id : undefined);
    } else {
      result = await pushToMember(deps, companyId, memberId, {title: m.title, body: m.body, url: m.url ?? '/', tag: m.dedupeKey});
    }
    if ('skipped' in result) {
      await finish(deps, row.id, 'skipped', result.skipped);
      outcomes.push({channel, status: 'skipped', error: result.skipped});
    } else if (result.ok) {
      await finish(deps, row.id, 'delivered');
      outcomes.push({channel, status: 'delivered'});
    } else {
      await finish(deps, row.id, 'failed', result.error);
      log.warn('notify', `${m.kind} by ${channel} failed: ${result.error}`);
      outcomes.push({channel, status: 'failed', error: result.error});
    }
  }
  return outcomes;
}

/** Every browser of the member that accepted push; delivered if any got it. */
async function pushToMember(
  deps: NotifyDeps,
  companyId: string,
  memberId: string | null,
  payload: {title: string; body: string; url: string; tag: string},
): Promise<SendResult | {skipped: string}> {
  if (!memberId) return {skipped: 'push goes to members only'};
  const all = (
    await deps.pool.query<PushSubscriptionRow>('select id, endpoint, p256dh, auth from push_subscription where company_id = $1 and member_id = $2', [
      companyId,
      memberId,
    ])
  ).rows;
  // Registered before endpoints were checked: never sent to (push-endpoints.ts).
  const rows = all.filter((s) => isPushServiceEndpoint(s.endpoint));
  if (!rows.length) return {skipped: 'no device has turned on push'};
  const keys = await deps.vapid();
  const results = await Promise.all(rows.map((s) => sendPush(s, payload, keys)));
  const gone = rows.filter((_, i) => results[i]!.gone).map((s) => s.id);
  if (gone.length) await deps.pool.query('delete from push_subscription where id = any($1)', [gone]);
  if (results.some((r) => r.ok)) return {ok: true, id: `${results.filter((r) => r.ok).length}/${rows.length}`};
  return {ok: false, error: results.map((r) => (r.ok ? '' : r.error)).join('; ')};
}
