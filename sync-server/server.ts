// The HTTP server on the one public port: Express for everything, plus the
// WebSocket/HTTP pass-through to zero-cache under /zero.
import http from 'node:http';
import type {Socket} from 'node:net';
import type {Duplex} from 'node:stream';
import {createTranslator} from '#shared/i18n/translate.ts';
import {refusalPage} from './public/refusal-page.ts';
import {answersInJson} from './http/refusal.ts';
import type express from 'express';
import {checkSyncUpgrade, isAllowedSyncHttp} from './proxy/sync-handshake.ts';
import {isZeroPath, proxyHttp, proxyUpgrade, refuseUpgrade, type ZeroTarget} from './proxy/zero-proxy.ts';

const notSync = (status: number) => JSON.stringify({error: {code: status === 404 ? 'not_found' : 'bad_request', message: 'Not a sync connection.'}});

/**
 * What Node's HTTP parser refuses before Express sees a request (an address or headers over
 * its 16 KB limit, a malformed request line) gets a real answer instead of a bare status: JSON
 * for the API, the public refusal page otherwise. The headers were not read, so the language
 * is the default one (Russian).
 */
function answerClientError(err: NodeJS.ErrnoException & {rawPacket?: Buffer}, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const timedOut = err.code === 'ERR_HTTP_REQUEST_TIMEOUT';
  const [status, reason] = tooLarge ? [431, 'Request Header Fields Too Large'] : timedOut ? [408, 'Request Timeout'] : [400, 'Bad Request'];
  const key = tooLarge ? 'http.tooLarge' : 'http.badBody';
  const path = err.rawPacket?.toString('latin1').split(' ', 2)[1] ?? '';
  const api = answersInJson(path);
  const body = api
    ? JSON.stringify({error: {code: tooLarge ? 'too_large' : 'bad_request', message: createTranslator('ru')(key)}})
    : refusalPage('ru', '/', key, false);
  const type = api ? 'application/json' : 'text/html';
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: ${type}; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

export type RunningServer = {server: http.Server; close(): Promise<void>};

export function listen(app: express.Express, opts: {port: number; host: string; zeroPort: number; zeroTarget?: () => ZeroTarget}): Promise<RunningServer> {
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    if (!isZeroPath(req.url)) return void app(req, res);
    if (isAllowedSyncHttp(req)) return proxyHttp(req, res, opts.zeroTarget?.() ?? opts.zeroPort);
    res.writeHead(404, {'content-type': 'application/json'}).end(notSync(404));
  });
  server.on('clientError', answerClientError);
  server.on('connection', (s) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
  });
  // Only a real Zero client's handshake reaches zero-cache (sync-handshake.ts says why).
  server.on('upgrade', (req, socket, head) => {
    if (!isZeroPath(req.url)) return refuseUpgrade(socket, 404, notSync(404));
    const verdict = checkSyncUpgrade(req);
    if (!verdict.ok) return refuseUpgrade(socket, verdict.status, notSync(verdict.status));
    proxyUpgrade(req, socket, head, opts.zeroTarget?.() ?? opts.zeroPort);
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
