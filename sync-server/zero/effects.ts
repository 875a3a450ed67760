// What a write sets off on the server, inside the write's own transaction:
// a module registers an effect per mutator name (enqueue a job that tells the
// client their booking moved; later, start an SLA clock on a new request).
// Running in the same transaction means the effect commits with the write or
// not at all — nothing is lost between them (a transactional outbox).
// And when the database refuses a write as a conflict, a module may add
// details the device needs (the nearest free slots of a taken time).
import type {ReadonlyJSONValue} from '@rocicorp/zero';
import type {AuthContext} from '../../shared/auth/context.ts';
import type {ErrorDetails} from '../../shared/errors.ts';
import type {Sql} from '../jobs/queue.ts';

export type WriteEffect = (sql: Sql, args: Record<string, unknown>, ctx: AuthContext) => Promise<void>;
export type ConflictDetails = (args: Record<string, unknown>, ctx: AuthContext) => Promise<Partial<ErrorDetails>>;

const effects = new Map<string, WriteEffect[]>();
const conflictDetails = new Map<string, ConflictDetails>();

export function onWrite(mutator: string, effect: WriteEffect): void {
  effects.set(mutator, [...(effects.get(mutator) ?? []), effect]);
}

export function onConflict(mutator: string, details: ConflictDetails): void {
  conflictDetails.set(mutator, details);
}

const asRecord = (args: ReadonlyJSONValue | undefined) => (args && typeof args === 'object' && !Array.isArray(args) ? (args as Record<string, unknown>) : {});

export async function runEffects(
  db: {query(text: string, params: unknown[]): Promise<Iterable<unknown>>},
  mutator: string,
  args: ReadonlyJSONValue | undefined,
  ctx: AuthContext,
): Promise<void> {
  const list = effects.get(mutator);
  if (!list) return;
  const sql: Sql = async (text, params) => [...(await db.query(text, [...params]))] as Record<string, unknown>[];
  for (const effect of list) await effect(sql, asRecord(args), ctx);
}

export async function conflictExtras(mutator: string, args: ReadonlyJSONValue | undefined, ctx: AuthContext): Promise<Partial<ErrorDetails>> {
  const fn = conflictDetails.get(mutator);
  if (!fn) return {};
  try {
    return await fn(asRecord(args), ctx);
  } catch {
    return {};
  }
}
