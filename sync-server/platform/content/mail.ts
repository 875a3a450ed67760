// The platform's own emails (an approved request's invitation, a decline, the
// console's test message): through the configured SMTP server (DOT_SMTP_URL),
// from the sender the console set (emailFrom), else the environment's.
import type pg from 'pg';
import type {Config} from '../../config.ts';
import {smtpSender, type EmailMessage, type SendResult} from '../../notify/email.ts';
import {platformSetting} from './settings.ts';

/** What a send did: sent, or why not ("off": no SMTP server configured). */
export type PlatformMailResult = SendResult | {ok: false; error: 'off'};

export async function sendPlatformMail(deps: {pool: pg.Pool; config: Config}, message: EmailMessage): Promise<PlatformMailResult> {
  const smtp = deps.config.smtp;
  if (!smtp) return {ok: false, error: 'off'};
  const from = (await platformSetting(deps.pool, 'emailFrom')) ?? smtp.from;
  return smtpSender({url: smtp.url, from})(message);
}
