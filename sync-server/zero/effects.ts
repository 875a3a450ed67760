// What a write sets off on the server, declared by the module that owns it
// (its server manifest's `effects`) against the mutator itself, not its name:
// a renamed mutator or a changed argument no longer compiles.
//
// `after` runs inside the write's own transaction, after the mutator, with
// what the mutator returned (its outcome: "moved to 15:00"; nothing for a
// replay or a write that changed nothing). Jobs it enqueues commit with the
// write or not at all, and run once: a replayed write has no outcome, and the
// jobs' dedupe keys make a second enqueue harmless (a transactional outbox).
// `conflict` adds details the device needs when the database refused the
// write as a conflict (the nearest free slots of a taken time).
import type {ReadonlyJSONValue} from '@rocicorp/zero';
import type {AuthContext} from '#shared/auth/context.ts';
import type {ErrorDetails} from '#shared/errors.ts';
import type {Sql} from '../jobs/queue.ts';

// A mutator from the registry (mutators.booking.move), seen through what we
// need of it: its name and its argument type.
type AnyMutator = {readonly mutatorName: string; readonly '~': {readonly $input: unknown}};
type Args<M extends AnyMutator> = Exclude<M['~']['$input'], undefined>;

export type AfterWrite<A> = (input: {sql: Sql; args: A; ctx: AuthContext; outcome: unknown}) => Promise<void>;
export type ConflictDetails<A> = (args: A, ctx: AuthContext) => Promise<Partial<ErrorDetails>>;

export type Effect = {readonly mutator: string; readonly after?: AfterWrite<any>; readonly conflict?: ConflictDetails<any>};

export function afterWrite<M extends AnyMutator>(mutator: M, after: AfterWrite<Args<M>>): Effect {
  return {mutator: mutator.mutatorName, after};
}

export function onConflict<M extends AnyMutator>(mutator: M, conflict: ConflictDetails<Args<M>>): Effect {
  return {mutator: mutator.mutatorName, conflict};
}

export type Effects = {
  run(
    db: {query(text: string, params: unknown[]): Promise<Iterable<unknown>>},
    mutator: string,
    args: ReadonlyJSONValue | undefined,
    ctx: AuthContext,
    outcome: unknown,
  ): Promise<void>;
  conflictExtras(mutator: string, args: ReadonlyJSONValue | undefined, ctx: AuthContext): Promise<Partial<ErrorDetails>>;
};

const asRecord = (args: ReadonlyJSONValue | undefined) => (args && typeof args === 'object' && !Array.isArray(args) ? (args as Record<string, unknown>) : {});

export function effectTable(list: readonly Effect[]): Effects {
  const after = new Map<string, AfterWrite<any>[]>();
  const conflict = new Map<string, ConflictDetails<any>>();
  for (const e of list) {
    if (e.after) after.set(e.mutator, [...(after.get(e.mutator) ?? []), e.after]);
    if (e.conflict) {
      if (conflict.has(e.mutator)) throw new Error(`two conflict handlers for ${e.mutator}`);
      conflict.set(e.mutator, e.conflict);
    }
  }
  return {
    async run(db, mutator, args, ctx, outcome) {
      const fns = after.get(mutator);
      if (!fns) return;
      const sql: Sql = async (text, params) => [...(await db.query(text, [...params]))] as Record<string, unknown>[];
      for (const fn of fns) await fn({sql, args: asRecord(args), ctx, outcome});
    },
    async conflictExtras(mutator, args, ctx) {
      const fn = conflict.get(mutator);
      if (!fn) return {};
      try {
        return await fn(asRecord(args), ctx);
      } catch {
        return {};
      }
    },
  };
}

export const noEffects: Effects = effectTable([]);
