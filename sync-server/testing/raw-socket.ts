// Raw bytes on a socket, as an attacker sends them (no browser, no client
// library). Used by the pg tests and the e2e security spec.
import net from 'node:net';

/**
 * A WebSocket upgrade for `path`, then one frame with RSV2/RSV3 set, which no
 * WebSocket peer may accept. Sent straight to zero-cache 1.9, it killed it.
 */
export function upgradeThenBadFrame(port: number, path: string, headers: string[] = []): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (d) => (answer += d.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', () => resolve(answer));
    socket.on('connect', () => {
      socket.write(
        [
          `GET ${path} HTTP/1.1`,
          `Host: 127.0.0.1:${port}`,
          'Upgrade: websocket',
          'Connection: Upgrade',
          'Sec-WebSocket-Version: 13',
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
          ...headers,
          '',
          '',
        ].join('\r\n'),
      );
      socket.write(Buffer.from([0xb1, 0x80, 1, 2, 3, 4]));
      setTimeout(() => socket.destroy(), 1500);
    });
  });
}
