// The offline outbox: one write path that never loses what a person typed.
//
// Invariants
// - A write is journaled in IndexedDB before anything else happens to it, or,
//   when Zero takes it at once, while Zero holds it: what was typed (a draft)
//   is let go only once the journal holds the write (`journaled`).
// - Each journal entry is handed to exactly one Zero client, by whichever tab
//   claims it in an IndexedDB transaction (claims are atomic across tabs).
// - While Zero would accept writes (connected, connecting, needs-auth), a write
//   is handed at once: Zero applies it to the screen and queues it. Otherwise it
//   waits in the journal and is handed, in the original order, when Zero can
//   take it again.
// - A write waiting for its file's upload holds back the later writes on the
//   same record (its subject), and only those: a result handed in after its
//   photo reaches the server after the photo's attachment.
// - Every write carries an idempotency key (opId); the server executes a key
//   once, so a replay after a lost answer has one effect.
// - An entry is deleted only when the server's answer is known: success from
//   Zero, or "applied" from /api/v1/ops/status. A refusal moves it to
//   "attention" with the reason; it leaves only when the user resends or drops it.
// - An entry handed to a Zero client that no longer runs (reload, closed tab,
//   crash) is handed again only if that client's storage no longer holds it.
import type {ReadonlyJSONValue} from '@rocicorp/zero';
import type {ErrorDetails} from '#shared/errors.ts';
import {opIdOf, subjectOf} from '#shared/outbox/subject.ts';
import type {BlobEntry, OpEntry} from './outbox-db.ts';
import type {NewFile, OutboxDeps, WriteResult, ZeroPort} from './outbox-port.ts';
import {OutboxSender} from './outbox-sender.ts';

export type {MutateResult, NewFile, OpStatus, OutboxDeps, UploadResult, WriteResult, ZeroPort} from './outbox-port.ts';

function withOpId(args: ReadonlyJSONValue, newOpId: () => string): ReadonlyJSONValue {
  if (args && typeof args === 'object' && !Array.isArray(args) && !opIdOf(args)) return {...args, opId: newOpId()};
  return args;
}

export class Outbox {
  readonly #d: OutboxDeps;
  /** Uploads, re-hands, hands and settles (outbox-sender.ts); it hands through this outbox. */
  readonly #sender: OutboxSender;
  #listeners = new Set<() => void>();
  /**
   * Queued writes not waiting on a file, kept in memory so that a write does
   * not wait for an IndexedDB read before it shows: counted up and down by this
   * tab at once, and re-read from the journal after every change (other tabs).
   */
  #queuedAhead = 0;
  /** Records with a queued write waiting on a file: their later writes queue behind it. */
  #heldSubjects = new Set<string>();
  /** Only the newest re-read may set the count; a local change voids older ones. */
  #recountSeq = 0;

