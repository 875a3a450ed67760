// Same-origin access to zero-cache: the app talks to /zero/… on the one public
// port, and this forwards it (WebSocket upgrades and plain HTTP) to zero-cache
// on loopback. A phone on the LAN then needs only one address, and the session
// cookie rides along on the WebSocket handshake.
//
// A raw socket pipe is enough for a single-hop WebSocket proxy; it avoids the
// unmaintained http-proxy package.
import http from 'node:http';
import net from 'node:net';
import type {Duplex} from 'node:stream';

export const ZERO_PREFIX = '/zero';

export function isZeroPath(url: string | undefined): boolean {
  return !!url && (url === ZERO_PREFIX || url.startsWith(ZERO_PREFIX + '/'));
}

/** Handles an HTTP upgrade for /zero/… by piping the socket to zero-cache. */
export function proxyUpgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer, zeroPort: number): void {
  const upstream = net.connect(zeroPort, '127.0.0.1');
  const fail = () => {
    socket.destroy();
    upstream.destroy();
  };
  upstream.once('error', () => {
    socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  socket.once('error', fail);
  upstream.once('connect', () => {
    const lines = [`${req.method} ${req.url} HTTP/1.1`];
    for (let i = 0; i < req.rawHeaders.length; i += 2) {
      lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
    }
    upstream.write(lines.join('\r\n') + '\r\n\r\n');
    if (head.length) upstream.write(head);
    upstream.pipe(socket);
    socket.pipe(upstream);
  });
  upstream.once('close', () => socket.destroy());
  socket.once('close', () => upstream.destroy());
}

/** Plain HTTP to /zero/… (zero-cache's own health and status paths). */
export function proxyHttp(req: http.IncomingMessage, res: http.ServerResponse, zeroPort: number): void {
  const upstream = http.request(
    {host: '127.0.0.1', port: zeroPort, method: req.method, path: req.url, headers: req.headers},
    (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    },
  );
  upstream.once('error', () => {
    if (!res.headersSent) res.writeHead(503, {'content-type': 'text/plain'});
    res.end('sync is starting');
  });
  req.pipe(upstream);
}
