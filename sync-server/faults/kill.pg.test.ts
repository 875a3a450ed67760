// kill -9 under load, the short version of `npm run bench -- faults` (which
// adds zero-cache, Zero clients and the public form, and times recovery):
// the whole API process dies while devices write with Idempotency-Keys; the
// next start on the same data folder ends the PostgreSQL it left behind, each
// device's outbox retries its unanswered write with the same key at once (not
// after a two-minute wait), and every acknowledged write is stored exactly once.
// Then PostgreSQL alone is killed: the supervisor starts it again by itself.
import {randomUUID} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {describe, expect, it} from 'vitest';
import {Client} from '../testing/http.ts';
import {startStack, type TestStack} from '../testing/stack.ts';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const pgPid = (dataDir: string) => Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Pending = {key: string; text: string};

/** A device's outbox: one keyed write at a time; what it was sending when the server died stays pending. */
async function device(base: string, cookie: string, name: string, until: {killed: boolean}, acked: string[]): Promise<Pending | undefined> {
  for (let i = 0; ; i++) {
    const w = {key: randomUUID(), text: `kill:${name}:${i}`};
    try {
      const res = await fetch(`${base}/api/v1/requests`, {
        method: 'POST',
        headers: {'content-type': 'application/json', cookie, 'idempotency-key': w.key},
        body: JSON.stringify({text: w.text, clientPhone: '+77011234567'}),
      });
      await res.text();
      if (res.status !== 201) return w;
      acked.push(w.text);
    } catch {
      return w;
    }
    if (until.killed) return undefined;
  }
}

async function send(base: string, cookie: string, w: Pending): Promise<number> {
  const res = await fetch(`${base}/api/v1/requests`, {
    method: 'POST',
    headers: {'content-type': 'application/json', cookie, 'idempotency-key': w.key},
    body: JSON.stringify({text: w.text, clientPhone: '+77011234567'}),
  });
  await res.text();
  return res.status;
}

describe('kill -9 while devices write', () => {
  it('loses and doubles nothing when the API process or PostgreSQL dies', {timeout: 90_000}, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dot-kill-'));
    fs.chmodSync(dataDir, 0o755);
    let second: TestStack | undefined;
    const first = await startStack({dataDir, sync: false});
    try {
      const owner = new Client(first.baseUrl);
      const email = `kill.${Date.now()}@example.kz`;
      expect((await owner.post('/api/v1/auth/signup', {companyName: 'Сбой', name: 'O', email, password: 'password1'})).status).toBe(201);
      const acked: string[] = [];
      const until = {killed: false};
      const devices = ['a', 'b', 'c', 'd'].map((n) => device(first.baseUrl, owner.cookie, n, until, acked));
      await sleep(1500);
      const oldPg = pgPid(dataDir);
      const exited = new Promise((r) => first.child.once('exit', r));
      until.killed = true;
      first.child.kill('SIGKILL');
      await exited;
      const pending = (await Promise.all(devices)).filter((w): w is Pending => !!w);
      expect(acked.length).toBeGreaterThan(4);
      // A crash leaves the database running, re-parented: the next start must cope.
      expect(alive(oldPg)).toBe(true);

      second = await startStack({dataDir, sync: false});
      expect(alive(oldPg)).toBe(false);
      const t0 = Date.now();
      for (const w of pending) {
        expect(await send(second.baseUrl, owner.cookie, w)).toBe(201);
        acked.push(w.text);
      }
      // Retried at once: an answer the dead process never gave no longer holds the key for minutes.
      expect(Date.now() - t0).toBeLessThan(10_000);

      // PostgreSQL alone dies: the supervisor brings it back on the same data, and the outbox gets through.
      const pgBefore = pgPid(dataDir);
      process.kill(pgBefore, 'SIGKILL');
      const w = {key: randomUUID(), text: 'kill:after-pg'};
      const deadline = Date.now() + 25_000;
      let status = 0;
      while (Date.now() < deadline && status !== 201) {
        status = await send(second.baseUrl, owner.cookie, w).catch(() => 0);
        if (status !== 201) await sleep(250);
      }
      expect(status).toBe(201);
      acked.push(w.text);
      expect(pgPid(dataDir)).not.toBe(pgBefore);
      expect(second.output()).toMatch(/PostgreSQL stopped unexpectedly/);

      const db = new pg.Client({connectionString: second.pgUrl});
      await db.connect();
      const {rows} = await db.query<{text: string; n: number}>(`select text, count(*)::int as n from request where text like 'kill:%' group by text`);
      await db.end();
      const stored = new Map(rows.map((r) => [r.text, r.n]));
      expect(acked.filter((t) => stored.get(t) !== 1)).toEqual([]);
      expect(rows.filter((r) => r.n > 1)).toEqual([]);
    } finally {
      await second?.stop();
      if (first.child.exitCode === null && first.child.signalCode === null) await first.stop();
      fs.rmSync(dataDir, {recursive: true, force: true});
    }
  });
});
