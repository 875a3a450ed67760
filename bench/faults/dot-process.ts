// One `npm start` the fault bench can kill outright and start again on the same
// data folder and the same ports (devices keep their address, as a phone does).
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {ROOT, waitFor} from '#server/testing/stack.ts';

export type DotPorts = {port: number; pgPort: number; zeroPort: number};

export class DotProcess {
  child: ChildProcess | undefined;
  out = '';
  killing = false;
  /** Everything dot printed, across restarts (kept after the run for a post-mortem). */
  get logFile() {
    return `${this.dataDir}.log`;
  }
  constructor(
    readonly dataDir: string,
    readonly ports: DotPorts,
    readonly env: NodeJS.ProcessEnv = {},
  ) {}

  get baseUrl() {
    return `http://127.0.0.1:${this.ports.port}`;
  }
  get pgUrl() {
    return `postgres://postgres:dot-local@127.0.0.1:${this.ports.pgPort}/postgres`;
  }

  /** Starts dot; resolves once the API answers (and sync too when `sync`). */
  async start(opts: {sync?: boolean; timeoutMs?: number} = {}): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'sync-server/main.ts')], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(this.ports.port),
        HOST: '127.0.0.1',
        DOT_PG_PORT: String(this.ports.pgPort),
        DOT_ZERO_PORT: String(this.ports.zeroPort),
        DOT_DATA_DIR: this.dataDir,
        DOT_TEST_MODE: '1',
        DOT_LOG_LEVEL: 'warn',
        DOT_LIMIT_SIGNUPS_PER_HOUR: '100000',
        DOT_LIMIT_LOGINS_PER_MINUTE: '100000',
        DOT_LIMIT_PUBLIC_SUBMITS: '1000000',
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.killing = false;
    const log = (d: Buffer) => {
      this.out += d;
      fs.appendFileSync(this.logFile, d);
    };
    child.stdout?.on('data', log);
    child.stderr?.on('data', log);
    child.once('exit', (code, signal) => {
      if (this.child === child && !this.killing) console.log(`!! dot exited by itself (${signal ?? code}); its log: ${this.logFile}`);
    });
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', (c) => reject(new Error(`dot exited (${c}) while starting:\n${this.out.slice(-3000)}`))),
    );
    exited.catch(() => {});
    await Promise.race([waitFor(`${this.baseUrl}/healthz${opts.sync === false ? '' : '?ready=sync'}`, opts.timeoutMs ?? 420_000), exited]);
  }

  /** kill -9 of the API process (the whole `npm start`); its children are left as a real crash leaves them. */
  killApi(): void {
    this.killing = true;
    this.child?.kill('SIGKILL');
  }

  zeroCachePid(): number {
    return Number(fs.readFileSync(path.join(this.dataDir, 'zero', 'zero-cache.pid'), 'utf8'));
  }

  postgresPid(): number {
    return Number(fs.readFileSync(path.join(this.dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    this.killing = true;
    child.kill('SIGTERM');
    const t = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(t);
  }
}
