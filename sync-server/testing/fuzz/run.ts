// The fuzz run: every route of the OpenAPI document and of the public route
// list, `perTarget` cases each, one request at a time so each refusal can be
// checked for what it left behind. Passing means: no 5xx; every 4xx in the
// documented shape (JSON {error:{code,message}} on the API, an HTML page in
// the visitor's language on public pages) and the caller's language; a
// refused write left company A's row counts as they were; company B (whose
// ids A keeps trying) gained no row and no audited change and never answered
// A with a 2xx; and the server still answers at the end.
import fc from 'fast-check';
import {apiTargets, caseOf, publicTargets, type Case} from './cases.ts';
import {makeWorld, type World} from './world.ts';

export type FuzzReport = {seed: number; requests: number; byStatus: Record<number, number>; failures: string[]; ms: number};

// Rows a refusal may write by design, or that change by themselves: not "half-saved" input.
const VOLATILE: Record<string, string> = {
  refused_op: 'a refused keyed write is recorded, so the device learns the refusal (zero/execute.ts)',
  site_stat: 'page views are counted after the answer, asynchronously',
  session: 'signing in makes a session',
  job: 'the job worker works through its queue by itself',
  notification: 'the job worker delivers notifications by itself',
};

// Rows counted only in part: the job worker's own audit rows (via 'system') come by themselves, any time
// (other test files move the server's clock, making reminders due). Every other write to a company's rows
// leaves an audit row, so counting those catches an update as well as an insert.
const COUNTED: Record<string, string> = {audit_log: "and via <> 'system'"};

