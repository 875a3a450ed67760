// An Idempotency-Key makes a REST write safe to retry: it becomes the write's
// op id (applied once, see zero/execute.ts), and a record the write creates
// without an id given gets one derived from the key, so the retry answers with
// the same record instead of "not found".
import {createHash} from 'node:crypto';
import type {AuthContext} from '#shared/auth/context.ts';
import {newId} from '../auth/tokens.ts';

type Req = {get(name: string): string | undefined};

/** `{opId}` for the executor, or nothing when the caller sent no key. */
export function opKey(req: Req, suffix?: string): {opId?: string} {
  const k = req.get('idempotency-key');
  return k ? {opId: suffix ? `${k}:${suffix}` : k} : {};
}

/** A new record's id: fresh, or the same for every retry of one keyed write. */
export function recordId(req: Req, ctx: AuthContext, suffix = ''): string {
  const k = req.get('idempotency-key');
  if (!k) return newId();
  const h = createHash('sha256').update(`${ctx.companyID}\u0000${k}\u0000${suffix}`).digest('hex');
  // Shaped like a UUID (version 8: custom), so it looks like every other id.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
