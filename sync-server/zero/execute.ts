// Runs one named mutator inside a server transaction — for sync pushes, REST
// calls and public forms alike — with the audit context set and the write's
// idempotency key recorded in the same transaction. A refusal of a keyed write
// is recorded apart (its transaction is rolled back), so the device learns it
// even if it never receives the answer.
import {mustGetMutator, type ReadonlyJSONValue} from '@rocicorp/zero';
import {isApplicationError} from '@rocicorp/zero/server';
import type pg from 'pg';
import type {AuthContext} from '../../shared/auth/context.ts';
import {assertModuleOn, moduleOfMutator} from '../../shared/company/module-access.ts';
import {domainError, isErrorDetails} from '../../shared/errors.ts';
import {mutators} from '../../shared/mutators/index.ts';
import {opIdOf, subjectOf} from '../../shared/outbox/subject.ts';
import {log} from '../log.ts';
import type {ServerTx, ZeroDb} from './db.ts';
import {conflictExtras, runEffects} from './effects.ts';

/**
 * Database rules that back domain rules (double booking, uniqueness) become
 * typed refusals; the mutator's module may add what the device needs to
 * resolve it (effects.ts: the nearest free slots of a taken time).
 */
async function fromDatabaseError(e: unknown, name: string, args: ReadonlyJSONValue | undefined, ctx: AuthContext): Promise<unknown> {
  const code = (e as {code?: string})?.code;
  if (code === '23P01' || code === '23505') {
    return domainError('conflict', {field: (e as {constraint?: string}).constraint ?? undefined, ...(await conflictExtras(name, args, ctx))});
  }
  return e;
}

export type Executor = {
  execute(tx: ServerTx, name: string, args: ReadonlyJSONValue | undefined, ctx: AuthContext): Promise<boolean>;
  run(name: string, args: ReadonlyJSONValue | undefined, ctx: AuthContext): Promise<boolean>;
  /** Several writes as one: all land or none does (a REST PATCH that changes details and status). */
  runAll(steps: readonly (readonly [name: string, args: ReadonlyJSONValue])[], ctx: AuthContext): Promise<void>;
};

export function createExecutor(deps: {pool: pg.Pool; zdb: ZeroDb}): Executor {
  async function recordRefusal(name: string, args: ReadonlyJSONValue | undefined, ctx: AuthContext, err: unknown) {
    const opId = opIdOf(args);
    if (!opId || !isApplicationError(err)) return;
    const details = isErrorDetails(err.details) ? err.details : {code: 'forbidden_state'};
    try {
      await deps.pool.query(
        `insert into refused_op (company_id, op_id, mutator, member_id, subject_id, code, details)
         values ($1, $2, $3, $4, $5, $6, $7) on conflict (company_id, op_id) do nothing`,
        [ctx.companyID, opId, name, ctx.kind === 'member' ? ctx.memberID : null, subjectOf(args) ?? null, details.code, JSON.stringify(details)],
      );
    } catch (e) {
      log.warn('api', `could not record a refused write: ${(e as Error).message}`);
    }
  }

  /** Returns false when this write's idempotency key was already executed (a replay). */
  async function execute(tx: ServerTx, name: string, args: ReadonlyJSONValue | undefined, ctx: AuthContext): Promise<boolean> {
    const mutator = mustGetMutator(mutators, name);
    const actor = ctx.kind === 'member' ? ctx.memberID : '';
    const via = ctx.kind === 'member' ? ctx.via : ctx.kind;
    await tx.dbTransaction.query(
      `select set_config('dot.actor_id', $1, true), set_config('dot.via', $2, true), set_config('dot.mutator', $3, true)`,
      [actor, via, name],
    );
    const opId = opIdOf(args);
    if (opId) {
      const rows = [
        ...(await tx.dbTransaction.query(
          `insert into applied_op (company_id, op_id, mutator, member_id) values ($1, $2, $3, $4) on conflict do nothing returning 1`,
          [ctx.companyID, opId, name, ctx.kind === 'member' ? ctx.memberID : null],
        )),
      ];
      if (rows.length === 0) return false;
    }
    try {
      assertModuleOn(ctx, moduleOfMutator(name)); // a switched-off module refuses first (module-access.ts)
      await mutator.fn({tx, args, ctx});
      // What the write sets off (jobs to enqueue) commits with it or not at all.
      await runEffects(tx.dbTransaction, name, args, ctx);
    } catch (e) {
      const err = await fromDatabaseError(e, name, args, ctx);
      await recordRefusal(name, args, ctx, err);
      throw err;
    }
    return true;
  }

  return {
    execute,
    run: (name, args, ctx) => deps.zdb.transaction((tx) => execute(tx, name, args, ctx)),
    runAll: (steps, ctx) =>
      deps.zdb.transaction(async (tx) => {
        for (const [name, args] of steps) await execute(tx, name, args, ctx);
      }),
  };
}
