// The one door for every write the UI makes, backed by the offline outbox:
// `const write = useWrite(); const r = await write(mutators.x.y(args))`.
// Screens never talk to Zero's mutate directly.
import type {ReadonlyJSONValue, Zero} from '@rocicorp/zero';
import {useZero} from '@rocicorp/zero/react';
import {createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode} from 'react';
import {uuidv7} from 'uuidv7';
import type {ErrorDetails} from '#shared/errors.ts';
import {describeError} from '#shared/errors-describe.ts';
import {onFirstScreen} from '../app/first-screen.ts';
import {loadMutators} from '../sync/mutators.ts';
import {useT} from '../i18n/i18n.tsx';
import type {Session} from '../session/session.ts';
import type {BlobEntry, OpEntry, OutboxDB} from './outbox-db.ts';
import {Outbox, type NewFile} from './outbox.ts';
import {exclusive, liveClients, opStatus, uploadBlob, zeroHolds, zeroPort} from './zero-port.ts';

type MutateRequestLike = {mutator: {mutatorName: string}; args: ReadonlyJSONValue | undefined};

/** `journaled` (a write Zero took at once): settles when the device's journal holds it too; keep a draft until then. */
export type WriteResult = {ok: true; waiting: boolean; journaled?: Promise<void>} | {ok: false; details: ErrorDetails; message: string};

type OutboxView = {ops: OpEntry[]; blobs: BlobEntry[]};

type Write = (req: MutateRequestLike, files?: readonly NewFile[]) => Promise<WriteResult>;
type WriterApi = {
  /** Resolves once the device shows the write and its journal holds it: what was typed may be cleared then. */
  write: Write;
  /**
   * Resolves as soon as the device shows the write (a frame, not an IndexedDB write later); `journaled`
   * settles when the journal holds it too. For screens that move on at once and clear their draft on `journaled`.
   */
  writeEarly: Write;
  /** Null until the outbox's code has loaded (right after the first paint); `view` is empty until then. */
  outbox: Outbox | null;
  view: OutboxView;
  storageWarning: number | null;
};

const WriterContext = createContext<WriterApi | null>(null);

type Runtime = typeof import('./outbox-runtime.ts');
let runtime: Promise<Runtime> | undefined;
/** Dexie stays off the first screen's path: loaded once, on the first write or when the browser is first idle. */
function loadRuntime(): Promise<Runtime> {
  // A failed fetch (offline before the service worker holds the chunk) is tried again by the next caller.
  runtime ??= import('./outbox-runtime.ts').catch((e: unknown) => {
    runtime = undefined;
    throw e;
  });
  return runtime;
}

/**
 * The code every write needs: the outbox's journal (Dexie) and the write bodies. A screen that writes waits for it
 * before it shows (requests-page.tsx, workspace.tsx), so a write made offline right after opening never needs the
 * network; the request list, which only reads, shows without it, and it is fetched the moment the list is up.
 */
export function loadWriteCode(): Promise<unknown> {
  return Promise.all([loadRuntime(), loadMutators()]);
}

let sharedDb: OutboxDB | undefined;
async function outboxDb(): Promise<OutboxDB> {
  const {OutboxDB} = await loadRuntime();
  sharedDb ??= new OutboxDB();
  return sharedDb;
}

const outboxes = new WeakMap<Zero, Promise<Outbox>>();
const ready = new WeakMap<Zero, Outbox>();

/** One outbox per Zero instance (created outside render for the same reason as the Zero). */
function outboxFor(zero: Zero, scope: string): Promise<Outbox> {
  let outbox = outboxes.get(zero);
  if (!outbox) {
    outbox = outboxDb().then((db) => {
      const made = new Outbox({
        db,
        scope,
        zero: zeroPort(zero),
        now: Date.now,
        newOpId: uuidv7,
        liveClients,
        zeroHolds,
        upload: uploadBlob,
        status: opStatus,
        exclusive,
      });
      ready.set(zero, made);
      return made;
    });
    outboxes.set(zero, outbox);
  }
  return outbox;
}

/** Replays run on these occasions and every few seconds while something waits. */
const TICK_MS = 3000;

