// Every setting dot reads from the environment, in one place (README lists them).
import path from 'node:path';
import {isTotpSecret} from './platform/admins/totp.ts';

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  /** External PostgreSQL; when absent an embedded one is started under dataDir. */
  databaseUrl: string | undefined;
  pgPort: number;
  zeroPort: number;
  /** The address people use to reach dot (links in invites, QR codes). */
  publicUrl: string | undefined;
  clientDist: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Test-only switches (a controllable clock, stack controls). Never set in production. */
  testMode: boolean;
  /** Whether to start zero-cache (off for REST-only tools). */
  startSync: boolean;
  /** Many machines (docs/operations/scaling.md): view-syncers elsewhere (DOT_SYNC=external, DOT_SYNC_URL) and the key they call us with (DOT_ZERO_API_KEY). */
  cluster: {sync: 'on' | 'off' | 'external'; syncUrls: string[]; zeroApiKey: string | undefined};
  /** Open sign-up (DOT_SIGNUP=closed: every company comes through /connect); the console's setting overrides it. */
  signupOpen: boolean;
  /** Largest accepted upload. */
  maxUploadBytes: number;
  /** A company's own import (issue 19): the largest archive accepted, read in memory. */
  companyImport: {maxBytes: number};
  /** S3-compatible file storage; local disk under dataDir when absent. */
  s3: {endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string} | undefined;
  /** Abuse limits per client address. */
  limits: {signupsPerHour: number; loginsPerMinute: number; loginFailuresPerAddress: number; publicSubmitsPer10Min: number};
  /** Outgoing email (nodemailer); off when DOT_SMTP_URL is unset. */
  smtp: {url: string; from: string} | undefined;
  /** Web push: VAPID keys from the environment, else generated once and kept in the database. */
  vapid: {publicKey: string | undefined; privateKey: string | undefined; subject: string};
  /** The job worker (reminders, notifications, due scans); off only for tools. */
  jobs: {on: boolean; tickMs: number};
  /** The first platform administrator (issue 18): made on start when no administrator has this email. */
  platformAdmin: {email: string; password: string; totpSecret: string} | undefined;
  /** Backups (issue 19): nightly at `at` (server time UTC+5) unless off, kept keepDays, in dir or S3. */
  backup: {on: boolean; at: string; keepDays: number; dir: string; s3: (NonNullable<Config['s3']> & {prefix: string}) | undefined};
  /** Google Calendar (two-way sync a person connects): where the APIs live (tests point them at a local server), and the OAuth client. */
  google: {apiRoot: string; oauthRoot: string; clientId: string; clientSecret: string};
  /** Logs and metrics (docs/operations/observing.md): DOT_LOG_FORMAT json|text (json unless a terminal), DOT_METRICS_TOKEN. */
  observe: {logFormat: 'json' | 'text' | undefined; metricsToken: string | undefined};
  /** Messengers: where each API lives (tests point them at local servers), and the platform's shared bots (none when unset). */
  messengers: {
    roots: {telegram: string; whatsapp: string; vk: string};
    shared: {
      telegram: {token: string; webhookSecret: string; username: string} | undefined;
      whatsapp: {phoneNumberId: string; token: string; appSecret: string; verifyToken: string; displayNumber: string; template: string} | undefined;
      vk: {groupId: string; token: string; secret: string; confirmation: string; screenName: string} | undefined;
    };
  };
};

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, max = 65535): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > max) {
    throw new ConfigError(`${name}=${raw} must be a whole number from 0 to ${max}.`);
  }
  return n;
}

export class ConfigError extends Error {}

