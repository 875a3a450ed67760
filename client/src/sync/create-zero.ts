import {Zero} from '@rocicorp/zero';
import {schema} from '#schema/zero-schema.ts';
import {mutators} from '#shared/mutators/index.ts';
import '#shared/zero-types.ts';
import {memberContextOf, type Session} from '../session/session.ts';
import {quietRefusals} from './log-sink.ts';

/**
 * One Zero per signed-in member: its replica lives in IndexedDB under the
 * user and company, and it reaches zero-cache on this same origin (/zero).
 * The session cookie authenticates the WebSocket; no token lives in JS.
 */
export function createZero(session: Session) {
  return new Zero({
    cacheURL: `${location.origin}/zero`,
    userID: session.user.id,
    storageKey: session.company.id,
    schema,
    mutators,
    context: memberContextOf(session),
    kvStore: 'idb',
    logLevel: 'error',
    logSink: quietRefusals(),
    // Zero refuses writes once it has been "disconnected" (after 60 s offline by
    // default). A master may be offline for days: stay "connecting" (retrying,
    // and queuing writes) for up to 24 days, the longest timer browsers keep.
    disconnectTimeoutMs: 2_000_000_000,
  });
}
export type DotZero = ReturnType<typeof createZero>;

let current: {key: string; zero: DotZero} | undefined;

/**
 * The Zero of the signed-in member, created once per member and company.
 * Not created during render: React may render a tree and throw it away (a
 * lazy chunk suspending), and a Zero made there would live on unseen, holding
 * a second connection and a second queue.
 */
export function zeroFor(session: Session): DotZero {
  const key = `${session.user.id}:${session.company.id}`;
  if (current?.key === key) return current.zero;
  void current?.zero.close();
  current = {key, zero: createZero(session)};
  return current.zero;
}

export function closeZero(): void {
  void current?.zero.close();
  current = undefined;
}
