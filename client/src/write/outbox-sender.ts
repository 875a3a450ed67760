// The outbox's sender (the invariants are in outbox.ts): one pass uploads waiting files, re-hands orphaned
// writes, hands queued ones in order and settles writes whose answer was lost. The hand-over itself (claim,
// confirm, refuse) stays in the Outbox, which owns the journal's entries.
import type {ErrorDetails} from '#shared/errors.ts';
import type {OpEntry} from './outbox-db.ts';
import type {OutboxDeps} from './outbox-port.ts';

/** Answers for writes handed by another session are not confirmed before this long. */
const STATUS_AFTER_MS = 3000;
const TICK_DEADLINE_MS = 20_000;
/** A handed write the server has not heard of for this long, while connected, is handed again. */
const RESEND_AFTER_MS = 15_000;

/** What the sender asks of the Outbox it works for. */
export type SenderHost = {
  /** Hands an entry to this tab's Zero if it is still as expected (the claim is one IndexedDB transaction). */
  claimAndHand(entry: OpEntry, expect: Pick<OpEntry, 'state' | 'handedTo'>): Promise<void>;
  confirmed(entries: readonly OpEntry[]): Promise<void>;
  refused(seq: number, details: ErrorDetails): Promise<void>;
  changed(): void;
};

export class OutboxSender {
  readonly #d: OutboxDeps;
  readonly #host: SenderHost;
  /** Entries this session already re-handed after finding them orphaned. */
  readonly #rehanded = new Set<string>();
  /** Handed writes the server had not heard of, connected, since when (this session's clock). */
  readonly #unheardSince = new Map<string, number>();

  constructor(deps: OutboxDeps, host: SenderHost) {
    this.#d = deps;
    this.#host = host;
  }

  /**
   * One pass of the sender: upload waiting files, re-hand orphaned writes,
   * hand queued ones in order, and settle writes whose answer was lost.
   * Only one tab runs it at a time.
   */
  tick(): Promise<void> {
    return this.#d.exclusive(`dot-outbox:${this.#d.scope}`, () => this.#tickWithin(this.#d.tickDeadlineMs ?? TICK_DEADLINE_MS));
  }

  /**
   * A pass waits on things outside the outbox (a fetch, IndexedDB, Zero), and
   * one of them that never answers must not hold the sender for good: after the
   * deadline the lock is let go and the next pass starts. The stuck pass may
   * still finish later; that is safe, because every hand-over is a claim in one
   * IndexedDB transaction and every confirmation is an idempotent delete.
   */
  async #tickWithin(ms: number): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
    try {
      await Promise.race([this.#tick(), deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  async #tick(): Promise<void> {
    await this.#uploadFiles();
    await this.#rehandOrphans();
    await this.#handQueued();
    await this.#settleUnknown();
  }

  async #uploadFiles(): Promise<void> {
    const {db, scope} = this.#d;
    const pending = await db.blobs.where('[scope+uploaded]').equals([scope, 0]).toArray();
    for (const blob of pending) {
      const r = await this.#d.upload(blob);
      if (r === 'retry') return;
      if (r === 'ok') {
        await db.blobs.update(blob.id, {uploaded: 1});
      } else {
        const waiting = await db.ops
          .where('scope')
          .equals(scope)
          .filter((e) => e.files.includes(blob.id) && e.state === 'queued')
          .toArray();
        for (const e of waiting) await this.#host.refused(e.seq!, r.refused);
      }
      this.#host.changed();
    }
  }

  async #rehandOrphans(): Promise<void> {
    const {db, scope, zero} = this.#d;
    if (!zero.accepting()) return;
    const handed = await db.ops.where('[scope+state]').equals([scope, 'handed']).sortBy('seq');
    if (!handed.length) return;
    const live = await this.#d.liveClients();
    const orphans = handed.filter((e) => e.handedTo !== zero.clientID && !live.has(e.handedTo ?? '') && !this.#rehanded.has(e.opId));
    if (!orphans.length) return;
    const held = await this.#d.zeroHolds(orphans.map((e) => e.opId));
    for (const e of orphans) {
      this.#rehanded.add(e.opId);
      // Zero still has it and will send it itself: a second copy is not needed.
      if (held.has(e.opId)) continue;
      await this.#host.claimAndHand(e, {state: 'handed', handedTo: e.handedTo});
    }
  }

  async #handQueued(): Promise<void> {
    const {db, scope, zero} = this.#d;
    const queued = await db.ops.where('[scope+state]').equals([scope, 'queued']).sortBy('seq');
    if (!queued.length) return;
    const uploaded = new Set((await db.blobs.where('[scope+uploaded]').equals([scope, 1]).primaryKeys()) as string[]);
    // Records whose earlier write waits for its file: their later writes wait too (a result handed in after its
    // photo must not reach the server before the photo's attachment), the others' do not.
    const held = new Set<string>();
    for (const e of queued) {
      if (!zero.accepting()) {
        zero.reconnect();
        return;
      }
      if (e.files.some((id) => !uploaded.has(id)) || (e.subject && held.has(e.subject))) {
        if (e.subject) held.add(e.subject);
        continue;
      }
      await this.#host.claimAndHand(e, {state: 'queued', handedTo: undefined});
    }
  }

  async #settleUnknown(): Promise<void> {
    const {db, scope, now, zero} = this.#d;
    const unsure = await db.ops
      .where('scope')
      .equals(scope)
      .filter((e) => e.state === 'attention' || (e.state === 'handed' && (e.handedTo !== zero.clientID || (e.handedAt ?? 0) < now() - STATUS_AFTER_MS)))
      .toArray();
    if (!unsure.length) return;
    const status = await this.#d.status(unsure.map((e) => e.opId));
    if (!status) return;
    const applied = new Set(status.applied);
    await this.#host.confirmed(unsure.filter((e) => applied.has(e.opId)));
    for (const r of status.refused) {
      const e = unsure.find((x) => x.opId === r.opId);
      if (e && e.state === 'handed') await this.#host.refused(e.seq!, r.details);
    }
    const answered = new Set([...applied, ...status.refused.map((r) => r.opId)]);
    await this.#resendUnheard(unsure.filter((e) => e.state === 'handed' && !answered.has(e.opId)));
  }

  /**
   * A handed write the server has not heard of while Zero is connected may
   * have been lost by the Zero client it went to (a tab closed before its
   * queue was stored, or a dead tab's stored write that no living tab sends).
   * After RESEND_AFTER_MS connected it is handed again here: its key makes a
   * second copy harmless, and the mutators take a replay as a no-op.
   */
  async #resendUnheard(unheard: readonly OpEntry[]): Promise<void> {
    const {zero, now} = this.#d;
    if (!zero.connected()) {
      this.#unheardSince.clear();
      return;
    }
    const still = new Set(unheard.map((e) => e.opId));
    for (const opId of this.#unheardSince.keys()) if (!still.has(opId)) this.#unheardSince.delete(opId);
    for (const e of unheard) {
      const since = this.#unheardSince.get(e.opId);
      if (since === undefined) this.#unheardSince.set(e.opId, now());
      else if (now() - since >= RESEND_AFTER_MS) {
        this.#unheardSince.delete(e.opId);
        await this.#host.claimAndHand(e, {state: 'handed', handedTo: e.handedTo});
      }
    }
  }
}
