// `npm start` as a user meets it: clear one-line refusals, a clean Ctrl-C that
// takes every child down, and data that is still there on the next start.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {Client} from '../testing/http.ts';
import {ROOT, startStack} from '../testing/stack.ts';
import {freePort} from './ports.ts';

function runSupervisor(env: NodeJS.ProcessEnv): Promise<{code: number | null; stdout: string; stderr: string}> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dot-sv-'));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'sync-server/main.ts')], {
      cwd: ROOT,
      env: {...process.env, DOT_DATA_DIR: dataDir, ...env},
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => {
      fs.rmSync(dataDir, {recursive: true, force: true});
      resolve({code, stdout, stderr});
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the supervisor', () => {
  it('refuses a busy port with one line saying what to do', async () => {
    const blocker = net.createServer().listen(0, '0.0.0.0');
    await new Promise((r) => blocker.once('listening', r));
    const port = (blocker.address() as net.AddressInfo).port;
    const {code, stderr} = await runSupervisor({PORT: String(port), DOT_SYNC: 'off'});
    blocker.close();
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(`dot: Port ${port} (the web app) is already in use. Stop the program using it, or start dot with PORT=<another port>.`);
  });

  it('explains an unreachable DATABASE_URL in one line, without a stack trace', async () => {
    const deadPort = await freePort();
    const {code, stderr} = await runSupervisor({
      PORT: String(await freePort()),
      DATABASE_URL: `postgres://dot:secret@127.0.0.1:${deadPort}/dot`,
      DOT_SYNC: 'off',
    });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      `dot: Cannot reach PostgreSQL at 127.0.0.1:${deadPort} (connection refused). Is it running? Check DATABASE_URL, or unset it to use the embedded database.`,
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('stops every child on Ctrl-C and keeps the data for the next start', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dot-restart-'));
    fs.chmodSync(dataDir, 0o755);
    const first = await startStack({dataDir});
    const owner = new Client(first.baseUrl);
    const signup = await owner.post('/api/v1/auth/signup', {
      companyName: 'Переживёт перезапуск',
      name: 'O',
      email: `restart.${Date.now()}@example.kz`,
      password: 'password1',
    });
    expect(signup.status).toBe(201);
    await owner.post('/api/v1/requests', {clientPhone: '+77011234567', text: 'до перезапуска'});

    const zeroPid = Number(fs.readFileSync(path.join(dataDir, 'zero', 'zero-cache.pid'), 'utf8'));
    const pgPid = Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(alive(zeroPid) && alive(pgPid)).toBe(true);

    const exited = new Promise<number | null>((r) => first.child.once('exit', (code) => r(code)));
    first.child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(alive(zeroPid)).toBe(false);
    expect(alive(pgPid)).toBe(false);
    expect(first.output()).not.toMatch(/Error|\n\s+at /);

    const second = await startStack({dataDir});
    try {
      const again = new Client(second.baseUrl);
      again.cookie = owner.cookie;
      const list = await again.get('/api/v1/requests');
      expect(list.status).toBe(200);
      expect(list.body.data.map((r: {text: string}) => r.text)).toEqual(['до перезапуска']);
    } finally {
      await second.stop();
      fs.rmSync(dataDir, {recursive: true, force: true});
    }
  });
});
