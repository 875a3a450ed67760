// zero-cache must not outlive a dot process killed with -9: its preload ends it.
import {spawn} from 'node:child_process';
import path from 'node:path';
import {expect, it} from 'vitest';

const PRELOAD = path.join(import.meta.dirname, 'die-with-parent.cjs');
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

it('a child started with die-with-parent ends soon after its parent is killed with -9', {timeout: 15_000}, async () => {
  // The "parent" starts a long-lived child (as dot starts zero-cache) and prints its pid.
  const script = `const c = require('node:child_process').spawn(process.execPath, ['--require', ${JSON.stringify(PRELOAD)}, '-e', 'setInterval(() => {}, 1000)'], {stdio: 'ignore'}); console.log(c.pid); setInterval(() => {}, 1000);`;
  const parent = spawn(process.execPath, ['-e', script], {stdio: ['ignore', 'pipe', 'inherit']});
  const childPid = await new Promise<number>((resolve) => parent.stdout.once('data', (d: Buffer) => resolve(Number(String(d).trim()))));
  await new Promise((r) => setTimeout(r, 1200));
  expect(alive(childPid)).toBe(true);
  parent.kill('SIGKILL');
  const deadline = Date.now() + 5000;
  while (alive(childPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const survived = alive(childPid);
  if (survived) process.kill(childPid, 'SIGKILL');
  expect(survived).toBe(false);
});
