// The notification machinery of this process, made once at start-up.
import type pg from 'pg';
import type {Clock} from '../clock.ts';
import type {Config} from '../config.ts';
import {smtpSender} from './email.ts';
import type {NotifyDeps} from './notifier.ts';
import {vapidKeys, type VapidKeys} from './push.ts';

export function createNotifyDeps(pool: pg.Pool, config: Pick<Config, 'smtp' | 'vapid'>, clock: Clock): NotifyDeps {
  let keys: Promise<VapidKeys> | undefined;
  return {
    pool,
    clock,
    email: config.smtp ? smtpSender(config.smtp) : null,
    vapid: () => {
      keys ??= vapidKeys(pool, config.vapid).catch((e) => {
        keys = undefined;
        throw e;
      });
      return keys;
    },
  };
}
