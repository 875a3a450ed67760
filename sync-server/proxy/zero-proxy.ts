// Same-origin access to zero-cache: the app talks to /zero/… on the one public
// port, and this forwards it to zero-cache on loopback. A phone on the LAN then
// needs only one address, and the session cookie rides along on the handshake.
//
// The WebSocket is ended here and a second one opened to zero-cache, message by
// message, rather than piping raw bytes: zero-cache 1.9 dies on some malformed
// frames (an error on a socket it has no listener for), and a dead zero-cache
// stops sync for every company. Our end parses every frame with `ws` (the
// library zero-cache itself uses) and drops a connection that sends a bad one;
// zero-cache only ever receives frames `ws` made. sync-handshake.ts decides
// which handshakes get this far.
import http from 'node:http';
import type {Duplex} from 'node:stream';
import WebSocket, {WebSocketServer, type RawData} from 'ws';
import {trackLiveSync} from '../auth/live-sync.ts';

export const ZERO_PREFIX = '/zero';

export function isZeroPath(url: string | undefined): boolean {
  return !!url && (url === ZERO_PREFIX || url.startsWith(ZERO_PREFIX + '/'));
}

/** Headers zero-cache reads from the handshake (the cookie authenticates the device). */
const FORWARDED = ['cookie', 'origin', 'user-agent', 'accept-language', 'x-forwarded-for'];

// Close codes that may not be sent in a close frame (RFC 6455 §7.4.1).
const sendable = (code: number) => (code >= 1000 && code <= 1014 && ![1004, 1005, 1006].includes(code)) || (code >= 3000 && code <= 4999);

/** The subprotocol zero-cache chose for a handshake, which the device's side must echo. */
const chosenProtocol = new WeakMap<http.IncomingMessage, string>();
const downstream = new WebSocketServer({
  noServer: true,
  perMessageDeflate: false,
  handleProtocols: (_offered, req) => chosenProtocol.get(req) || false,
});

/** Answers an upgrade that will not become a WebSocket with a plain HTTP status, and closes the socket. */
export function refuseUpgrade(socket: Duplex, status: number, body = ''): void {
  socket.on('error', () => socket.destroy());
  const type = body ? 'Content-Type: application/json\r\n' : '';
  socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? ''}\r\nConnection: close\r\n${type}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}

/** zero-cache beside us (a loopback port), or a view-syncer elsewhere ("host:port", cluster/remote-sync.ts). */
export type ZeroTarget = number | string;
const hostOf = (t: ZeroTarget) => (typeof t === 'number' ? `127.0.0.1:${t}` : t);

/** Handles an upgrade for the sync path: connects to zero-cache first, then accepts the device. */
export function proxyUpgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer, zeroPort: ZeroTarget): void {
  const headers: Record<string, string> = {};
  for (const name of FORWARDED) {
    const v = req.headers[name];
    if (typeof v === 'string') headers[name] = v;
  }
  // The device's address, for zero-cache's logs (we are its only client).
  if (req.socket.remoteAddress) headers['x-forwarded-for'] = [headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
  const protocols = String(req.headers['sec-websocket-protocol'] ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  let settled = false;
  let relayed = false;

  let upstream: WebSocket;
  try {
    upstream = new WebSocket(`ws://${hostOf(zeroPort)}${req.url}`, protocols, {headers, perMessageDeflate: false, handshakeTimeout: 15_000});
  } catch {
    // ws refuses what it cannot send (a malformed subprotocol): never a throw in the server's upgrade handler.
    return refuseUpgrade(socket, 400);
  }
  socket.once('error', () => upstream.terminate());
  // Gone before both ends were joined (or ws refused the device's handshake): no orphan upstream.
  socket.once('close', () => {
    if (!relayed) upstream.terminate();
  });
  upstream.on('unexpected-response', (_r, res) => {
    settled = true;
    refuseUpgrade(socket, res.statusCode ?? 502);
    upstream.terminate();
  });
  upstream.on('error', () => {
    if (settled) return;
    settled = true;
    refuseUpgrade(socket, 503);
  });
  upstream.once('open', () => {
    if (settled || socket.destroyed) return upstream.terminate();
    settled = true;
    if (upstream.protocol) chosenProtocol.set(req, upstream.protocol);
    downstream.handleUpgrade(req, socket, head, (device) => {
      relayed = true;
      // Closed at once when its session ends (auth/live-sync.ts).
      trackLiveSync(req.headers.cookie, device);
      relay(device, upstream);
    });
  });
}

/** A device that vanished (a phone out of coverage) is noticed within this, and its zero-cache connection closed. */
const HEARTBEAT_MS = 30_000;

function relay(device: WebSocket, upstream: WebSocket): void {
  let alive = true;
  device.on('pong', () => (alive = true));
  const heartbeat = setInterval(() => {
    if (!alive) return device.terminate();
    alive = false;
    device.ping();
  }, HEARTBEAT_MS);
  heartbeat.unref();
  device.once('close', () => clearInterval(heartbeat));
  const forward = (to: WebSocket) => (data: RawData, isBinary: boolean) => {
    if (to.readyState === WebSocket.OPEN) to.send(data, {binary: isBinary});
  };
  device.on('message', forward(upstream));
  upstream.on('message', forward(device));
  const closeOther = (other: WebSocket) => (code: number, reason: Buffer) => {
    if (other.readyState === WebSocket.OPEN || other.readyState === WebSocket.CONNECTING) {
      if (sendable(code)) other.close(code, reason.subarray(0, 123));
      else other.close();
    }
  };
  device.on('close', closeOther(upstream));
  upstream.on('close', closeOther(device));
  // A malformed frame from the device ends up here (ws answers it with 1002 and
  // closes); whatever happens, one side's failure ends the other side too.
  device.on('error', () => upstream.terminate());
  upstream.on('error', () => device.terminate());
}

/** Plain HTTP to /zero (zero-cache's "OK"; server.ts lets nothing else through). */
export function proxyHttp(req: http.IncomingMessage, res: http.ServerResponse, zeroPort: ZeroTarget): void {
  const [host, port] = hostOf(zeroPort).split(':');
  const upstream = http.request({host, port: Number(port), method: req.method, path: req.url, headers: req.headers}, (up) => {
    res.writeHead(up.statusCode ?? 502, up.headers);
    up.pipe(res);
  });
  upstream.once('error', () => {
    if (!res.headersSent) res.writeHead(503, {'content-type': 'text/plain'});
    res.end('sync is starting');
  });
  req.pipe(upstream);
}
