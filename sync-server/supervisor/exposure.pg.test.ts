// What a stranger on the shop's network can reach, and what one bad packet can
// break: a stack listening on every interface, as `npm start` does by default.
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {isLoopback, listeners} from '../testing/listening.ts';
import {upgradeThenBadFrame} from '../testing/raw-socket.ts';
import {startStack, waitFor, type TestStack} from '../testing/stack.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack({host: '0.0.0.0'});
});
afterAll(() => stack?.stop());

const health = async () => (await (await fetch(`${stack.baseUrl}/healthz`)).json()) as {sync: {state: string; restarts: number; lastExit?: unknown}};

describe('only the web port is reachable from outside the machine', () => {
  it('zero-cache, its change stream and PostgreSQL listen on loopback only', () => {
    const all = listeners(stack.child.pid!);
    // The stack really is up: the web port, zero-cache's two ports and PostgreSQL.
    const ports = new Set(all.map((l) => l.port));
    expect(ports).toContain(stack.port);
    expect(ports).toContain(stack.zeroPort);
    expect(ports).toContain(stack.zeroPort + 1);
    expect(ports).toContain(Number(new URL(stack.pgUrl).port));
    const exposed = all.filter((l) => !isLoopback(l.address)).map((l) => `${l.proto} ${l.address}:${l.port} (${l.command.slice(0, 60)})`);
    expect(exposed).toEqual([`tcp 0.0.0.0:${stack.port} (${all.find((l) => l.port === stack.port && !isLoopback(l.address))!.command.slice(0, 60)})`]);
  });
});

describe('one bad packet does not stop sync', () => {
  it('answers a WebSocket upgrade that is not a Zero client with a 4xx, and zero-cache never sees it', async () => {
    const pidBefore = listeners(stack.child.pid!).find((l) => l.port === stack.zeroPort)!.pid;
    expect(await upgradeThenBadFrame(stack.port, '/zero/anything')).toMatch(/^HTTP\/1\.1 404/);
    expect(await upgradeThenBadFrame(stack.port, '/zero/sync/v51/connect?clientID=a&clientGroupID=b&ts=1&lmid=0')).toMatch(/^HTTP\/1\.1 400/);
    expect(await upgradeThenBadFrame(stack.port, '/zero/replication/v6/changes?id=x&replicaVersion=00&watermark=00&initial=true')).toMatch(/^HTTP\/1\.1 404/);
    expect(await upgradeThenBadFrame(stack.port, '/api/v1/requests')).toMatch(/^HTTP\/1\.1 404/);
    expect((await fetch(`${stack.baseUrl}/zero/statz`)).status).toBe(404);
    // A handshake shaped like Zero's (it is let through), then the bad frame:
    // it meets our end of the WebSocket, never zero-cache's.
    const odd = encodeURIComponent(Buffer.from(JSON.stringify({initConnectionMessage: 5, authToken: 7})).toString('base64'));
    for (let i = 0; i < 3; i++) {
      expect(
        await upgradeThenBadFrame(stack.port, '/zero/sync/v51/connect?clientID=a&clientGroupID=b&ts=1&lmid=0', [`Sec-WebSocket-Protocol: ${odd}`]),
      ).toMatch(/^HTTP\/1\.1 101/);
    }
    await new Promise((r) => setTimeout(r, 1000));
    expect((await health()).sync).toMatchObject({state: 'ready', restarts: 0});
    expect(listeners(stack.child.pid!).find((l) => l.port === stack.zeroPort)!.pid).toBe(pidBefore);
  });

  it('brings zero-cache back by itself when it dies anyway, and says so in /healthz', async () => {
    // However it dies (a crash, the OOM killer): killed outright, its workers
    // orphaned and still holding the ports, the supervisor must clear them and
    // start it again.
    const pid = Number(fs.readFileSync(path.join(stack.dataDir, 'zero', 'zero-cache.pid'), 'utf8'));
    process.kill(pid, 'SIGKILL');
    await expect.poll(async () => (await health()).sync.restarts, {timeout: 15_000, interval: 200}).toBe(1);
    expect((await health()).sync.lastExit).toMatchObject({signal: 'SIGKILL'});
    await waitFor(`${stack.baseUrl}/healthz?ready=sync`, 60_000);
    expect((await health()).sync).toMatchObject({state: 'ready', restarts: 1});
    const again = Number(fs.readFileSync(path.join(stack.dataDir, 'zero', 'zero-cache.pid'), 'utf8'));
    expect(again).not.toBe(pid);
    // Still only on loopback after the restart.
    expect(
      listeners(stack.child.pid!)
        .filter((l) => !isLoopback(l.address))
        .map((l) => l.port),
    ).toEqual([stack.port]);
  });
});