const REQUEST_NOT_FOUND = /^(Заявка не найдена|Өтінім табылмады|Request not found)/;
const CYRILLIC = /[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/;

/** One query counting a company's rows in every table that has them (not the volatile ones). */
async function countsQuery(world: World): Promise<string> {
  const {rows} = await world.db.query<{t: string}>(
    `select table_name as t from information_schema.columns where table_schema = 'public' and column_name = 'company_id' order by 1`,
  );
  const tables = rows.map((r) => r.t).filter((t) => !(t in VOLATILE));
  return `select ${tables.map((t) => `(select count(*) from "${t}" where company_id = $1 ${COUNTED[t] ?? ''})::int as "${t}"`).join(', ')}`;
}

function differences(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(after)
    .filter((k) => before[k] !== after[k])
    .map((k) => `${k}: ${before[k]} → ${after[k]}`);
}

async function send(world: World, c: Case): Promise<{status: number; type: string; text: string}> {
  const res = await fetch(world.base + c.path, {
    method: c.target.method,
    redirect: 'manual',
    headers: {...c.headers, ...(c.as === 'owner' && {cookie: world.a.owner.cookie})},
    ...(c.body && {body: new Uint8Array(c.body)}),
  });
  return {status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text()};
}

/** What is wrong with one answer, or []. */
function shapeProblems(c: Case, r: {status: number; type: string; text: string}): string[] {
  if (r.status >= 500) return [`${r.status}: ${r.text.slice(0, 200)}`];
  if (r.status < 400 || r.status === 429) return [];
  // Node's parser refuses an address over 16 KB before the headers (and so the language) are read.
  const languageKnown = r.status !== 431;
  if (c.target.kind === 'api') {
    let body: any;
    try {
      body = JSON.parse(r.text);
    } catch {
      return [`${r.status} is not JSON (${r.type})`];
    }
    const message = body?.error?.message;
    if (typeof body?.error?.code !== 'string' || typeof message !== 'string' || !message)
      return [`${r.status} is not {error:{code,message}}: ${r.text.slice(0, 200)}`];
    const spoken = c.locale === 'en' ? /^[A-Za-z]/.test(message) && !CYRILLIC.test(message.slice(0, 20)) : CYRILLIC.test(message);
    if (!spoken && languageKnown) return [`${r.status} message not in ${c.locale}: ${message.slice(0, 120)}`];
    // A 404 names what was not found: only a route about requests may say "request not found".
    if (r.status === 404 && REQUEST_NOT_FOUND.test(message) && !c.target.template.includes('/requests')) return [`404 names a request: ${message}`];
    return [];
  }
  if (!r.type.startsWith('text/html')) return [`${r.status} on a public page is ${r.type || 'untyped'}, not HTML`];
  const lang = /<html lang="(\w+)"/.exec(r.text)?.[1];
  return lang ? [] : [`${r.status} page has no language`];
}

export async function fuzz(opts: {base: string; pgUrl: string; perTarget: number; seed?: number}): Promise<FuzzReport> {
  const started = performance.now();
  const seed = opts.seed ?? Date.now();
  const world = await makeWorld(opts.base, opts.pgUrl);
  const report: FuzzReport = {seed, requests: 0, byStatus: {}, failures: [], ms: 0};
  try {
    const doc = await (await fetch(`${opts.base}/api/v1/openapi.json`)).json();
    const routes = (await (await fetch(`${opts.base}/__test/routes`)).json()).public;
    const targets = [...apiTargets(doc), ...publicTargets(routes)];
    const q = await countsQuery(world);
    const counts = async (id: string) => (await world.db.query(q, [id])).rows[0] as Record<string, unknown>;
    const theirs = await counts(world.b.companyId);
    let theirIds = world.b.recordIds.map(encodeURIComponent);
    const fail = (c: Case, problem: string) =>
      report.failures.push(`${c.target.method} ${c.path.slice(0, 160)} [${c.label}, ${c.locale}, ${c.as}]: ${problem}`);

    let n = 0;
    for (const target of targets) {
      const cases = fc.sample(caseOf(target, world, doc), {seed: seed + n++, numRuns: opts.perTarget});
      for (const c of cases) {
        const write = c.target.method !== 'GET';
        const before = write ? await counts(world.a.companyId) : undefined;
        const r = await send(world, c);
        report.requests++;
        report.byStatus[r.status] = (report.byStatus[r.status] ?? 0) + 1;
        for (const p of shapeProblems(c, r)) fail(c, p);
        // (A PUT names the record it creates: B's ids there are caught by B's fingerprint below.)
        if (r.status < 300 && c.target.method !== 'PUT' && theirIds.some((t) => c.path.split(/[/?&=]/).includes(t)))
          fail(c, `${r.status}: another company's record answered`);
        // Whatever was asked, no answer to A carries B's records (their rows all hold B's company id), unless
        // A sent that id itself (a category A made under an id it chose is echoed back).
        const sent = c.path + (c.body?.toString('utf8') ?? '');
        if (c.target.kind === 'api' && r.text.includes(world.b.companyId) && !sent.includes(world.b.companyId))
          fail(c, `${r.status}: the answer carries company B's data`);
        if (before && r.status >= 400 && r.status < 500) {
          const changed = differences(before, await counts(world.a.companyId));
          if (changed.length) fail(c, `refused with ${r.status} but rows changed: ${changed.join(', ')}`);
        }
        // Signed out (a fuzzed logout) or locked out: sign in again so later cases reach the routes.
        // A write that made a record under one of B's ids (in its path or body) made it A's own: ids are the
        // caller's to choose, and B's record stayed B's (its counts say so at the end).
        if (r.status < 300 && write) {
          theirIds = theirIds.filter((t) => !sent.includes(t));
        }
        if (r.status === 401 && c.as === 'owner') await world.a.owner.post('/api/v1/auth/login', {email: world.a.email, password: world.password});
      }
    }
    const changed = differences(theirs, await counts(world.b.companyId));
    if (changed.length) report.failures.push(`company B changed: ${changed.join(', ')}`);
    // Still serving: health, and a valid write by B (untouched by the run, whatever A's settings became).
    const health = await fetch(`${opts.base}/healthz`);
    if (!health.ok) report.failures.push(`after the run /healthz answers ${health.status}`);
    const created = await world.b.owner.post('/api/v1/requests', {clientPhone: '+77011112233', text: 'После фаззинга'});
    if (created.status !== 201) report.failures.push(`after the run a valid request is answered ${created.status}`);
  } finally {
    await world.db.end();
  }
  report.ms = Math.round(performance.now() - started);
  return report;
}