function s3FromEnv(env: NodeJS.ProcessEnv): Config['s3'] {
  if (env.DOT_STORAGE !== 's3') return undefined;
  const need = (name: string) => {
    const v = env[name];
    if (!v) throw new ConfigError(`DOT_STORAGE=s3 needs ${name}.`);
    return v;
  };
  return {
    endpoint: need('DOT_S3_ENDPOINT'),
    bucket: need('DOT_S3_BUCKET'),
    region: env.DOT_S3_REGION || 'us-east-1',
    accessKeyId: need('DOT_S3_ACCESS_KEY_ID'),
    secretAccessKey: need('DOT_S3_SECRET_ACCESS_KEY'),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const port = intFromEnv(env, 'PORT', 3000);
  const logLevel = (env.DOT_LOG_LEVEL ?? 'info') as Config['logLevel'];
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel)) {
    throw new ConfigError(`DOT_LOG_LEVEL=${logLevel} must be one of debug, info, warn, error.`);
  }
  const cluster = clusterFromEnv(env);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(cwd, env.DOT_DATA_DIR ?? '.data'),
    databaseUrl: env.DATABASE_URL || undefined,
    pgPort: intFromEnv(env, 'DOT_PG_PORT', 54329),
    zeroPort: intFromEnv(env, 'DOT_ZERO_PORT', 4848),
    publicUrl: env.DOT_PUBLIC_URL?.replace(/\/+$/, '') || undefined,
    clientDist: path.resolve(cwd, env.DOT_CLIENT_DIST ?? 'client/dist'),
    logLevel,
    testMode: env.DOT_TEST_MODE === '1',
    startSync: cluster.sync === 'on',
    cluster,
    signupOpen: env.DOT_SIGNUP !== 'closed',
    maxUploadBytes: intFromEnv(env, 'DOT_MAX_UPLOAD_MB', 25, 2048) * 1024 * 1024,
    companyImport: companyImportFromEnv(env),
    s3: s3FromEnv(env),
    smtp: env.DOT_SMTP_URL ? {url: env.DOT_SMTP_URL, from: env.DOT_MAIL_FROM || 'dot <no-reply@dot.local>'} : undefined,
    vapid: {
      publicKey: env.DOT_VAPID_PUBLIC_KEY || undefined,
      privateKey: env.DOT_VAPID_PRIVATE_KEY || undefined,
      subject: env.DOT_VAPID_SUBJECT || 'mailto:no-reply@dot.local',
    },
    jobs: {on: env.DOT_JOBS !== 'off', tickMs: intFromEnv(env, 'DOT_JOBS_TICK_MS', 2000, 3_600_000)},
    messengers: messengersFromEnv(env),
    observe: observeFromEnv(env),
    platformAdmin: platformAdminFromEnv(env),
    backup: backupFromEnv(env, path.resolve(cwd, env.DOT_DATA_DIR ?? '.data'), cwd),
    google: {
      apiRoot: (env.DOT_GOOGLE_API_ROOT?.trim() || 'https://www.googleapis.com').replace(/\/+$/, ''),
      oauthRoot: (env.DOT_GOOGLE_OAUTH_ROOT?.trim() || 'https://oauth2.googleapis.com').replace(/\/+$/, ''),
      clientId: env.DOT_GOOGLE_CLIENT_ID?.trim() ?? '',
      clientSecret: env.DOT_GOOGLE_CLIENT_SECRET?.trim() ?? '',
    },
    limits: {
      signupsPerHour: intFromEnv(env, 'DOT_LIMIT_SIGNUPS_PER_HOUR', 10, 1e9),
      loginsPerMinute: intFromEnv(env, 'DOT_LIMIT_LOGINS_PER_MINUTE', 10, 1e9),
      loginFailuresPerAddress: intFromEnv(env, 'DOT_LIMIT_LOGIN_FAILURES', 10, 1e9),
      publicSubmitsPer10Min: intFromEnv(env, 'DOT_LIMIT_PUBLIC_SUBMITS', 10, 1e9),
    },
  };
}

function platformAdminFromEnv(env: NodeJS.ProcessEnv): Config['platformAdmin'] {
  const names = ['DOT_PLATFORM_ADMIN_EMAIL', 'DOT_PLATFORM_ADMIN_PASSWORD', 'DOT_PLATFORM_ADMIN_TOTP_SECRET'] as const;
  const [email, password, totpSecret] = names.map((n) => env[n]?.trim() ?? '');
  if (!email && !password && !totpSecret) return undefined;
  const missing = names.filter((n) => !env[n]?.trim());
  if (missing.length) throw new ConfigError(`${missing.join(' and ')} must be set too: the first platform administrator needs all three.`);
  if (password!.length < 10) throw new ConfigError('DOT_PLATFORM_ADMIN_PASSWORD must be at least 10 characters.');
  if (!isTotpSecret(totpSecret!)) throw new ConfigError('DOT_PLATFORM_ADMIN_TOTP_SECRET must be base32 (A–Z, 2–7), at least 16 characters.');
  return {email: email!, password: password!, totpSecret: totpSecret!.toUpperCase()};
}