  constructor(deps: OutboxDeps) {
    this.#d = deps;
    this.#sender = new OutboxSender(deps, {
      claimAndHand: (entry, expect) => this.#claimAndHand(entry, expect),
      confirmed: (entries) => this.#confirmed(entries),
      refused: (seq, details) => this.#refused(seq, details),
      changed: () => this.#changed(),
    });
    void this.#recount();
  }

  async #recount(): Promise<void> {
    const mine = ++this.#recountSeq;
    const {free, held} = await this.#queuedNotBlockedOnFiles();
    if (mine === this.#recountSeq) {
      this.#queuedAhead = free;
      this.#heldSubjects = held;
    }
  }

  /** Called after any change the UI may want to show; the replay loop listens too. */
  onChange(fn: () => void): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  #changed(): void {
    void this.#recount();
    for (const l of this.#listeners) l();
  }

  /**
   * The one way the UI writes. Resolves after the write is journaled and, when
   * possible, applied on the device. `ok: false` only for a refusal the device
   * itself can tell (validation, permission, a move from a stale state); the
   * user is looking at the form, so the write is not kept.
   */
  async write(name: string, rawArgs: ReadonlyJSONValue, files: readonly NewFile[] = []): Promise<WriteResult> {
    const {db, scope, zero, now} = this.#d;
    const args = withOpId(rawArgs, this.#d.newOpId);
    const opId = opIdOf(args) ?? this.#d.newOpId();
    const createdAt = now();
    const subject = subjectOf(args);
    const behindFile = !!subject && this.#heldSubjects.has(subject);
    for (const f of files) {
      await db.blobs.put({id: f.id, scope, blob: f.blob, name: f.name, mime: f.mime, size: f.blob.size, createdAt, uploaded: 0});
    }
    const direct = files.length === 0 && !behindFile && this.#queuedAhead === 0 && zero.accepting();
    const entry: OpEntry = {
      opId,
      scope,
      name,
      args,
      subject,
      createdAt,
      state: direct ? 'handed' : 'queued',
      handedTo: direct ? zero.clientID : undefined,
      handedAt: direct ? createdAt : undefined,
      files: files.map((f) => f.id),
      attempts: direct ? 1 : 0,
    };
    if (!direct) {
      if (files.length === 0 && !behindFile) this.#queuedAhead++;
      else if (subject) this.#heldSubjects.add(subject);
      this.#recountSeq++;
      entry.seq = await db.ops.add(entry);
      this.#changed();
      if (!zero.accepting()) zero.reconnect();
      return {ok: true, waiting: true};
    }
    // Zero shows the write at once and holds it in memory; the journal entry is
    // written alongside. The answer comes as soon as the device has applied it
    // (the screen must not wait ~20–70 ms for IndexedDB), and `journaled` says
    // when the journal holds it too: only then may the caller let go of what
    // was typed (a draft), so a crash in between still loses nothing.
    const result = zero.mutate(name, args);
    const journaled = db.ops.add(entry).then((seq) => {
      entry.seq = seq;
      this.#changed();
    });
    return this.#watchDirect(entry, result, journaled);
  }

  /** #watch for a write handed before its journal entry was written: answers on the device's outcome. */
  async #watchDirect(entry: OpEntry, result: ReturnType<ZeroPort['mutate']>, journaled: Promise<void>): Promise<WriteResult> {
    const local = await result.client;
    if (local.type === 'error') {
      await journaled;
      return this.#watch(entry, {client: Promise.resolve(local), server: result.server}, true);
    }
    void journaled.then(() => this.#watch(entry, {client: Promise.resolve(local), server: result.server}, true)).catch(() => {});
    return {ok: true, waiting: false, journaled};
  }

  /** Queued writes that wait on nothing but their turn, and the records whose writes wait behind a file. */
  async #queuedNotBlockedOnFiles(): Promise<{free: number; held: Set<string>}> {
    const queued = await this.#d.db.ops.where('[scope+state]').equals([this.#d.scope, 'queued']).sortBy('seq');
    const held = new Set<string>();
    let free = 0;
    for (const e of queued) {
      if (e.files.length || (e.subject && held.has(e.subject))) {
        if (e.subject) held.add(e.subject);
      } else free++;
    }
    return {free, held};
  }

  /** Follows a handed write to its outcome on the device and on the server. */
  async #watch(entry: OpEntry, result: ReturnType<ZeroPort['mutate']>, direct: boolean): Promise<WriteResult> {
    const {db} = this.#d;
    const seq = entry.seq!;
    const local = await result.client;
    if (local.type === 'error') {
      if (local.error.type === 'zero') {
        // Zero refused to take it after all (its state changed): back in line.
        await db.ops.update(seq, {state: 'queued', handedTo: undefined, handedAt: undefined});
        this.#changed();
        return {ok: true, waiting: true};
      }
      const details = local.error.details;
      if (direct) await db.ops.delete(seq);
      else await db.ops.update(seq, {state: 'attention', error: details});
      this.#changed();
      return {ok: false, details};
    }
    void result.server.then(async (server) => {
      if (server.type === 'success') await this.#confirmed([entry]);
      else if (server.error.type === 'app') await this.#refused(seq, server.error.details);
      // A "zero" error means "not confirmed yet": Zero keeps it; the status check settles it.
    });
    return {ok: true, waiting: false};
  }

  async #confirmed(entries: readonly OpEntry[]): Promise<void> {
    const {db} = this.#d;
    await db.transaction('rw', db.ops, db.blobs, async () => {
      for (const e of entries) {
        await db.ops.where('opId').equals(e.opId).delete();
        if (e.files.length) await db.blobs.bulkDelete(e.files);
      }
    });
    this.#changed();
  }

  async #refused(seq: number, details: ErrorDetails): Promise<void> {
    await this.#d.db.ops.update(seq, {state: 'attention', error: details});
    this.#changed();
  }

  /**
   * Hands an entry to this tab's Zero if it is still unclaimed (or orphaned)
   * — the claim is one IndexedDB transaction, so two tabs never both hand it.
   */
  async #claimAndHand(entry: OpEntry, expect: Pick<OpEntry, 'state' | 'handedTo'>): Promise<void> {
    const {db, zero, now} = this.#d;
    const claimed = await db.transaction('rw', db.ops, async () => {
      const current = await db.ops.get(entry.seq!);
      if (!current || current.state !== expect.state || current.handedTo !== expect.handedTo) return null;
      const next = {...current, state: 'handed' as const, handedTo: zero.clientID, handedAt: now(), attempts: current.attempts + 1};
      await db.ops.put(next);
      return next;
    });
    if (!claimed) return;
    this.#changed();
    await this.#watch(claimed, zero.mutate(claimed.name, claimed.args), false);
  }
  /**
   * One pass of the sender (outbox-sender.ts): upload waiting files, re-hand orphaned writes,
   * hand queued ones in order, and settle writes whose answer was lost.
   * Only one tab runs it at a time.
   */
  tick(): Promise<void> {
    return this.#sender.tick();
  }

  /** Sends a refused write again with new arguments (and a new key: it is a new decision). */
  async resend(seq: number, args: Record<string, unknown>): Promise<WriteResult> {
    const {db} = this.#d;
    const entry = await db.ops.get(seq);
    if (!entry) return {ok: true, waiting: false};
    const {opId: _old, ...rest} = args;
    // The correction is kept on the refused entry first, and that entry leaves only once the new write is
    // journaled: a tab closed or crashed at any point still holds what the user typed (it stays in
    // "attention", so it is never sent twice).
    await db.ops.update(seq, {args: {...rest, opId: opIdOf(entry.args) ?? entry.opId} as ReadonlyJSONValue});
    const files = entry.files.length ? await db.blobs.bulkGet(entry.files) : [];
    const result = await this.write(
      entry.name,
      rest as ReadonlyJSONValue,
      files.filter((b): b is BlobEntry => !!b).map((b) => ({id: b.id, blob: b.blob, name: b.name, mime: b.mime})),
    );
    // Refused again on the device: it stays in the list with the new reason (and a new key: a new decision).
    if (result.ok) {
      await result.journaled; // a write Zero took at once is answered before its journal entry exists
      await db.ops.delete(seq);
    } else await db.ops.update(seq, {args: {...rest, opId: this.#d.newOpId()} as ReadonlyJSONValue, error: result.details});
    this.#changed();
    return result;
  }

  /** The user drops a write they no longer want. */
  async discard(seq: number): Promise<void> {
    const entry = await this.#d.db.ops.get(seq);
    if (!entry) return;
    await this.#d.db.transaction('rw', this.#d.db.ops, this.#d.db.blobs, async () => {
      await this.#d.db.ops.delete(seq);
      if (entry.files.length) await this.#d.db.blobs.bulkDelete(entry.files);
    });
    this.#changed();
  }
}
