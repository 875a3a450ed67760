// The transaction type a shared mutator receives (device or server), for helpers.
import type {Transaction} from '@rocicorp/zero';
import type {Schema} from '#schema/zero-schema.ts';

export type ServerOrClientTx = Transaction<Schema>;

/** A server mutator's own transaction as a plain SQL query (shared/platform/limits.ts); server only. */
export const sqlOf =
  (tx: ServerOrClientTx) =>
  (sql: string, params: unknown[]): Promise<Iterable<Record<string, unknown>>> => {
    if (tx.location !== 'server') throw new Error('sqlOf: server only');
    return tx.dbTransaction.query(sql, params) as Promise<Iterable<Record<string, unknown>>>;
  };
