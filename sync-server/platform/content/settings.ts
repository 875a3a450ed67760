// Technical settings (issue 18): the environment is the source at start
// (config.ts); a value the platform administrator saves in the console
// (platform_setting) overrides it from then on. Read through a small cache so
// that a hot path (sign-up, a public form, the billing scan) does not query
// the table every time; a save in this process clears it at once.
import type pg from 'pg';
import {z} from 'zod';
import type {Config} from '../../config.ts';
import {RateLimiter} from '../../http/rate-limit.ts';

const localizedText = z.object({ru: z.string().trim().max(500), kk: z.string().trim().max(500), en: z.string().trim().max(500)});

/** Each setting: its row key, its rule, and its value when nothing was saved (from the environment where it has one). */
const SETTINGS = {
  signupOpen: {key: 'signup.open', schema: z.boolean(), fallback: (c: Config | null) => c?.signupOpen ?? true},
  publicSubmitsPer10Min: {
    key: 'limits.publicSubmitsPer10Min',
    schema: z.number().int().min(1).max(100_000),
    fallback: (c: Config | null) => c?.limits.publicSubmitsPer10Min ?? 10,
  },
  emailFrom: {key: 'email.from', schema: z.string().trim().min(3).max(200).nullable(), fallback: (c: Config | null) => c?.smtp?.from ?? null},
  logRetentionDays: {key: 'retention.logDays', schema: z.number().int().min(1).max(3650), fallback: () => 30},
  backupRetentionDays: {key: 'retention.backupDays', schema: z.number().int().min(1).max(3650), fallback: () => 14},
  /** A banner every signed-in member sees (GET /announcements); null = none. */
  maintenance: {key: 'maintenance', schema: localizedText.nullable(), fallback: (): {ru: string; kk: string; en: string} | null => null},
  /** The plan a new company gets (sign-up, an approved request without a plan chosen). */
  defaultPlan: {key: 'plans.default', schema: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/), fallback: () => 'free'},
  /** Days after paid_until before an unpaid company is suspended (the billing scan, plans/). */
  billingGraceDays: {key: 'billing.graceDays', schema: z.number().int().min(0).max(365), fallback: () => 7},
} as const;

export type SettingName = keyof typeof SETTINGS;
export type PlatformSettings = {[K in SettingName]: z.output<(typeof SETTINGS)[K]['schema']>};
export const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[];

/** The console's PUT body: any of the settings. */
export const settingsPatch = z
  .object(
    Object.fromEntries(SETTING_NAMES.map((n) => [n, SETTINGS[n].schema.optional()])) as {
      [K in SettingName]: z.ZodOptional<(typeof SETTINGS)[K]['schema']>;
    },
  )
  .strict();

export const settingsBody = z.object(
  Object.fromEntries(SETTING_NAMES.map((n) => [n, SETTINGS[n].schema])) as {[K in SettingName]: (typeof SETTINGS)[K]['schema']},
);

// The environment this process started with: set once by the platform's areas (routes, jobs) from their deps.
let config: Config | null = null;
export function useSettingsConfig(c: Config): void {
  config = c;
}

const CACHE_MS = 10_000;
let cache: {at: number; saved: Map<string, unknown>} | null = null;

async function savedRows(pool: pg.Pool | pg.PoolClient): Promise<Map<string, unknown>> {
  if (cache && Date.now() - cache.at < CACHE_MS) return cache.saved;
  const {rows} = await pool.query<{key: string; value: unknown}>('select key, value from platform_setting');
  cache = {at: Date.now(), saved: new Map(rows.map((r) => [r.key, r.value]))};
  return cache.saved;
}

function valueOf<K extends SettingName>(name: K, saved: Map<string, unknown>): PlatformSettings[K] {
  const def = SETTINGS[name];
  if (saved.has(def.key)) {
    // A value saved by an older version that no longer fits its rule counts as unset.
    const parsed = def.schema.safeParse(saved.get(def.key));
    if (parsed.success) return parsed.data as PlatformSettings[K];
  }
  return def.fallback(config) as PlatformSettings[K];
}

/** One setting, saved or its default; at most CACHE_MS old. For other areas: `platformSetting(pool, 'billingGraceDays')`. */
export async function platformSetting<K extends SettingName>(pool: pg.Pool | pg.PoolClient, name: K): Promise<PlatformSettings[K]> {
  return valueOf(name, await savedRows(pool));
}

/** The last known value without waiting (a rate limiter's limit): refreshes in the background when stale. */
export function platformSettingNow<K extends SettingName>(pool: pg.Pool, name: K): PlatformSettings[K] {
  if (!cache || Date.now() - cache.at >= CACHE_MS) void savedRows(pool).catch(() => {});
  return valueOf(name, cache?.saved ?? new Map());
}

export async function readSettings(pool: pg.Pool | pg.PoolClient): Promise<PlatformSettings> {
  const saved = await savedRows(pool);
  return Object.fromEntries(SETTING_NAMES.map((n) => [n, valueOf(n, saved)])) as PlatformSettings;
}

/** Saves what the patch names, in the caller's transaction; the cache is cleared (call `settingsChanged` after commit too). */
export async function saveSettings(client: pg.PoolClient, patch: Partial<PlatformSettings>, adminId: string): Promise<void> {
  for (const name of SETTING_NAMES) {
    if (!(name in patch) || patch[name] === undefined) continue;
    await client.query(
      `insert into platform_setting (key, value, updated_by) values ($1, $2, $3)
       on conflict (key) do update set value = excluded.value, updated_by = excluded.updated_by, updated_at = now()`,
      [SETTINGS[name].key, JSON.stringify(patch[name]), adminId],
    );
  }
  cache = null;
}

export function settingsChanged(): void {
  cache = null;
}

/** The public forms' per-address limit (request, booking, review, connect): the console's setting, read at each submit. */
export function publicSubmitLimiter(d: {pool: pg.Pool; config: Config}): RateLimiter {
  useSettingsConfig(d.config);
  return new RateLimiter(() => platformSettingNow(d.pool, 'publicSubmitsPer10Min'), 10 * 60_000);
}
