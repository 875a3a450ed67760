// Runs one named mutator inside a server transaction — for sync pushes, REST
// calls and public forms alike — with the audit context set and the write's
// idempotency key recorded in the same transaction.
import {mustGetMutator, type ReadonlyJSONValue} from '@rocicorp/zero';
import type {AuthContext} from '../../shared/auth/context.ts';
import {mutators} from '../../shared/mutators/index.ts';
import type {ServerTx, ZeroDb} from './db.ts';

function opIdOf(args: ReadonlyJSONValue | undefined): string | undefined {
  if (args && typeof args === 'object' && !Array.isArray(args)) {
    const op = (args as {opId?: unknown}).opId;
    if (typeof op === 'string' && op.length > 0 && op.length <= 64) return op;
  }
  return undefined;
}

/** Returns false when this write's idempotency key was already executed (a replay). */
export async function executeMutator(tx: ServerTx, name: string, args: ReadonlyJSONValue | undefined, ctx: AuthContext): Promise<boolean> {
  const mutator = mustGetMutator(mutators, name);
  const actor = ctx.kind === 'member' ? ctx.memberID : '';
  const via = ctx.kind === 'member' ? ctx.via : 'public';
  await tx.dbTransaction.query(
    `select set_config('dot.actor_id', $1, true), set_config('dot.via', $2, true), set_config('dot.mutator', $3, true)`,
    [actor, via, name],
  );
  const opId = opIdOf(args);
  if (opId) {
    const rows = [
      ...(await tx.dbTransaction.query(
        `insert into applied_op (company_id, op_id, mutator) values ($1, $2, $3) on conflict do nothing returning 1`,
        [ctx.companyID, opId, name],
      )),
    ];
    if (rows.length === 0) return false;
  }
  await mutator.fn({tx, args, ctx});
  return true;
}

/** A write that does not come through Zero's push (REST, public form): its own transaction. */
export function runMutator(zdb: ZeroDb, name: string, args: ReadonlyJSONValue | undefined, ctx: AuthContext): Promise<boolean> {
  return zdb.transaction((tx) => executeMutator(tx, name, args, ctx));
}
