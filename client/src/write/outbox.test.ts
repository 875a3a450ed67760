import 'fake-indexeddb/auto';
import fc from 'fast-check';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {ReadonlyJSONValue} from '@rocicorp/zero';
import type {ErrorDetails} from '#shared/errors.ts';
import {OutboxDB} from './outbox-db.ts';
import {Outbox, type MutateResult, type OpStatus, type UploadResult, type WriteResult, type ZeroPort} from './outbox.ts';

type Deferred = {promise: Promise<MutateResult>; resolve: (r: MutateResult) => void};
function deferred(): Deferred {
  let resolve!: (r: MutateResult) => void;
  const promise = new Promise<MutateResult>((r) => (resolve = r));
  return {promise, resolve};
}
const opIdOf = (args: ReadonlyJSONValue) => (args as {opId: string}).opId;

/** A Zero client as the outbox sees it: accepts or refuses, and answers later. */
class FakeZero implements ZeroPort {
  accept = true;
  calls: {name: string; args: ReadonlyJSONValue}[] = [];
  server = new Map<string, Deferred>();
  refuseOnDevice: ((name: string, args: ReadonlyJSONValue) => ErrorDetails | undefined) | undefined;
  reconnects = 0;
  constructor(readonly clientID: string) {}
  accepting = () => this.accept;
  connected = () => this.accept;
  reconnect = () => void this.reconnects++;
  mutate(name: string, args: ReadonlyJSONValue) {
    if (!this.accept) {
      const r: MutateResult = {type: 'error', error: {type: 'zero', message: 'disconnected'}};
      return {client: Promise.resolve(r), server: Promise.resolve(r)};
    }
    this.calls.push({name, args});
    const refused = this.refuseOnDevice?.(name, args);
    if (refused) {
      const r: MutateResult = {type: 'error', error: {type: 'app', details: refused}};
      return {client: Promise.resolve(r), server: Promise.resolve(r)};
    }
    const d = deferred();
    this.server.set(opIdOf(args), d);
    return {client: Promise.resolve({type: 'success'} as MutateResult), server: d.promise};
  }
  ack(opId: string) {
    this.server.get(opId)?.resolve({type: 'success'});
  }
  refuse(opId: string, details: ErrorDetails) {
    this.server.get(opId)?.resolve({type: 'error', error: {type: 'app', details}});
  }
  names() {
    return this.calls.map((c) => (c.args as {label?: string}).label ?? c.name);
  }
}

/** The server's memory of idempotency keys. */
class FakeServer {
  applied = new Set<string>();
  refused = new Map<string, ErrorDetails>();
  reachable = true;
  status = async (ids: string[]): Promise<OpStatus | null> =>
    this.reachable
      ? {
          applied: ids.filter((i) => this.applied.has(i)),
          refused: ids.filter((i) => this.refused.has(i)).map((opId) => ({opId, details: this.refused.get(opId)!})),
        }
      : null;
}

