import {Zero} from '@rocicorp/zero';
import {schema} from '../../../schema/zero-schema.ts';
import {mutators} from '../../../shared/mutators/index.ts';
import '../../../shared/zero-types.ts';
import {memberContextOf, type Session} from '../session/session.ts';

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
  });
}
export type DotZero = ReturnType<typeof createZero>;
