// Every HTTP request gets an id: the caller's X-Request-Id when it is a sane
// one (a proxy or a device that already named the operation), otherwise a new
// one; it goes back in the answer, and every log line written while serving it
// carries it (log.ts, AsyncLocalStorage). The same middleware times the answer
// for /metrics by route template, never by raw path (ids would explode the series).
import {randomBytes} from 'node:crypto';
import type express from 'express';
import {log, withRequestId} from '../log.ts';
import {httpDuration} from './instruments.ts';

const SANE_ID = /^[\w.:@/+=-]{1,128}$/;

export function newRequestId(): string {
  return randomBytes(9).toString('base64url');
}

/** The route a request matched, as written ("/api/v1/requests/:id"); what no route took is grouped. */
export function routeTemplate(req: express.Request, status: number): string {
  const route = (req as {route?: {path?: unknown}}).route;
  if (route?.path !== undefined) return `${req.baseUrl}${String(route.path)}`;
  if (status === 404) return 'unmatched';
  if (req.method === 'GET' || req.method === 'HEAD') return 'static';
  return 'other';
}

export function requestIds(): express.RequestHandler {
  return (req, res, next) => {
    const given = req.get('x-request-id');
    const id = given && SANE_ID.test(given) ? given : newRequestId();
    res.setHeader('X-Request-Id', id);
    res.locals.requestId = id;
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeTemplate(req, res.statusCode);
      httpDuration.observe({method: req.method, route, status: `${Math.floor(res.statusCode / 100)}xx`}, seconds);
      // The access line (debug: a proxy in front usually keeps its own); its URL is redacted like any text (observe/redact.ts).
      withRequestId(id, () => log.debug('http', `${req.method} ${req.originalUrl} ${res.statusCode}`, {route, ms: Math.round(seconds * 1000)}));
    });
    withRequestId(id, next);
  };
}
