// What the proxy lets through to zero-cache. zero-cache 1.9 answers a WebSocket
// upgrade it cannot parse by accepting it in its dispatcher and closing it with
// an error — on a socket with no error listener, so one malformed frame from
// the client before the close throws ("Invalid WebSocket frame: RSV2 and RSV3
// must be clear") and kills the whole process, for every company. So only the
// handshake a real Zero client makes gets through: the connect path, the query
// parameters zero-cache requires (connect-params.js) and a decodable
// Sec-WebSocket-Protocol; everything else is answered here, with a 4xx.
import type http from 'node:http';
import {ZERO_PREFIX} from './zero-proxy.ts';

export type HandshakeVerdict = {ok: true} | {ok: false; status: 400 | 404 | 405; reason: string};

const CONNECT_PATH = new RegExp(`^${ZERO_PREFIX}/sync/v(\\d{1,4})/connect$`);
const REQUIRED = ['clientID', 'clientGroupID'] as const;
const INTEGERS = ['ts', 'lmid'] as const;

/** The Sec-WebSocket-Protocol a Zero client sends: base64 of a JSON object, URI-encoded (so letters, digits and %XX only). */
function decodesAsZeroProtocol(header: string): boolean {
  if (!/^(?:[A-Za-z0-9]|%[0-9A-Fa-f]{2})+$/.test(header)) return false;
  try {
    const json = Buffer.from(decodeURIComponent(header), 'base64').toString('utf8');
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

export function checkSyncUpgrade(req: Pick<http.IncomingMessage, 'method' | 'url' | 'headers'>): HandshakeVerdict {
  if (req.method !== 'GET') return {ok: false, status: 405, reason: 'method'};
  let url: URL;
  try {
    url = new URL(req.url ?? '', 'http://proxy.invalid');
  } catch {
    return {ok: false, status: 400, reason: 'url'};
  }
  if (!CONNECT_PATH.test(url.pathname)) return {ok: false, status: 404, reason: 'path'};
  if (String(req.headers.upgrade ?? '').toLowerCase() !== 'websocket') return {ok: false, status: 400, reason: 'upgrade'};
  // As `ws` checks them: a handshake it would refuse must not get as far as opening zero-cache's side.
  if (req.headers['sec-websocket-version'] !== '13' || !/^[+/0-9A-Za-z]{22}==$/.test(String(req.headers['sec-websocket-key'] ?? ''))) {
    return {ok: false, status: 400, reason: 'websocket'};
  }
  const p = url.searchParams;
  for (const name of REQUIRED) {
    const v = p.get(name);
    if (!v || v.length > 200) return {ok: false, status: 400, reason: name};
  }
  for (const name of INTEGERS) {
    if (Number.isNaN(parseInt(p.get(name) ?? '', 10))) return {ok: false, status: 400, reason: name};
  }
  const protocol = req.headers['sec-websocket-protocol'];
  if (typeof protocol !== 'string' || !protocol || !decodesAsZeroProtocol(protocol)) return {ok: false, status: 400, reason: 'protocol'};
  return {ok: true};
}

/** zero-cache's plain-HTTP surface that may be reached from outside: its "OK" and nothing else (no admin pages). */
export function isAllowedSyncHttp(req: Pick<http.IncomingMessage, 'method' | 'url'>): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const pathname = (req.url ?? '').split('?')[0];
  return pathname === ZERO_PREFIX || pathname === `${ZERO_PREFIX}/`;
}
