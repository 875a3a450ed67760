// The pieces of the cluster that need no database: the round-robin proxy
// spreads requests and WebSocket connections over its backends and passes the
// client's address on; an API process with external view-syncers sends each
// new sync socket to the next one that answers, and only to those; the
// settings refuse a half-configured cluster with a message naming the setting.
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterEach, describe, expect, it} from 'vitest';
import WebSocket, {WebSocketServer} from 'ws';
import {loadConfig, ConfigError} from '../config.ts';
import {roleEnv} from '../supervisor/zero-cache.ts';
import {startRoundRobinProxy} from './proxy.ts';
import {watchRemoteSync} from './remote-sync.ts';

const closers: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

/** A backend that answers its name and the X-Forwarded-For it saw, over HTTP and WebSocket; `ok` decides its "/" answer. */
async function backend(name: string, ok = true): Promise<number> {
  const server = http.createServer((req, res) => {
    if (req.url === '/') return void res.writeHead(ok ? 200 : 503).end(ok ? 'OK' : 'starting');
    res.end(JSON.stringify({name, xff: req.headers['x-forwarded-for']}));
  });
  const wss = new WebSocketServer({server});
  wss.on('connection', (ws, req) => ws.send(JSON.stringify({name, xff: req.headers['x-forwarded-for']})));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(() => new Promise((r) => (wss.close(), server.closeAllConnections(), server.close(r))));
  return (server.address() as AddressInfo).port;
}

const firstMessage = (url: string) =>
  new Promise<{name: string; xff: string}>((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('message', (d) => (resolve(JSON.parse(String(d))), ws.close()));
    ws.once('error', reject);
  });

describe('round-robin proxy', () => {
  it('gives requests and sync sockets to each backend in turn, with the client address', async () => {
    const ports = [await backend('api-1'), await backend('api-2')];
    const proxy = await startRoundRobinProxy(ports.map((port) => ({host: '127.0.0.1', port})));
    closers.push(() => proxy.close());
    const base = `http://127.0.0.1:${proxy.port}`;
    const names = [];
    for (let i = 0; i < 4; i++) names.push(((await (await fetch(`${base}/api/x`)).json()) as {name: string}).name);
    expect(names).toEqual(['api-1', 'api-2', 'api-1', 'api-2']);
    const sockets = [await firstMessage(`ws://127.0.0.1:${proxy.port}/zero/sync`), await firstMessage(`ws://127.0.0.1:${proxy.port}/zero/sync`)];
    expect(sockets.map((s) => s.name)).toEqual(['api-1', 'api-2']);
    expect(sockets[0]!.xff).toBe('127.0.0.1');
    expect(proxy.counts).toEqual({http: [2, 2], ws: [1, 1]});
  });
});

describe('external view-syncers', () => {
  it('sends new sync sockets only to view-syncers that answer OK, in turn, and says ready while one does', async () => {
    const up1 = await backend('vs-1');
    const down = await backend('vs-down', false);
    const up2 = await backend('vs-2');
    const remote = watchRemoteSync([`http://127.0.0.1:${up1}`, `http://127.0.0.1:${down}`, `http://127.0.0.1:${up2}`], 50);
    closers.push(() => remote.stop());
    await expect.poll(() => remote.status().state).toBe('ready');
    await new Promise((r) => setTimeout(r, 150));
    const picks = Array.from({length: 4}, () => remote.next());
    expect(picks).toEqual([`127.0.0.1:${up1}`, `127.0.0.1:${up2}`, `127.0.0.1:${up1}`, `127.0.0.1:${up2}`]);
  });

  it('is not ready while no view-syncer answers', async () => {
    const remote = watchRemoteSync(['http://127.0.0.1:1'], 50);
    closers.push(() => remote.stop());
    await expect.poll(() => remote.status().state).toBe('restarting');
  });
});

describe('cluster settings', () => {
  const load = (env: NodeJS.ProcessEnv) => loadConfig(env, '/tmp');
  it('runs all-in-one by default, API only with DOT_SYNC=off, external with DOT_SYNC_URL', () => {
    expect(load({}).cluster.sync).toBe('on');
    expect(load({}).startSync).toBe(true);
    expect(load({DOT_SYNC: 'off'}).startSync).toBe(false);
    const ext = load({DOT_SYNC_URL: 'http://vs1:4848, http://vs2:4848/', DOT_ZERO_API_KEY: 'a'.repeat(32)});
    expect(ext.cluster).toEqual({sync: 'external', syncUrls: ['http://vs1:4848', 'http://vs2:4848'], zeroApiKey: 'a'.repeat(32)});
    expect(ext.startSync).toBe(false);
  });
  it('names what is missing or malformed', () => {
    expect(() => load({DOT_SYNC: 'external'})).toThrow(/DOT_SYNC_URL/);
    expect(() => load({DOT_SYNC_URL: 'http://vs1:4848'})).toThrow(/DOT_ZERO_API_KEY/);
    expect(() => load({DOT_SYNC_URL: 'vs1', DOT_ZERO_API_KEY: 'a'.repeat(32)})).toThrow(/DOT_SYNC_URL: vs1/);
    expect(() => load({DOT_ZERO_API_KEY: '-leading-dash-key-0000'})).toThrow(ConfigError);
    expect(() => load({DOT_SYNC: 'maybe'})).toThrow(/DOT_SYNC=maybe/);
  });
});

describe('zero-cache roles', () => {
  it('runs no sync workers in the replication-manager and follows it from a view-syncer', () => {
    expect(roleEnv('replication-manager', undefined)).toEqual({ZERO_NUM_SYNC_WORKERS: '0'});
    expect(roleEnv('view-syncer', 'http://rm:4849')).toMatchObject({ZERO_CHANGE_STREAMER_URI: 'http://rm:4849'});
    expect(() => roleEnv('view-syncer', undefined)).toThrow(/replication-manager/);
    expect(roleEnv('all', undefined)).not.toHaveProperty('ZERO_CHANGE_STREAMER_URI');
  });
});
