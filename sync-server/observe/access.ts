// Who may read /metrics: with DOT_METRICS_TOKEN set, whoever sends it as a
// Bearer token; without one, only this machine (a Prometheus or a curl on the
// host). The address is Express's req.ip, so behind a trusted proxy
// (DOT_TRUST_PROXY, loopback by default) the real client's address counts, not
// the proxy's: a request the proxy forwards from the internet is refused.
import {timingSafeEqual} from 'node:crypto';
import type express from 'express';

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.startsWith('::ffff:') ? address.slice(7) : address;
  return a === '::1' || /^127\.\d+\.\d+\.\d+$/.test(a);
}

function sameSecret(given: string, wanted: string): boolean {
  const x = Buffer.from(given);
  const y = Buffer.from(wanted);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** 'ok', or the status to refuse with (401: a token is wanted; 403: not from here). */
export function metricsAccess(req: Pick<express.Request, 'ip' | 'get'>, token: string | undefined): 'ok' | 401 | 403 {
  if (token) {
    const given = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '')?.[1]?.trim();
    return given && sameSecret(given, token) ? 'ok' : 401;
  }
  return isLoopback(req.ip) ? 'ok' : 403;
}
