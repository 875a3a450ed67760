// Cross-site request protection for writes a browser's cookie authenticates. The session cookie is SameSite=Lax,
// which already keeps it off a POST from another site — but not from a sibling subdomain (same site), an old
// browser, or a page on our origin's other port. So a write that carries a session cookie (the app's `dot_session`
// or the console's `dot_console`) must say it comes from our own origin:
// - `Sec-Fetch-Site` (every current browser sends it): same-origin passes; same-site/cross-site pass only with an
//   `Origin` that is ours;
// - else `Origin`, when present, must be ours;
// - neither header: not a browser acting for a page (curl, a script with a copied cookie, an old client) — it
//   cannot be a forged cross-site request, so it passes.
// "Ours" is the configured public address (DOT_PUBLIC_URL) or the Host the request came to (a browser cannot forge
// Host; behind a proxy that keeps Host — deploy/nginx.conf does — both agree).
// Untouched: safe methods; Bearer API keys (no ambient credential to abuse); webhooks and public forms (no cookie
// is what authorises them; they live outside /api/v1 or carry no session cookie); /api/zero, which only zero-cache
// calls, forwarding the device's cookie from its own server — its WebSocket is same-origin only by SameSite=Lax.
import {parse as parseCookie} from 'cookie';
import type express from 'express';
import {createTranslator} from '#shared/i18n/translate.ts';
import {SESSION_COOKIE} from '../auth/sessions.ts';
import {CONSOLE_COOKIE} from '../platform/session.ts';
import {requestLocale} from '../rest/locale.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(text: string | undefined): string | null {
  if (!text || text === 'null') return null;
  try {
    return new URL(text).origin;
  } catch {
    return null;
  }
}

/** Whether this request may go on; exported for unit tests. */
export function sameOriginWrite(req: Pick<express.Request, 'method' | 'path' | 'protocol' | 'get'>, publicUrl: string | undefined): boolean {
  if (SAFE.has(req.method)) return true;
  if (!req.path.startsWith('/api/') || /^\/api\/zero(\/|$)/.test(req.path)) return true;
  if (req.get('authorization')?.startsWith('Bearer ')) return true;
  const cookies = parseCookie(req.get('cookie') ?? '');
  if (!cookies[SESSION_COOKIE] && !cookies[CONSOLE_COOKIE]) return true;
  const site = req.get('sec-fetch-site');
  const origin = req.get('origin');
  if (site === 'same-origin' || site === 'none') return true;
  if (site === undefined && origin === undefined) return true;
  const from = originOf(origin);
  if (!from) return false;
  const ours = new Set([originOf(publicUrl), originOf(`${req.protocol}://${req.get('host') ?? ''}`)]);
  // Behind a TLS proxy the request arrives as http: compare the host as well.
  const fromHost = new URL(from).host;
  return ours.has(from) || fromHost === (req.get('host') ?? '').toLowerCase();
}

export function csrfGuard(publicUrl: string | undefined): express.RequestHandler {
  return (req, res, next) => {
    if (sameOriginWrite(req, publicUrl)) return next();
    const t = createTranslator(requestLocale(req));
    res.status(403).json({error: {code: 'cross_site', message: t('auth.error.crossSite')}});
  };
}