let db: OutboxDB;
let n = 0;
let clock = 1_000;
beforeEach(() => {
  db = new OutboxDB(`test-outbox-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

function makeOutbox(
  zero: FakeZero,
  opts: {
    server?: FakeServer;
    live?: string[];
    zeroHolds?: string[];
    upload?: (id: string) => UploadResult | Promise<UploadResult>;
    tickDeadlineMs?: number;
  } = {},
) {
  const server = opts.server ?? new FakeServer();
  let ids = 0;
  let running = Promise.resolve();
  return new Outbox({
    db,
    scope: 'u1:c1',
    zero,
    now: () => clock,
    newOpId: () => `op-${zero.clientID}-${ids++}`,
    liveClients: async () => new Set([zero.clientID, ...(opts.live ?? [])]),
    zeroHolds: async (opIds) => new Set(opIds.filter((o) => opts.zeroHolds?.includes(o))),
    upload: async (b) => opts.upload?.(b.id) ?? 'ok',
    status: server.status,
    // One tick at a time, like the Web Lock across tabs.
    exclusive: (_name, fn) => (running = running.then(fn, fn)),
    tickDeadlineMs: opts.tickDeadlineMs,
  });
}

/** A write as the UI sees it once the journal holds it too (what a form waits for before dropping its draft). */
async function journaled(r: Promise<WriteResult>): Promise<WriteResult> {
  const {journaled: done, ...rest} = (await r) as WriteResult & {journaled?: Promise<void>};
  await done;
  return rest as WriteResult;
}
const write = (o: Outbox, label: string) => journaled(o.write('request.create', {id: label, label}));
const states = async () => (await db.ops.orderBy('seq').toArray()).map((e) => [(e.args as {label?: string}).label, e.state]);

describe('the outbox', () => {
  it('hands writes to Zero at once while it accepts them, and forgets them when the server confirms', async () => {
    const zero = new FakeZero('tab-a');
    const outbox = makeOutbox(zero);
    expect(await write(outbox, 'a')).toEqual({ok: true, waiting: false});
    await write(outbox, 'b');
    expect(zero.names()).toEqual(['a', 'b']);
    expect(await states()).toEqual([
      ['a', 'handed'],
      ['b', 'handed'],
    ]);
    zero.ack(opIdOf(zero.calls[0]!.args));
    zero.ack(opIdOf(zero.calls[1]!.args));
    await expect.poll(() => db.ops.count()).toBe(0);
  });

  it('answers a write Zero took at once without waiting for the journal, and says when the journal holds it', async () => {
    const zero = new FakeZero('tab-a');
    const outbox = makeOutbox(zero);
    const r = await outbox.write('request.create', {id: 'fast', label: 'fast'});
    expect(r).toMatchObject({ok: true, waiting: false});
    expect(zero.names()).toEqual(['fast']);
    await (r as {journaled?: Promise<void>}).journaled;
    expect(await states()).toEqual([['fast', 'handed']]);
  });

  it('keeps writes while Zero refuses them and replays them in the original order', async () => {
    const zero = new FakeZero('tab-a');
    zero.accept = false;
    const outbox = makeOutbox(zero);
    for (const l of ['1', '2', '3']) expect(await write(outbox, l)).toEqual({ok: true, waiting: true});
    expect(zero.reconnects).toBeGreaterThan(0);
    await outbox.tick();
    expect(zero.calls).toEqual([]);
    zero.accept = true;
    // A write made the moment Zero is back does not overtake the older ones.
    expect(await write(outbox, '4')).toEqual({ok: true, waiting: true});
    await outbox.tick();
    expect(zero.names()).toEqual(['1', '2', '3', '4']);
    expect((await states()).every(([, s]) => s === 'handed')).toBe(true);
  });

  it('moves a server refusal to "attention" with the reason, and keeps the user’s data', async () => {
    const zero = new FakeZero('tab-a');
    const outbox = makeOutbox(zero);
    await outbox.write('request.setStatus', {id: 'r1', from: 'new', to: 'in_progress'});
    zero.refuse(opIdOf(zero.calls[0]!.args), {code: 'conflict', current: 'cancelled', attempted: 'in_progress'});
    await expect.poll(states).toEqual([[undefined, 'attention']]);
    const [entry] = await db.ops.toArray();
    expect(entry!.error).toEqual({code: 'conflict', current: 'cancelled', attempted: 'in_progress'});
    expect(entry!.args).toMatchObject({id: 'r1', from: 'new', to: 'in_progress'});
  });

  it('returns a refusal the device can tell at once, without keeping it; a replayed one goes to attention', async () => {
    const zero = new FakeZero('tab-a');
    zero.refuseOnDevice = () => ({code: 'invalid_transition', current: 'done', attempted: 'new'});
    const outbox = makeOutbox(zero);
    expect(await write(outbox, 'x')).toEqual({ok: false, details: {code: 'invalid_transition', current: 'done', attempted: 'new'}});
    expect(await db.ops.count()).toBe(0);

    zero.accept = false;
    await write(outbox, 'y');
    zero.accept = true;
    await outbox.tick();
    expect(await states()).toEqual([['y', 'attention']]);
  });

  it('settles writes whose answer was lost by asking the server, and never replays an applied one', async () => {
    const zeroA = new FakeZero('tab-a');
    const server = new FakeServer();
    const first = makeOutbox(zeroA, {server});
    await write(first, 'p');
    await write(first, 'q');
    // The tab reloads before the answers arrive: its Zero client is gone.
    const [p, q] = zeroA.calls.map((c) => opIdOf(c.args));
    server.applied.add(p!);
    server.refused.set(q!, {code: 'not_found'});
    const zeroB = new FakeZero('tab-a-reloaded');
    const second = makeOutbox(zeroB, {server, zeroHolds: [p!, q!]});
    await second.tick();
    expect(zeroB.calls).toEqual([]);
    expect(await states()).toEqual([['q', 'attention']]);
  });

  it('hands again a write its dead tab never got to store, once', async () => {
    const zeroA = new FakeZero('tab-a');
    const server = new FakeServer();
    server.reachable = false;
    await write(makeOutbox(zeroA, {server}), 'lost');
    const zeroB = new FakeZero('tab-b');
    const second = makeOutbox(zeroB, {server, zeroHolds: []});
    await second.tick();
    await second.tick();
    expect(zeroB.names()).toEqual(['lost']);
    // Same key as the first time: the server executes it once whatever happened before.
    expect(opIdOf(zeroB.calls[0]!.args)).toBe(opIdOf(zeroA.calls[0]!.args));
  });

  it('hands again, after a while connected, a write the server never hears of', async () => {
    const server = new FakeServer();
    const zeroGone = new FakeZero('tab-gone');
    await write(makeOutbox(zeroGone, {server}), 'stranded');
    const key = opIdOf(zeroGone.calls[0]!.args);
    // The closed tab's Zero storage still holds the write, but no living Zero client sends it.
    const zeroB = new FakeZero('tab-b');
    const second = makeOutbox(zeroB, {server, zeroHolds: [key]});
    await second.tick();
    await second.tick();
    expect(zeroB.calls).toEqual([]);
    clock += 16_000;
    await second.tick();
    expect(zeroB.names()).toEqual(['stranded']);
    expect(opIdOf(zeroB.calls[0]!.args)).toBe(key);
    zeroB.ack(key);
    await expect.poll(() => db.ops.count()).toBe(0);
  });

  it('does not take over a write that a live tab still holds', async () => {
    const zeroA = new FakeZero('tab-a');
    const server = new FakeServer();
    server.reachable = false;
    await write(makeOutbox(zeroA, {server}), 'mine');
    const zeroB = new FakeZero('tab-b');
    await makeOutbox(zeroB, {server, live: ['tab-a']}).tick();
    expect(zeroB.calls).toEqual([]);
  });

  it('lets two tabs replay one journal without sending an entry twice', async () => {
    const zeroA = new FakeZero('tab-a');
    const zeroB = new FakeZero('tab-b');
    zeroA.accept = false;
    const a = makeOutbox(zeroA, {live: ['tab-b']});
    for (const l of ['1', '2', '3', '4', '5']) await write(a, l);
    zeroA.accept = true;
    const b = makeOutbox(zeroB, {live: ['tab-a']});
    await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    const sent = [...zeroA.calls, ...zeroB.calls].map((c) => (c.args as {label: string}).label).sort();
    expect(sent).toEqual(['1', '2', '3', '4', '5']);
  });

  it('holds a photo’s attachment until the upload lands, without holding up other writes', async () => {
    const zero = new FakeZero('tab-a');
    let online = false;
    const outbox = makeOutbox(zero, {upload: () => (online ? 'ok' : 'retry')});
    const photo = {id: 'file-1', blob: new Blob([new Uint8Array(10)]), name: 'a.jpg', mime: 'image/jpeg'};
    expect(await outbox.write('attachment.add', {id: 'att-1', entityId: 'r1', fileId: 'file-1', label: 'photo'}, [photo])).toEqual({ok: true, waiting: true});
    expect(await write(outbox, 'after-photo')).toEqual({ok: true, waiting: false});
    await outbox.tick();
    expect(zero.names()).toEqual(['after-photo']);
    online = true;
    await outbox.tick();
    expect(zero.names()).toEqual(['after-photo', 'photo']);
    expect((await db.blobs.get('file-1'))?.uploaded).toBe(1);
    zero.ack(opIdOf(zero.calls[1]!.args));
    await expect.poll(() => db.blobs.count()).toBe(0);
  });

  it('keeps a record’s later writes behind its photo: a result handed in reaches the server after its attachment', async () => {
    const zero = new FakeZero('tab-a');
    let online = false;
    const outbox = makeOutbox(zero, {upload: () => (online ? 'ok' : 'retry')});
    const photo = {id: 'file-1', blob: new Blob([new Uint8Array(10)]), name: 'a.jpg', mime: 'image/jpeg'};
    await outbox.write('attachment.add', {id: 'att-1', entity: 'task', entityId: 't1', fileId: 'file-1', label: 'photo'}, [photo]);
    // Zero accepts writes, yet the hand-in waits: its record has a write waiting on a file.
    expect(await outbox.write('task.handIn', {id: 't1', from: 'todo', text: 'Оплачено', label: 'hand-in'})).toEqual({ok: true, waiting: true});
    // Another record's write is not held up.
    expect(await write(outbox, 'elsewhere')).toEqual({ok: true, waiting: false});
    await outbox.tick();
    await outbox.tick();
    expect(zero.names()).toEqual(['elsewhere']);
    online = true;
    await outbox.tick();
    expect(zero.names()).toEqual(['elsewhere', 'photo', 'hand-in']);
    // Once the photo is on its way, the record's writes go straight to Zero again.
    await expect.poll(async () => (await states()).every(([, s]) => s === 'handed')).toBe(true);
    expect(await journaled(outbox.write('task.move', {id: 't1', from: 'review', to: 'done', label: 'later'}))).toEqual({ok: true, waiting: false});
  });

  it('goes on sending when an upload never answers: the stuck pass lets the next one run', async () => {
    const zero = new FakeZero('tab-a');
    zero.accept = false;
    let uploads = 0;
    const outbox = makeOutbox(zero, {upload: () => (++uploads === 1 ? new Promise<UploadResult>(() => {}) : 'ok'), tickDeadlineMs: 50});
    const photo = {id: 'file-1', blob: new Blob([new Uint8Array(10)]), name: 'a.jpg', mime: 'image/jpeg'};
    await outbox.write('attachment.add', {id: 'att-1', entityId: 'r1', fileId: 'file-1', label: 'photo'}, [photo]);
    await write(outbox, 'typed-offline');
    zero.accept = true;
    await outbox.tick(); // hangs on the first upload until the deadline
    await outbox.tick();
    expect(zero.names()).toEqual(['photo', 'typed-offline']); // in the order they were typed
    expect(await states()).toEqual([
      ['photo', 'handed'],
      ['typed-offline', 'handed'],
    ]);
  });

  it('puts a write whose file the server refuses into attention', async () => {
    const zero = new FakeZero('tab-a');
    const outbox = makeOutbox(zero, {upload: () => ({refused: {code: 'validation', messageKey: 'files.tooLarge'}})});
    await outbox.write('attachment.add', {id: 'att', entityId: 'r', fileId: 'big', label: 'big'}, [
      {id: 'big', blob: new Blob(['x']), name: 'big.jpg', mime: 'image/jpeg'},
    ]);
    await outbox.tick();
    expect(await states()).toEqual([['big', 'attention']]);
    expect(zero.calls).toEqual([]);
  });

  it('resends a refused write with the user’s correction under a new key, or drops it', async () => {
    const zero = new FakeZero('tab-a');
    const outbox = makeOutbox(zero);
    await outbox.write('request.setStatus', {id: 'r1', from: 'new', to: 'done'});
    const firstKey = opIdOf(zero.calls[0]!.args);
    zero.refuse(firstKey, {code: 'conflict', current: 'in_progress', attempted: 'done'});
    await expect.poll(async () => (await db.ops.toArray())[0]?.state).toBe('attention');
    const [entry] = await db.ops.toArray();
    await outbox.resend(entry!.seq!, {...(entry!.args as object), from: 'in_progress'});
    expect(zero.calls[1]!.args).toMatchObject({id: 'r1', from: 'in_progress', to: 'done'});
    expect(opIdOf(zero.calls[1]!.args)).not.toBe(firstKey);
    const [again] = await db.ops.toArray();
    await outbox.discard(again!.seq!);
    expect(await db.ops.count()).toBe(0);
  });

  it('a tab that dies while resending still holds the user’s correction, in "attention", sent once', async () => {
    const zero = new FakeZero('tab-a');
    const outbox = makeOutbox(zero);
    await outbox.write('request.update', {id: 'r1', text: 'Течёт кран'});
    zero.refuse(opIdOf(zero.calls[0]!.args), {code: 'validation', fields: [{field: 'text', code: 'v.tooLong'}]});
    await expect.poll(async () => (await db.ops.toArray())[0]?.state).toBe('attention');
    const [entry] = await db.ops.toArray();
    // The tab goes away at the moment the corrected write is handed.
    zero.mutate = () => {
      throw new Error('tab closed');
    };
    await expect(outbox.resend(entry!.seq!, {...(entry!.args as object), text: 'Течёт кран на кухне'})).rejects.toThrow('tab closed');
    const left = await db.ops.toArray();
    expect(left.map((e) => [e.state, (e.args as {text: string}).text])).toEqual([['attention', 'Течёт кран на кухне']]);
  });

  it('never hands an entry twice and keeps the original order, whatever the connection does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('write', 'offline', 'online', 'tick'), {minLength: 1, maxLength: 30}), async (steps) => {
        await db.ops.clear();
        const zero = new FakeZero('tab-p');
        const outbox = makeOutbox(zero);
        let written = 0;
        for (const step of steps) {
          if (step === 'write') await write(outbox, String(written++));
          else if (step === 'offline') zero.accept = false;
          else if (step === 'online') zero.accept = true;
          else await outbox.tick();
        }
        zero.accept = true;
        await outbox.tick();
        const sent = zero.names();
        expect(sent).toEqual(Array.from({length: written}, (_, i) => String(i)));
      }),
      {numRuns: 200},
    );
  });
});

void clock;
