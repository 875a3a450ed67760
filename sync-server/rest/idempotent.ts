// Every REST write sent with an Idempotency-Key answers every repeat of that
// key with its first answer, and runs once: a retry after a lost answer, a
// double tap, or N copies racing at once. The first copy claims the key (an
// insert that only one can win) and runs; the others wait for its answer. A
// write that was refused (4xx/5xx) releases the key, so a corrected retry
// runs — only a success is remembered (as Stripe does). The same key with a
// different method, path or body is a client bug, answered 422.
// Keys are per member of a company: one caller's key never answers another.
// An answer may carry a secret (a new API key, an invitation link), and a
// secret is stored only hashed (notes/security.md): the row holds a hash of
// the key, and the answer encrypted with a key derived from the Idempotency-Key
// itself, so only a caller who presents that key again can read it.
// rest/idempotency.ts still makes the key the write's op id, so POST
// /ops/status and the executor's applied_op know it too.
import {createHash} from 'node:crypto';
import {open, seal} from '../db/sealed.ts';
import type express from 'express';
import type pg from 'pg';
import type {MemberContext} from '#shared/auth/context.ts';
import {HttpError} from '../http/refusal.ts';

/** A write's answer; `streamed` when the handler wrote the response itself (nothing to remember). */
export type Answer = {status: number; body?: unknown; streamed?: boolean};

const WAIT_STEP_MS = 25;
const WAIT_MAX_MS = 60_000;
const KEEP = "interval '1 day'";
/** Longer than any write runs (WAIT_MAX_MS is one minute): a claim this old without an answer was abandoned. */
const ABANDONED = "interval '2 minutes'";
let claims = 0;

export function idempotencyKey(req: express.Request): string | undefined {
  const key = req.get('idempotency-key');
  if (key === undefined) return undefined;
  if (key.length === 0 || key.length > 255) throw new HttpError(400, 'bad_idempotency_key', 'http.keyInvalid');
  return key;
}

function fingerprintOf(req: express.Request): string {
  return createHash('sha256')
    .update(`${req.method} ${req.originalUrl}\n${JSON.stringify(req.body ?? null)}`)
    .digest('hex');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const sha256 = (s: string) => createHash('sha256').update(s).digest();

/** Runs `write` once per key; every repeat answers what the first run answered. */
export async function idempotent(pool: pg.Pool, req: express.Request, ctx: MemberContext, key: string, write: () => Promise<Answer>): Promise<Answer> {
  const fingerprint = fingerprintOf(req);
  const id = [ctx.companyID, ctx.memberID, sha256(`dot-idempotency\u0000${key}`).toString('hex')];
  const secret = sha256(`dot-answer\u0000${ctx.companyID}\u0000${ctx.memberID}\u0000${key}`);
  const deadline = Date.now() + WAIT_MAX_MS;
  for (;;) {
    const claimed = await pool.query(
      `insert into idempotent_answer (company_id, scope, key, fingerprint, claimed_pid, claimed_since)
       select $1, $2, $3, $4, pid, backend_start from pg_stat_activity where pid = pg_backend_pid()
       on conflict do nothing returning 1`,
      [...id, fingerprint],
    );
    if (claimed.rowCount) {
      if (++claims % 200 === 0) void pool.query(`delete from idempotent_answer where created_at < now() - ${KEEP}`).catch(() => {});
      return run(pool, id, secret, write);
    }
    const {rows} = await pool.query<{fingerprint: string; status: number | null; body: string | null; abandoned: boolean}>(
      `select fingerprint, status, body,
              status is null and (created_at < now() - ${ABANDONED} or (claimed_pid is not null and not exists
                (select 1 from pg_stat_activity a where a.pid = claimed_pid and a.backend_start = claimed_since))) as abandoned
         from idempotent_answer where company_id = $1 and scope = $2 and key = $3`,
      id,
    );
    const row = rows[0];
    // The first copy never answered (the process died mid-write: its database session is gone, see 0945, or it is
    // two minutes old): release the key rather than refuse it for a day. A derived write carries the key as its op
    // id, so if it did commit, running it again changes nothing.
    if (row?.abandoned) {
      await pool.query(`delete from idempotent_answer where company_id = $1 and scope = $2 and key = $3 and status is null`, id);
      continue;
    }
    if (row && row.fingerprint !== fingerprint) throw new HttpError(422, 'idempotency_key_reused', 'http.keyReused');
    if (row?.status != null) return {status: row.status, ...(row.body !== null && {body: JSON.parse(open(secret, row.body))})};
    // Still running (or just released by a refusal: the loop claims it again).
    if (Date.now() > deadline) throw new HttpError(409, 'idempotency_key_busy', 'http.keyBusy');
    if (row) await sleep(WAIT_STEP_MS);
  }
}

async function run(pool: pg.Pool, id: string[], secret: Buffer, write: () => Promise<Answer>): Promise<Answer> {
  let answer: Answer;
  try {
    answer = await write();
  } catch (e) {
    await pool.query(`delete from idempotent_answer where company_id = $1 and scope = $2 and key = $3`, id);
    throw e;
  }
  if (answer.status >= 200 && answer.status < 300 && !answer.streamed) {
    await pool.query(`update idempotent_answer set status = $4, body = $5 where company_id = $1 and scope = $2 and key = $3`, [
      ...id,
      answer.status,
      answer.body === undefined ? null : seal(secret, JSON.stringify(answer.body)),
    ]);
  } else {
    await pool.query(`delete from idempotent_answer where company_id = $1 and scope = $2 and key = $3`, id);
  }
  return answer;
}