export function WriterProvider({session, children}: {session: Session; children: ReactNode}) {
  const zero = useZero();
  const t = useT();
  const scope = `${session.user.id}:${session.company.id}`;
  const [outbox, setOutbox] = useState<Outbox | null>(() => ready.get(zero) ?? null);
  const [view, setView] = useState<OutboxView>({ops: [], blobs: []});
  const [storageWarning, setStorageWarning] = useState<number | null>(null);

  // The outbox's code (Dexie) loads once the first screen has its rows (on 3G every byte before that delays
  // the list); a write before that loads it at once (write below), and so does the fallback of first-screen.ts.
  useEffect(() => {
    let live = true;
    onFirstScreen(
      () =>
        void outboxFor(zero, scope).then(
          (o) => live && setOutbox(o),
          () => undefined,
        ),
    );
    return () => {
      live = false;
    };
  }, [zero, scope]);

  // The journal as the UI sees it, live across tabs.
  useEffect(() => {
    if (!outbox) return;
    let sub: {unsubscribe(): void} | undefined;
    let live = true;
    void Promise.all([loadRuntime(), outboxDb()]).then(([{liveQuery}, db]) => {
      if (!live) return;
      sub = liveQuery(async () => ({
        ops: await db.ops.where('scope').equals(scope).sortBy('seq'),
        blobs: await db.blobs.where('scope').equals(scope).toArray(),
      })).subscribe({next: setView, error: () => {}});
    });
    return () => {
      live = false;
      sub?.unsubscribe();
    };
  }, [outbox, scope]);

  // Replay: when the connection changes, when the journal changes, and on a timer.
  useEffect(() => {
    if (!outbox) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const run = () => {
      if (stopped) return;
      clearTimeout(timer);
      void outbox
        .tick()
        .catch(() => {})
        .finally(() => {
          if (!stopped) timer = setTimeout(run, TICK_MS);
        });
    };
    const unsubZero = zero.connection.state.subscribe(() => run());
    const onOnline = () => run();
    window.addEventListener('online', onOnline);
    run();
    return () => {
      stopped = true;
      clearTimeout(timer);
      unsubZero();
      window.removeEventListener('online', onOnline);
    };
  }, [outbox, zero]);

  // Ask the browser not to evict what is stored here, and warn before it is full.
  useEffect(() => {
    void navigator.storage?.persist?.().catch(() => false);
    const check = async () => {
      const est = await navigator.storage?.estimate?.().catch(() => undefined);
      if (!est?.quota || est.usage === undefined) return;
      const percent = Math.round((est.usage / est.quota) * 100);
      setStorageWarning(percent >= 90 ? percent : null);
    };
    void check();
    const id = setInterval(check, 60_000);
    return () => clearInterval(id);
  }, []);

  const writeEarly = useCallback(
    async (req: MutateRequestLike, files: readonly NewFile[] = []): Promise<WriteResult> => {
      // Loaded already in practice (idle after the first paint); a write made before that waits for the chunk.
      const outbox = ready.get(zero) ?? (await outboxFor(zero, scope));
      // A write before the first screen was marked (another section opened offline): the journal's view goes live now.
      setOutbox(outbox);
      const r = await outbox.write(req.mutator.mutatorName, req.args ?? null, files);
      return r.ok ? r : {ok: false, details: r.details, message: describeError(r.details, t)};
    },
    [zero, scope, t],
  );
  // Screens clear what was typed once a write resolves: by default it resolves once the journal holds it.
  const write = useCallback(
    async (req: MutateRequestLike, files: readonly NewFile[] = []): Promise<WriteResult> => {
      const r = await writeEarly(req, files);
      if (r.ok && r.journaled) await r.journaled;
      return r;
    },
    [writeEarly],
  );

  const api = useMemo(() => ({write, writeEarly, outbox, view, storageWarning}), [write, writeEarly, outbox, view, storageWarning]);
  return <WriterContext.Provider value={api}>{children}</WriterContext.Provider>;
}

export function useWriter(): WriterApi {
  const v = useContext(WriterContext);
  if (!v) throw new Error('useWriter outside WriterProvider');
  return v;
}

export function useWrite() {
  return useWriter().write;
}

/** The write that answers before the journal does (see WriterApi.writeEarly). */
export function useWriteEarly() {
  return useWriter().writeEarly;
}

/** Journal entries not yet confirmed by the server, and those needing the user. */
export function useOutboxCounts(): {waiting: number; attention: number} {
  const {view} = useWriter();
  return useMemo(() => {
    let waiting = 0;
    let attention = 0;
    for (const op of view.ops) {
      if (op.state === 'attention') attention++;
      else waiting++;
    }
    return {waiting, attention};
  }, [view]);
}

/** Records with writes on their way, to mark them "waiting to send". */
export function usePendingSubjects(): Set<string> {
  const {view} = useWriter();
  return useMemo(() => new Set(view.ops.filter((o) => o.state !== 'attention' && o.subject).map((o) => o.subject!)), [view]);
}

/** Files attached on this device that the server has not confirmed yet, with local previews. */
export function usePendingFiles(entityId: string): {id: string; name: string; url: string; mime: string}[] {
  const {view} = useWriter();
  const [urls, setUrls] = useState<Record<string, string>>({});
  const files = useMemo(() => {
    const ids = new Set(view.ops.filter((o) => o.subject === entityId).flatMap((o) => o.files));
    return view.blobs.filter((b) => ids.has(b.id));
  }, [view, entityId]);
  useEffect(() => {
    const made: Record<string, string> = {};
    for (const f of files) made[f.id] = URL.createObjectURL(f.blob);
    setUrls(made);
    return () => Object.values(made).forEach((u) => URL.revokeObjectURL(u));
  }, [files]);
  return files.filter((f) => urls[f.id]).map((f) => ({id: f.id, name: f.name, mime: f.mime, url: urls[f.id]!}));
}
