// The HTTP server on the one public port: Express for everything, plus the
// WebSocket/HTTP pass-through to zero-cache under /zero.
import http from 'node:http';
import type {Socket} from 'node:net';
import type express from 'express';
import {isZeroPath, proxyHttp, proxyUpgrade} from './proxy/zero-proxy.ts';

export type RunningServer = {server: http.Server; close(): Promise<void>};

export function listen(app: express.Express, opts: {port: number; host: string; zeroPort: number}): Promise<RunningServer> {
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    if (isZeroPath(req.url)) proxyHttp(req, res, opts.zeroPort);
    else app(req, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
  });
  server.on('upgrade', (req, socket, head) => {
    if (isZeroPath(req.url)) proxyUpgrade(req, socket, head, opts.zeroPort);
    else socket.destroy();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve({
        server,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Open keep-alive and WebSocket connections would hold close() forever.
            for (const s of sockets) s.destroy();
          }),
      });
    });
  });
}
