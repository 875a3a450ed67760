// Every dot mutator is defined through here.
//
// Zero replays a device's unconfirmed writes ("rebase") each time newer server
// data arrives. If a rule fails during such a replay — a colleague cancelled
// the request this device wanted to move — the mutator must not throw: an
// error there breaks Zero's processing of the server's update and the
// connection with it. So during a rebase a refused write simply changes
// nothing on the device; the server, which has the last word, refuses it for
// real and the outbox shows the refusal. On the first run on the device and on
// the server, refusals throw as usual.
//
// Invariant this relies on: a mutator checks everything before it writes
// anything, so swallowing a refusal never leaves half a write.
//
// Beside the body, a mutator declares what the rest of the system needs to
// know about it (meta: how its author resolves a refusal, which record it is
// about), and its body may return what it did (an outcome: "moved to 15:00",
// "nothing changed"). The server hands the outcome to the write's effects, so
// they never re-discover from the database what the mutator already knew.
import {defineMutator, type ApplicationError, type ReadonlyJSONValue, type Transaction} from '@rocicorp/zero';
import type {z} from 'zod';
import type {AuthContext} from '../auth/context.ts';
import {assertStorable} from '../validation/storable.ts';
import {setOutcome} from './outcome.ts';
import {setWriteMeta, type WriteMeta} from './meta.ts';

type Body<A> = (options: {tx: Transaction; args: A; ctx: AuthContext}) => Promise<unknown>;

function isRefusal(e: unknown): e is ApplicationError {
  return e instanceof Error && (e as {kind?: string}).kind === 'Application';
}

export function dotMutator<O extends ReadonlyJSONValue | undefined, I extends ReadonlyJSONValue | undefined>(
  schema: z.ZodType<O, I>,
  body: Body<O>,
  meta?: WriteMeta,
) {
  const definition = defineMutator(schema, async (options) => {
    try {
      // Text PostgreSQL cannot store is refused here, for every mutator and every field at once.
      assertStorable(options.args);
      const outcome = await body(options);
      if (options.tx.location === 'server') setOutcome(options.tx, outcome);
    } catch (e) {
      if (options.tx.location === 'client' && options.tx.reason === 'rebase' && isRefusal(e)) return;
      throw e;
    }
  });
  if (meta) setWriteMeta(definition, meta);
  return definition;
}
