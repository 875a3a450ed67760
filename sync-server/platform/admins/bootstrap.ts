// The first platform administrator from the environment (DOT_PLATFORM_ADMIN_*):
// made on start when no administrator has that email, and left alone after —
// the environment never overwrites a password or secret changed since.
import type pg from 'pg';
import type {Config} from '../../config.ts';
import {log} from '../../log.ts';
import {createAdmin} from './accounts.ts';

export async function ensureEnvAdmin(pool: pg.Pool, config: Pick<Config, 'platformAdmin'>): Promise<'created' | 'exists' | 'off'> {
  const wanted = config.platformAdmin;
  if (!wanted) return 'off';
  const {rowCount} = await pool.query('select 1 from platform_admin where lower(email) = lower($1)', [wanted.email]);
  if (rowCount) return 'exists';
  await createAdmin(pool, {email: wanted.email, password: wanted.password, totpSecret: wanted.totpSecret, via: 'env'});
  // Never the password or the secret: logs are read by more people than the console.
  log.info('platform', `created the platform administrator ${wanted.email} (DOT_PLATFORM_ADMIN_EMAIL)`);
  return 'created';
}
