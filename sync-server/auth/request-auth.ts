// Who is calling: the session cookie (browsers, and zero-cache forwarding it),
// or "Authorization: Bearer dot_…" (API keys for integrations).
import {parse as parseCookie} from 'cookie';
import type {Request} from 'express';
import type pg from 'pg';
import {resolveSession, SESSION_COOKIE, type ResolvedSession} from './sessions.ts';

export function credentialFromRequest(req: Request): string | undefined {
  const auth = req.get('authorization');
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  const cookies = parseCookie(req.get('cookie') ?? '');
  return cookies[SESSION_COOKIE];
}

export function sessionFromRequest(pool: pg.Pool, req: Request): Promise<ResolvedSession | null> {
  return resolveSession(pool, credentialFromRequest(req));
}
