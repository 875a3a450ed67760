// The browser side of the outbox's needs: Zero itself, which tabs are alive
// (Web Locks), whether Zero's own storage still holds a write, the server's
// answers (REST) and uploads.
import {getMutator, type ReadonlyJSONValue, type Zero} from '@rocicorp/zero';
import type {ErrorDetails} from '#shared/errors.ts';
import {mutators} from '../sync/mutators.ts';
import type {BlobEntry} from './outbox-db.ts';
import type {MutateResult, OpStatus, UploadResult, ZeroPort} from './outbox.ts';
import {refusalDetails} from './refusal.ts';

const CLIENT_LOCK = 'dot-zero-client:';

type RawResult = {type: 'success'} | {type: 'error'; error: {type: 'app'; details: ReadonlyJSONValue | undefined} | {type: 'zero'; message: string}};

function normalize(r: RawResult): MutateResult {
  if (r.type === 'success') return r;
  if (r.error.type === 'app') return {type: 'error', error: {type: 'app', details: refusalDetails(r.error.details)}};
  return {type: 'error', error: {type: 'zero', message: r.error.message}};
}

export function zeroPort(zero: Zero): ZeroPort {
  // Holding this lock for the tab's lifetime tells other tabs this Zero client is alive.
  void navigator.locks?.request(CLIENT_LOCK + zero.clientID, () => new Promise(() => {}));
  const state = () => zero.connection.state.current.name;
  return {
    clientID: zero.clientID,
    accepting: () => ['connected', 'connecting', 'needs-auth'].includes(state()),
    connected: () => state() === 'connected',
    mutate(name, args) {
      const mutator = getMutator(mutators, name);
      if (!mutator) {
        const refused: MutateResult = {type: 'error', error: {type: 'app', details: {code: 'not_found'}}};
        return {client: Promise.resolve(refused), server: Promise.resolve(refused)};
      }
      const r = zero.mutate(mutator(args as never));
      return {client: r.client.then(normalize), server: r.server.then(normalize)};
    },
    reconnect() {
      const s = state();
      if (s === 'disconnected' || s === 'error') void zero.connection.connect().catch(() => {});
    },
  };
}

export async function liveClients(): Promise<Set<string>> {
  const snapshot = await navigator.locks?.query();
  const names = (snapshot?.held ?? []).map((l) => l.name ?? '');
  return new Set(names.filter((n) => n.startsWith(CLIENT_LOCK)).map((n) => n.slice(CLIENT_LOCK.length)));
}

export function exclusive(name: string, fn: () => Promise<void>): Promise<void> {
  if (!navigator.locks) return fn();
  return navigator.locks.request(name, {ifAvailable: true}, async (lock) => {
    if (lock) await fn();
  });
}

const OPEN_TIMEOUT_MS = 2000;

/**
 * Zero (Replicache) keeps writes it has not sent in IndexedDB databases named
 * "rep:…", as JSON that includes the mutator's arguments — and so our opIds.
 * Finding an opId there means Zero will send that write itself. This reads
 * Zero's storage format, so it is only a guard against a redundant second
 * copy: if it ever finds nothing, the server's idempotency keys still make the
 * replay harmless.
 */
export async function zeroHolds(opIds: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  if (!opIds.length || !indexedDB.databases) return found;
  const needles = opIds.map((id) => ({id, text: `"opId":"${id}"`}));
  for (const {name} of await indexedDB.databases()) {
    if (!name?.startsWith('rep:')) continue;
    const db = await new Promise<IDBDatabase | null>((resolve) => {
      // Zero drops the databases of old sessions; an open queued behind such a
      // delete may wait indefinitely, and this is only a guard, so it gives up.
      let gaveUp = false;
      const late = setTimeout(() => {
        gaveUp = true;
        resolve(null);
      }, OPEN_TIMEOUT_MS);
      const req = indexedDB.open(name);
      req.onsuccess = () => {
        clearTimeout(late);
        if (gaveUp) return req.result.close();
        req.result.onversionchange = () => req.result.close(); // never block Zero's own delete
        resolve(req.result);
      };
      req.onerror = () => resolve(null);
      req.onupgradeneeded = () => {
        req.transaction?.abort();
        resolve(null);
      };
    });
    if (!db) continue;
    try {
      for (const store of Array.from(db.objectStoreNames)) {
        await new Promise<void>((resolve) => {
          let cursor: IDBRequest<IDBCursorWithValue | null>;
          try {
            cursor = db.transaction(store, 'readonly').objectStore(store).openCursor();
          } catch {
            return resolve(); // closed under us for Zero's delete: nothing of it left to find
          }
          cursor.onsuccess = () => {
            const c = cursor.result;
            if (!c) return resolve();
            const text = JSON.stringify(c.value);
            for (const n of needles) if (text.includes(n.text)) found.add(n.id);
            c.continue();
          };
          cursor.onerror = () => resolve();
        });
      }
    } finally {
      db.close();
    }
  }
  return found;
}

export async function uploadBlob(blob: BlobEntry): Promise<UploadResult> {
  if (!navigator.onLine) return 'retry';
  try {
    const res = await fetch(`/api/v1/files/${encodeURIComponent(blob.id)}`, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: {'Content-Type': blob.mime, 'X-File-Name': encodeURIComponent(blob.name)},
      body: blob.blob,
    });
    if (res.ok) return 'ok';
    if (res.status === 401 || res.status >= 500) return 'retry';
    const body = (await res.json().catch(() => null)) as {error?: {code?: string}} | null;
    const details: ErrorDetails =
      res.status === 413 ? {code: 'validation', messageKey: 'files.tooLarge'} : {code: body?.error?.code === 'not_found' ? 'not_found' : 'validation'};
    return {refused: details};
  } catch {
    return 'retry';
  }
}

export async function opStatus(opIds: string[]): Promise<OpStatus | null> {
  if (!navigator.onLine) return null;
  try {
    const res = await fetch('/api/v1/ops/status', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({opIds}),
    });
    if (!res.ok) return null;
    const body = (await res.json()) as {applied: string[]; refused: {opId: string; details: ReadonlyJSONValue}[]};
    return {applied: body.applied, refused: body.refused.map((r) => ({opId: r.opId, details: refusalDetails(r.details)}))};
  } catch {
    return null;
  }
}
