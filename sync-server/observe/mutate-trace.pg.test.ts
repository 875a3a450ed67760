// A write pushed through sync, end to end on the server side: the real
// /api/zero/mutate router (as zero-cache calls it, with the device's session
// cookie) over the shared stack's database. The write runs under the device's
// own id for it, "<clientID>:<mutationID>", and the job it sets off stores
// that id, so the worker logs it when it runs.
import express from 'express';
import pg from 'pg';
import {afterAll, afterEach, beforeAll, expect, inject, it} from 'vitest';
import {clock} from '../clock.ts';
import {loadConfig} from '../config.ts';
import {setLogLevel, setLogSink} from '../log.ts';
import {wireModules} from '../module/list.ts';
import {signupCompany} from '../testing/http.ts';
import {createZeroDb} from '../zero/db.ts';
import {zeroEndpoints} from '../zero/endpoints.ts';

let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({connectionString: inject('pgUrl'), max: 4});
});
afterAll(() => pool?.end());
afterEach(() => {
  setLogSink(undefined);
  setLogLevel('info');
});

it('a device write through sync logs, and enqueues its job, under "<clientID>:<mutationID>"', async () => {
  const {client, me} = await signupCompany('Журнал синхронизации');
  // zero-cache's own tables for this app (e.g. zero_0.clients) exist on the shared stack.
  const {rows: shard} = await pool.query<{schema: string}>(
    `select table_schema as schema from information_schema.tables where table_name = 'clients' and table_schema ~ '_[0-9]+$' limit 1`,
  );
  expect(shard[0], 'zero-cache made its tables').toBeDefined();
  const upstream = shard[0]!.schema;
  const appID = upstream.replace(/_[0-9]+$/, '');

  const zdb = createZeroDb(pool);
  const config = loadConfig({DOT_DATA_DIR: '/tmp/unused'});
  const {executor} = wireModules({config, pool, zdb, clock, now: clock.now, origin: () => 'http://localhost'});
  const app = express().use('/api/zero', zeroEndpoints({pool, zdb, executor, apiKey: () => 'test-key'}));
  const lines: string[] = [];
  setLogLevel('debug', 'json');
  setLogSink((l) => lines.push(l));

  const clientID = `phone-${crypto.randomUUID().slice(0, 8)}`;
  const requestId = crypto.randomUUID();
  const now = Date.now();
  const push = {
    clientGroupID: `cg-${clientID}`,
    mutations: [
      {
        type: 'custom',
        id: 1,
        clientID,
        name: 'request.create',
        args: [{id: requestId, clientPhone: '+77011234567', text: 'с телефона', source: 'manual', responsibleId: me.member.id, createdAt: now}],
        timestamp: now,
      },
    ],
    pushVersion: 1,
    timestamp: now,
    requestID: 'push-1',
  };
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as {port: number}).port}`;
  try {
    const res = await fetch(`${base}/api/zero/mutate?schema=${upstream}&appID=${appID}`, {
      method: 'POST',
      headers: {'content-type': 'application/json', 'x-api-key': 'test-key', cookie: client.cookie},
      body: JSON.stringify(push),
    });
    expect(res.status).toBe(200);
    expect(JSON.stringify(await res.json())).not.toContain('error');
  } finally {
    server.close();
  }

  const {rows} = await pool.query(`select queue, request_id from job where company_id = $1 and queue = 'request.assigned'`, [me.company.id]);
  expect(rows).toEqual([{queue: 'request.assigned', request_id: `${clientID}:1`}]);
  const parsed = lines.map((l) => JSON.parse(l));
  expect(parsed).toContainEqual(expect.objectContaining({part: 'sync', msg: 'mutation request.create', requestId: `${clientID}:1`}));
});
