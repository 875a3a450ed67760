// `npm run admin -- <command>`: the platform's administrators from the command
// line (issue 18). It reads the same settings as `npm start` (DATABASE_URL, or
// the embedded database under DOT_DATA_DIR on DOT_PG_PORT): while dot runs it
// uses that running database; when dot is stopped it starts the embedded
// database for the command and stops it again.
//
//   create <email> [--name N]   a new administrator: prints a generated password and the TOTP secret
//   list                        every administrator
//   disable <email>             no more sign-in; open console sessions end
//   reset-totp <email>          a new TOTP secret (a lost phone); open console sessions end
import pg from 'pg';
import {ConfigError, loadConfig, type Config} from '#server/config.ts';
import {createPool} from '#server/db/pool.ts';
import {migrate} from '#server/db/migrate.ts';
import {setLogLevel} from '#server/log.ts';
import {AdminError, createAdmin, disableAdmin, listAdmins, resetAdminTotp} from '#server/platform/admins/accounts.ts';
import {otpauthUrl} from '#server/platform/admins/totp.ts';
import {embeddedUrl, startDatabase} from '#server/supervisor/postgres.ts';
import {StartupError} from '#server/supervisor/startup-error.ts';

const USAGE = `Usage: npm run admin -- <command>
  create <email> [--name "Name"]   make a platform administrator (prints a password and a TOTP secret)
  list                             list platform administrators
  disable <email>                  switch an administrator off (their console sessions end)
  reset-totp <email>               give an administrator a new TOTP secret (their console sessions end)
`;

const out = (text: string) => process.stdout.write(`${text}\n`);

/** The database `npm start` uses: DATABASE_URL, the running embedded one, or the embedded one started for this command. */
async function openDatabase(config: Config): Promise<{pool: pg.Pool; close(): Promise<void>}> {
  let url = config.databaseUrl;
  let stop = async () => {};
  if (!url) {
    const running = embeddedUrl(config.pgPort);
    const probe = new pg.Client({connectionString: running, connectionTimeoutMillis: 3000});
    try {
      await probe.connect();
      url = running;
    } catch (e) {
      if ((e as {code?: string}).code !== 'ECONNREFUSED') throw e;
      const db = await startDatabase({dataDir: config.dataDir, pgPort: config.pgPort});
      url = db.url;
      stop = () => db.stop();
    } finally {
      await probe.end().catch(() => {});
    }
  }
  const pool = createPool(url, 2);
  // A database dot has not started on yet gets its tables first (the same migrations, once).
  await migrate(pool);
  return {
    pool,
    async close() {
      await pool.end();
      await stop();
    },
  };
}

function secretLines(email: string, secret: string): string[] {
  return [`TOTP secret: ${secret}`, `Add it to an authenticator app, or open: ${otpauthUrl(secret, email)}`];
}

async function run(args: string[], pool: pg.Pool): Promise<number> {
  const [command, email] = args;
  if (command === 'list') {
    const admins = await listAdmins(pool);
    if (!admins.length) out('No platform administrators yet: npm run admin -- create <email>');
    for (const a of admins) {
      const last = a.lastSignInAt ? new Date(a.lastSignInAt).toISOString() : 'never';
      out(`${a.email}\t${a.name || '-'}\t${a.active ? 'active' : 'disabled'}\tlast sign-in: ${last}`);
    }
    return 0;
  }
  if (!email) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (command === 'create') {
    const nameAt = args.indexOf('--name');
    const name = nameAt > 0 ? args[nameAt + 1] : undefined;
    const made = await createAdmin(pool, {email, name, via: 'cli'});
    out(`Created the platform administrator ${made.email}.`);
    out(`Password (shown once): ${made.password}`);
    for (const line of secretLines(made.email, made.totpSecret)) out(line);
    out('Sign in at /console with the email, the password and the 6-digit code from the app.');
    return 0;
  }
  if (command === 'disable') {
    if (!(await disableAdmin(pool, email))) throw new AdminError(`No platform administrator has the email ${email}.`);
    out(`${email} is disabled; their console sessions have ended.`);
    return 0;
  }
  if (command === 'reset-totp') {
    const secret = await resetAdminTotp(pool, email);
    if (!secret) throw new AdminError(`No platform administrator has the email ${email}.`);
    out(`${email} has a new TOTP secret; the old one no longer works and their console sessions have ended.`);
    for (const line of secretLines(email, secret)) out(line);
    return 0;
  }
  process.stderr.write(USAGE);
  return 2;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (!args.length || args[0] === 'help' || args[0] === '--help') {
    process.stdout.write(USAGE);
    return;
  }
  let code = 1;
  try {
    const config = loadConfig();
    setLogLevel('warn');
    const db = await openDatabase(config);
    try {
      code = await run(args, db.pool);
    } finally {
      await db.close();
    }
  } catch (e) {
    const known = e instanceof AdminError || e instanceof ConfigError || e instanceof StartupError;
    process.stderr.write(`admin: ${known ? (e as Error).message : `failed: ${(e as Error).stack ?? e}`}\n`);
  }
  process.exit(code);
}

void main();
