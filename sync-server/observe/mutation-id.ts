// A write pushed through sync is named by the device itself: its Zero client id
// and the mutation's number, "<clientID>:<mutationID>". While the server runs
// it, that is the request id (log lines, and the jobs it enqueues: jobs/queue.ts),
// so an operator can follow one tap on a phone to the reminder it caused. The
// HTTP request id of the push (which may carry many mutations) is kept as `push`.
import {currentRequestId, log, withRequestId} from '../log.ts';
import {mutations} from './instruments.ts';

type Mutation = {readonly clientID: string; readonly id: number; readonly name: string};
type Handler<T, R> = (transact: T, mutation: Mutation) => Promise<R>;

export const mutationIdOf = (m: Pick<Mutation, 'clientID' | 'id'>) => `${m.clientID}:${m.id}`;

export function mutationRequestId<T, R extends object>(handler: Handler<T, R>): Handler<T, R> {
  return (transact, mutation) => {
    const push = currentRequestId();
    return withRequestId(mutationIdOf(mutation), async () => {
      try {
        const result = await handler(transact, mutation);
        const refused = 'result' in result && typeof result.result === 'object' && result.result !== null && 'error' in result.result;
        mutations.inc({outcome: refused ? 'refused' : 'applied'});
        log.debug('sync', `mutation ${mutation.name}`, {push, outcome: refused ? 'refused' : 'applied'});
        return result;
      } catch (e) {
        mutations.inc({outcome: 'error'});
        throw e;
      }
    });
  };
}