function messengersFromEnv(env: NodeJS.ProcessEnv): Config['messengers'] {
  const e = (name: string) => env[name]?.trim() ?? '';
  return {
    roots: {
      telegram: e('DOT_TELEGRAM_API_ROOT') || 'https://api.telegram.org',
      whatsapp: e('DOT_WHATSAPP_API_ROOT') || 'https://graph.facebook.com/v25.0',
      vk: e('DOT_VK_API_ROOT') || 'https://api.vk.com/method',
    },
    shared: {
      telegram: e('DOT_SHARED_TELEGRAM_TOKEN')
        ? {token: e('DOT_SHARED_TELEGRAM_TOKEN'), webhookSecret: e('DOT_SHARED_TELEGRAM_SECRET'), username: e('DOT_SHARED_TELEGRAM_USERNAME')}
        : undefined,
      whatsapp: e('DOT_SHARED_WHATSAPP_TOKEN')
        ? {
            phoneNumberId: e('DOT_SHARED_WHATSAPP_PHONE_ID'),
            token: e('DOT_SHARED_WHATSAPP_TOKEN'),
            appSecret: e('DOT_SHARED_WHATSAPP_APP_SECRET'),
            verifyToken: e('DOT_SHARED_WHATSAPP_VERIFY_TOKEN'),
            displayNumber: e('DOT_SHARED_WHATSAPP_NUMBER'),
            template: e('DOT_SHARED_WHATSAPP_TEMPLATE'),
          }
        : undefined,
      vk: e('DOT_SHARED_VK_TOKEN')
        ? {
            groupId: e('DOT_SHARED_VK_GROUP_ID'),
            token: e('DOT_SHARED_VK_TOKEN'),
            secret: e('DOT_SHARED_VK_SECRET'),
            confirmation: e('DOT_SHARED_VK_CONFIRMATION'),
            screenName: e('DOT_SHARED_VK_SCREEN_NAME'),
          }
        : undefined,
    },
  };
}

function observeFromEnv(env: NodeJS.ProcessEnv): Config['observe'] {
  const logFormat = env.DOT_LOG_FORMAT?.trim() || undefined;
  if (logFormat !== undefined && logFormat !== 'json' && logFormat !== 'text') throw new ConfigError(`DOT_LOG_FORMAT=${logFormat} must be json or text.`);
  return {logFormat, metricsToken: env.DOT_METRICS_TOKEN?.trim() || undefined};
}

function clusterFromEnv(env: NodeJS.ProcessEnv): Config['cluster'] {
  const syncUrls = (env.DOT_SYNC_URL ?? '')
    .split(',')
    .map((u) => u.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  const sync = env.DOT_SYNC === 'off' ? 'off' : env.DOT_SYNC === 'external' || syncUrls.length ? 'external' : 'on';
  if (env.DOT_SYNC && !['on', 'off', 'external'].includes(env.DOT_SYNC)) throw new ConfigError(`DOT_SYNC=${env.DOT_SYNC} must be on, off or external.`);
  if (sync === 'external' && !syncUrls.length)
    throw new ConfigError('DOT_SYNC=external needs DOT_SYNC_URL (the view-syncers, e.g. http://vs1:4848,http://vs2:4848).');
  for (const u of syncUrls) if (!/^https?:\/\/[^/]+$/.test(u)) throw new ConfigError(`DOT_SYNC_URL: ${u} must look like http://host:port.`);
  const zeroApiKey = env.DOT_ZERO_API_KEY || undefined;
  if (zeroApiKey && !/^[A-Za-z0-9_]{16,}$/.test(zeroApiKey))
    throw new ConfigError('DOT_ZERO_API_KEY must be at least 16 letters, digits or "_" (e.g. openssl rand -hex 24).');
  if (sync === 'external' && !zeroApiKey) throw new ConfigError('DOT_SYNC=external needs DOT_ZERO_API_KEY, the same on every API process and zero-cache node.');
  return {sync, syncUrls, zeroApiKey};
}

function companyImportFromEnv(env: NodeJS.ProcessEnv): Config['companyImport'] {
  return {maxBytes: intFromEnv(env, 'DOT_IMPORT_MAX_MB', 512, 4096) * 1024 * 1024};
}

function backupFromEnv(env: NodeJS.ProcessEnv, dataDir: string, cwd: string): Config['backup'] {
  const at = env.DOT_BACKUP_AT?.trim() || '03:00';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(at)) throw new ConfigError(`DOT_BACKUP_AT=${at} must be a time of day like 03:00 (server time, UTC+5).`);
  const s3 = env.DOT_BACKUP_S3_BUCKET
    ? s3FromEnv({
        ...env,
        DOT_STORAGE: 's3',
        ...Object.fromEntries(
          Object.entries(env)
            .filter(([k]) => k.startsWith('DOT_BACKUP_S3_'))
            .map(([k, v]) => [k.replace('DOT_BACKUP_S3_', 'DOT_S3_'), v]),
        ),
      })
    : undefined;
  return {
    on: env.DOT_BACKUP !== 'off',
    at,
    keepDays: intFromEnv(env, 'DOT_BACKUP_KEEP_DAYS', 14, 3650),
    dir: env.DOT_BACKUP_DIR ? path.resolve(cwd, env.DOT_BACKUP_DIR) : path.join(dataDir, 'backups'),
    s3: s3 && {...s3, prefix: env.DOT_BACKUP_S3_PREFIX?.trim() ?? ''},
  };
}
