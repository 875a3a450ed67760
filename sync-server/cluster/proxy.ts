// A tiny round-robin load balancer for the one-machine proof of the cluster
// (bench/cluster.ts): plain HTTP and WebSocket upgrades, each spread over the
// API processes in turn, with X-Forwarded-For set the way nginx sets it in
// production (deploy/nginx.conf). Not for production: no TLS, no health checks.
import http from 'node:http';
import net from 'node:net';

export type Backend = {host: string; port: number};

export type RoundRobinProxy = {
  port: number;
  /** Requests and WebSocket connections each backend received, in backend order. */
  counts: {http: number[]; ws: number[]};
  close(): Promise<void>;
};

function forwardedFor(req: http.IncomingMessage): string {
  const prior = req.headers['x-forwarded-for'];
  return [typeof prior === 'string' ? prior : undefined, req.socket.remoteAddress].filter(Boolean).join(', ');
}

export function startRoundRobinProxy(backends: readonly Backend[], port = 0, host = '127.0.0.1'): Promise<RoundRobinProxy> {
  const counts = {http: backends.map(() => 0), ws: backends.map(() => 0)};
  // Separate turns for requests and upgrades: the n-th device's sync socket goes to backend n mod N.
  let httpTurn = 0;
  let wsTurn = 0;
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    const i = httpTurn++ % backends.length;
    counts.http[i]! += 1;
    const b = backends[i]!;
    const headers = {...req.headers, 'x-forwarded-for': forwardedFor(req), 'x-forwarded-proto': 'http'};
    const up = http.request({host: b.host, port: b.port, method: req.method, path: req.url, headers}, (r) => {
      res.writeHead(r.statusCode ?? 502, r.rawHeaders);
      r.pipe(res);
    });
    up.once('error', () => {
      if (!res.headersSent) res.writeHead(502, {'content-type': 'text/plain'});
      res.end('backend unavailable');
    });
    req.pipe(up);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
  });
  server.on('upgrade', (req, socket, head) => {
    const i = wsTurn++ % backends.length;
    counts.ws[i]! += 1;
    const b = backends[i]!;
    const up = net.connect(b.port, b.host, () => {
      // Re-send the handshake as it came, with the client's address added.
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (let k = 0; k < req.rawHeaders.length; k += 2) {
        if (req.rawHeaders[k]!.toLowerCase() !== 'x-forwarded-for') lines.push(`${req.rawHeaders[k]}: ${req.rawHeaders[k + 1]}`);
      }
      lines.push(`X-Forwarded-For: ${forwardedFor(req)}`);
      up.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length) up.write(head);
      up.pipe(socket);
      socket.pipe(up);
    });
    sockets.add(up);
    up.once('close', () => sockets.delete(up));
    up.once('error', () => socket.destroy());
    socket.once('error', () => up.destroy());
    socket.once('close', () => up.destroy());
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address() as net.AddressInfo;
      resolve({
        port: addr.port,
        counts,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            for (const s of sockets) s.destroy();
          }),
      });
    });
  });
}
