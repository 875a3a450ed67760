// The outbox's ports (outbox.ts): what it needs from Zero, IndexedDB, the server and the browser, and what it answers.
import type {ReadonlyJSONValue} from '@rocicorp/zero';
import type {ErrorDetails} from '#shared/errors.ts';
import type {BlobEntry, OutboxDB} from './outbox-db.ts';

export type MutateResult = {type: 'success'} | {type: 'error'; error: {type: 'app'; details: ErrorDetails} | {type: 'zero'; message: string}};

/** What the outbox needs from Zero (an adapter in zero-port.ts; a fake in tests). */
export type ZeroPort = {
  readonly clientID: string;
  /** connected, connecting or needs-auth: Zero takes writes and queues them. */
  accepting(): boolean;
  connected(): boolean;
  mutate(name: string, args: ReadonlyJSONValue): {client: Promise<MutateResult>; server: Promise<MutateResult>};
  /** Ask a disconnected Zero to start connecting again (and so accept writes). */
  reconnect(): void;
};

export type UploadResult = 'ok' | 'retry' | {refused: ErrorDetails};
export type OpStatus = {applied: string[]; refused: {opId: string; details: ErrorDetails}[]};

export type OutboxDeps = {
  db: OutboxDB;
  /** user:company — one device may hold several accounts. */
  scope: string;
  zero: ZeroPort;
  now: () => number;
  newOpId: () => string;
  /** Zero clients (tabs) running right now on this device. */
  liveClients: () => Promise<Set<string>>;
  /** Which of these writes Zero's own storage still holds (so it will send them itself). */
  zeroHolds: (opIds: string[]) => Promise<Set<string>>;
  upload: (blob: BlobEntry) => Promise<UploadResult>;
  /** The server's record of these writes; null when it cannot be reached. */
  status: (opIds: string[]) => Promise<OpStatus | null>;
  /** Runs fn unless another tab is already running it (Web Locks in the browser). */
  exclusive: (name: string, fn: () => Promise<void>) => Promise<void>;
  /** How long one pass may hold the sender before the next may start; 20 s by default. */
  tickDeadlineMs?: number;
};

/** `journaled`: settles once the device's journal holds the write (a handed write is answered before that). */
export type WriteResult = {ok: true; waiting: boolean; journaled?: Promise<void>} | {ok: false; details: ErrorDetails};

export type NewFile = {id: string; blob: Blob; name: string; mime: string};
