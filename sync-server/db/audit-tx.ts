// A plain SQL transaction that still writes a correct audit trail: the actor,
// channel and action are set transaction-locally for the audit triggers.
import type pg from 'pg';

export type AuditActor = {actorId: string | null; via: string; action: string};

export async function auditedTransaction<T>(pool: pg.Pool, actor: AuditActor, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('dot.actor_id', $1, true), set_config('dot.via', $2, true), set_config('dot.mutator', $3, true)`, [
      actor.actorId ?? '',
      actor.via,
      actor.action,
    ]);
    const result = await fn(client);
    await client.query('commit');
    return result;
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}
