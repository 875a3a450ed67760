// Runs one named mutator inside a server transaction — for sync pushes, REST
// calls and public forms alike — with the audit context set and the write's
// idempotency key recorded in the same transaction. A refusal of a keyed write
// is recorded apart (its transaction is rolled back), so the device learns it
// even if it never receives the answer.
//
// Server code addresses a write by the mutator itself:
//   executor.run(mutators.booking.move({id, startsAt, at}), ctx)
// so a renamed mutator or a wrong argument does not compile. Only sync's wire
// format arrives as a name (execute()).
import {mustGetMutator, type ReadonlyJSONValue} from '@rocicorp/zero';
import {isApplicationError} from '@rocicorp/zero/server';
import type pg from 'pg';
import type {AuthContext} from '#shared/auth/context.ts';
import {assertModuleOn, moduleOfMutator} from '#shared/company/module-access.ts';
import {domainError, isErrorDetails} from '#shared/errors.ts';
import {mutators} from '#shared/mutators/index.ts';
import {takeOutcome} from '#shared/mutators/outcome.ts';
import {opIdOf, subjectOf} from '#shared/outbox/subject.ts';
import {log} from '../log.ts';
import {databaseRefusalOf} from '../http/refusal.ts';
import type {ServerTx, ZeroDb} from './db.ts';
import {noEffects, type Effects} from './effects.ts';

/** One write: a call of a registered mutator, `mutators.request.create({...})` (a Zero MutateRequest). */
export type Write = {readonly mutator: {readonly mutatorName: string}; readonly args: unknown};

export type Executor = {
  /** Sync's wire format: a write by name. Returns false for a replay of an applied key. */
  execute(tx: ServerTx, name: string, args: ReadonlyJSONValue | undefined, ctx: AuthContext): Promise<boolean>;
  /** One write in its own transaction. Returns false for a replay of an applied key. */
  run(write: Write, ctx: AuthContext): Promise<boolean>;
  /** Several writes as one: all land or none does (a REST PATCH that changes details and status). */
  runAll(writes: readonly Write[], ctx: AuthContext): Promise<void>;
};

export function createExecutor(deps: {pool: pg.Pool; zdb: ZeroDb; effects?: Effects}): Executor {
  const effects = deps.effects ?? noEffects;

  /**
   * Database rules that back domain rules (double booking, uniqueness) become
   * typed refusals; the mutator's module may add what the device needs to
   * resolve it (the nearest free slots of a taken time).
   */
  async function fromDatabaseError(e: unknown, name: string, args: ReadonlyJSONValue | undefined, ctx: AuthContext): Promise<unknown> {
    const code = (e as {code?: string})?.code;
    if (code === '23P01' || code === '23505') {
      const fields = databaseRefusalOf(e)?.fields;
      return domainError('conflict', {
        field: (e as {constraint?: string}).constraint ?? undefined,
        ...(fields && {fields}),
        ...(await effects.conflictExtras(name, args, ctx)),
      });
    }
    return e;
  }

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

  async function execute(tx: ServerTx, name: string, args: ReadonlyJSONValue | undefined, ctx: AuthContext): Promise<boolean> {
    const mutator = mustGetMutator(mutators, name);
    const actor = ctx.kind === 'member' ? ctx.memberID : '';
    const via = ctx.kind === 'member' ? ctx.via : ctx.kind;
    // The audit context and the idempotency key in one round trip (each one is ~1 ms of the push's path):
    // the CTE runs the set_configs before the insert reads its row from it.
    const SET_CONTEXT = `select set_config('dot.actor_id', $1, true), set_config('dot.via', $2, true), set_config('dot.mutator', $3, true)`;
    const opId = opIdOf(args);
    if (!opId) await tx.dbTransaction.query(SET_CONTEXT, [actor, via, name]);
    else {
      const rows = [
        ...(await tx.dbTransaction.query(
          `with context as (${SET_CONTEXT})
           insert into applied_op (company_id, op_id, mutator, member_id) select $4, $5, $3, $6 from context
           on conflict do nothing returning 1`,
          [actor, via, name, ctx.companyID, opId, ctx.kind === 'member' ? ctx.memberID : null],
        )),
      ];
      if (rows.length === 0) return false;
    }
    try {
      assertModuleOn(ctx, moduleOfMutator(name)); // a switched-off module refuses first (module-access.ts)
      await mutator.fn({tx, args, ctx});
      // What the write sets off (jobs to enqueue) commits with it or not at all.
      await effects.run(tx.dbTransaction, name, args, ctx, takeOutcome(tx));
    } catch (e) {
      const err = await fromDatabaseError(e, name, args, ctx);
      await recordRefusal(name, args, ctx, err);
      throw err;
    }
    return true;
  }

  const nameOf = (w: Write) => w.mutator.mutatorName;
  return {
    execute,
    run: (write, ctx) => deps.zdb.transaction((tx) => execute(tx, nameOf(write), write.args as ReadonlyJSONValue | undefined, ctx)),
    runAll: (writes, ctx) =>
      deps.zdb.transaction(async (tx) => {
        for (const w of writes) await execute(tx, nameOf(w), w.args as ReadonlyJSONValue | undefined, ctx);
      }),
  };
}
