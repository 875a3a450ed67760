import {zeroNodePg} from '@rocicorp/zero/server/adapters/pg';
import type pg from 'pg';
import {schema} from '#schema/zero-schema.ts';

/** ZQL over our pool: the same reads and writes the device runs, authoritative here. */
export function createZeroDb(pool: pg.Pool) {
  return zeroNodePg(schema, pool);
}
export type ZeroDb = ReturnType<typeof createZeroDb>;
export type ServerTx = Parameters<Parameters<ZeroDb['transaction']>[0]>[0];
