// A write pushed through sync is logged (and its jobs enqueued) under the
// device's own name for it, not the push's HTTP id: a push carries many writes.
import {afterEach, expect, it} from 'vitest';
import {currentRequestId, log, setLogLevel, setLogSink, withRequestId} from '../log.ts';
import {mutations} from './instruments.ts';
import {mutationRequestId} from './mutation-id.ts';

afterEach(() => {
  setLogSink(undefined);
  setLogLevel('info');
});

it('runs each mutation under "<clientID>:<mutationID>" and counts its outcome', async () => {
  setLogLevel('debug', 'json');
  const lines: string[] = [];
  setLogSink((l) => lines.push(l));
  const seen: (string | undefined)[] = [];
  const handler = mutationRequestId(async (_transact: unknown, m: {clientID: string; id: number; name: string}) => {
    await new Promise((r) => setTimeout(r, 1));
    seen.push(currentRequestId());
    log.info('booking', 'moved');
    return m.id === 8 ? {id: {clientID: m.clientID, id: m.id}, result: {error: 'app' as const}} : {id: {clientID: m.clientID, id: m.id}, result: {}};
  });
  const applied = mutations.get({outcome: 'applied'});
  const refused = mutations.get({outcome: 'refused'});
  await withRequestId('push-1', async () => {
    await handler(null, {clientID: 'phone-a', id: 7, name: 'booking.move'});
    await handler(null, {clientID: 'phone-a', id: 8, name: 'booking.move'});
  });
  expect(seen).toEqual(['phone-a:7', 'phone-a:8']);
  const parsed = lines.map((l) => JSON.parse(l));
  expect(parsed.find((l) => l.msg === 'moved')).toMatchObject({part: 'booking', requestId: 'phone-a:7'});
  expect(parsed.find((l) => l.msg === 'mutation booking.move')).toMatchObject({requestId: 'phone-a:7', fields: {push: 'push-1', outcome: 'applied'}});
  expect([mutations.get({outcome: 'applied'}) - applied, mutations.get({outcome: 'refused'}) - refused]).toEqual([1, 1]);
});
