import {Zero} from '@rocicorp/zero';
import {schema} from '#schema/zero-schema.ts';
import {mutators} from './mutators.ts';
import '#shared/zero-types.ts';
import type {MemberContext} from '#shared/auth/context.ts';
import {memberContextOf, type Session} from '../session/session.ts';
import {quietRefusals} from './log-sink.ts';

/**
 * One Zero per signed-in member: its replica lives in IndexedDB under the
 * user and company, and it reaches zero-cache on this same origin (/zero).
 * The session cookie authenticates the WebSocket; no token lives in JS.
 */
export function createZero(session: Session, context: MemberContext = memberContextOf(session)) {
  return new Zero({
    cacheURL: `${location.origin}/zero`,
    userID: session.user.id,
    storageKey: session.company.id,
    schema,
    mutators,
    context,
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

let current: {key: string; zero: DotZero; context: MemberContext} | undefined;

/**
 * The Zero of the signed-in member, created once per member and company.
 * Not created during render: React may render a tree and throw it away (a
 * lazy chunk suspending), and a Zero made there would live on unseen, holding
 * a second connection and a second queue.
 */
export function zeroFor(session: Session): DotZero {
  const key = `${session.user.id}:${session.company.id}`;
  if (current?.key === key) {
    // Permissions change while one is signed in (an owner switches a module on,
    // grants a role): the device's optimistic runs must see them, or it refuses
    // writes the server would take until the app is reloaded. Zero keeps the
    // context object it was given (its mutators and queries read it at each
    // call), so the same object is brought up to date.
    Object.assign(current.context, memberContextOf(session));
    return current.zero;
  }
  void current?.zero.close();
  const context = {...memberContextOf(session)};
  current = {key, zero: createZero(session, context), context};
  return current.zero;
}

export function closeZero(): void {
  void current?.zero.close();
  current = undefined;
}
