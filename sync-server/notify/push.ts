// Web push (RFC 8030/8291/8292) with VAPID, through web-push. The key pair is
// generated once and kept in server_key, unless DOT_VAPID_PUBLIC_KEY and
// DOT_VAPID_PRIVATE_KEY are set. A subscription the push service says is gone
// (404/410) is deleted.
import type https from 'node:https';
import type pg from 'pg';
import webpush from 'web-push';
import {serverKey} from './keys.ts';
import type {SendResult} from './email.ts';

export type VapidKeys = {publicKey: string; privateKey: string; subject: string};
export type PushSubscriptionRow = {id: string; endpoint: string; p256dh: string; auth: string};
export type PushPayload = {title: string; body: string; url: string; tag?: string};

export async function vapidKeys(pool: pg.Pool, env: {publicKey?: string | undefined; privateKey?: string | undefined; subject: string}): Promise<VapidKeys> {
  if (env.publicKey && env.privateKey) return {publicKey: env.publicKey, privateKey: env.privateKey, subject: env.subject};
  const pair = JSON.parse(await serverKey(pool, 'vapid', () => JSON.stringify(webpush.generateVAPIDKeys()))) as {publicKey: string; privateKey: string};
  return {...pair, subject: env.subject};
}

/** `agent`: tests trust their local push endpoint's certificate with it (push services are HTTPS). */
export async function sendPush(
  sub: PushSubscriptionRow,
  payload: PushPayload,
  keys: VapidKeys,
  opts: {agent?: https.Agent} = {},
): Promise<SendResult & {gone?: boolean}> {
  try {
    const res = await webpush.sendNotification({endpoint: sub.endpoint, keys: {p256dh: sub.p256dh, auth: sub.auth}}, JSON.stringify(payload), {
      TTL: 24 * 3600,
      urgency: 'normal',
      vapidDetails: {subject: keys.subject, publicKey: keys.publicKey, privateKey: keys.privateKey},
      timeout: 10_000,
      ...(opts.agent && {agent: opts.agent}),
      ...(payload.tag && {topic: payload.tag.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 32)}),
    });
    return {ok: true, id: String(res.headers.location ?? res.statusCode)};
  } catch (e) {
    const status = (e as {statusCode?: number}).statusCode;
    return {ok: false, error: `${status ?? ''} ${(e as Error).message}`.trim(), gone: status === 404 || status === 410};
  }
}
