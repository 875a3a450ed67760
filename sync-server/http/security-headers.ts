// The headers every answer carries, HTML pages above all (the app shell, the public pages, the console, refusal
// pages): a Content-Security-Policy without 'unsafe-inline' for scripts, so text an attacker slips into a page (a
// visitor's name, a review) cannot run even if escaping ever fails; frame-ancestors so no other site frames a page
// to trick a click; a Permissions-Policy that turns off what dot never uses; and HSTS once the public address is
// https, so a phone on café Wi-Fi is never downgraded to http. One policy for every answer, not per route: a page a
// new module adds is covered without anyone remembering. Uploaded files keep their own stricter `sandbox` policy
// (files/routes.ts sets it after this and replaces it).
import type express from 'express';

/**
 * Styles keep 'unsafe-inline': the public pages inline their small CSS (one request on 3G) and React sets `style`
 * attributes; CSS cannot run script, so this is the accepted trade. Scripts come only from our origin (Vite emits no
 * inline script; the PWA registers from a module). Images also from data:/blob: (photos chosen on the device before
 * they upload). connect-src 'self' covers the sync WebSocket on the same origin (CSP 3); the explicit ws/wss origin
 * is added for browsers that predate it.
 */
export function contentSecurityPolicy(publicUrl: string | undefined): string {
  const ws = publicUrl ? ` ${publicUrl.replace(/^http/, 'ws')}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${ws}`,
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/** Camera for photos in a request is the one device feature dot asks for (from its own pages only). */
export const PERMISSIONS_POLICY = 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()';

/** A year, with subdomains: what browsers' preload lists expect; only ever sent when the public address is https. */
export const HSTS = 'max-age=31536000; includeSubDomains';

export function securityHeaders(publicUrl: string | undefined): express.RequestHandler {
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'SAMEORIGIN',
    'Content-Security-Policy': contentSecurityPolicy(publicUrl),
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(publicUrl?.startsWith('https://') && {'Strict-Transport-Security': HSTS}),
  };
  return (_req, res, next) => {
    res.set(headers);
    next();
  };
}
