// The device's journal of writes (IndexedDB via Dexie). Every write is here
// before it is handed to Zero, and stays until the server's answer is known:
// it survives reloads, closed tabs and restarts, and Zero's own ~1 s delay
// before it persists a queued mutation.
import Dexie, {type Table} from 'dexie';
import type {ReadonlyJSONValue} from '@rocicorp/zero';
import type {ErrorDetails} from '#shared/errors.ts';

/**
 * queued   — not handed to Zero yet (Zero would refuse it now, a file is still
 *            uploading, or older writes wait before it);
 * handed   — given to the Zero client `handedTo`, which holds it until sent;
 * attention — the server (or the device) refused it: the user decides.
 * A confirmed write is deleted.
 */
export type OpState = 'queued' | 'handed' | 'attention';

export type OpEntry = {
  seq?: number;
  opId: string;
  scope: string;
  name: string;
  args: ReadonlyJSONValue;
  subject?: string | undefined;
  createdAt: number;
  state: OpState;
  handedTo?: string | undefined;
  handedAt?: number | undefined;
  /** Files (blob ids) that must be uploaded before this write may go. */
  files: string[];
  error?: ErrorDetails | undefined;
  attempts: number;
};

export type BlobEntry = {
  id: string;
  scope: string;
  blob: Blob;
  name: string;
  mime: string;
  size: number;
  createdAt: number;
  uploaded: 0 | 1;
};

export class OutboxDB extends Dexie {
  ops!: Table<OpEntry, number>;
  blobs!: Table<BlobEntry, string>;

  constructor(name = 'dot-outbox') {
    super(name);
    this.version(1).stores({
      ops: '++seq, &opId, [scope+state], scope',
      blobs: 'id, scope, [scope+uploaded]',
    });
  }
}
