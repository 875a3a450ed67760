import {describe, expect, it} from 'vitest';
import {publicOrigin} from './public-origin.ts';

const names = new Set(['localhost', '127.0.0.1', '::1', '192.168.1.20', 'salon-pc', 'salon-pc.local']);
const req = (host: string | undefined, protocol = 'http') => ({protocol, get: (h: string) => (h.toLowerCase() === 'host' ? host : undefined)}) as never;
const config = {publicUrl: undefined, port: 3000};

describe('the origin in links the server builds', () => {
  it('is DOT_PUBLIC_URL whenever it is set, whatever the request says', () => {
    expect(publicOrigin({publicUrl: 'https://dot.example.kz', port: 3000}, req('evil.example'), names)).toBe('https://dot.example.kz');
  });

  it.each(['localhost:3000', '127.0.0.1:3000', '192.168.1.20:3000', 'SALON-PC:3000', 'salon-pc.local:3000', '[::1]:3000'])(
    'follows a Host that names this machine: %s',
    (host) => {
      expect(publicOrigin(config, req(host), names)).toBe(new URL(`http://${host.toLowerCase()}`).origin);
    },
  );

  it.each(['evil.example', 'evil.example:3000', '192.168.1.99:3000', '192.168.1.20:4848', 'localhost@evil.example', 'localhost:3000/x', '', undefined])(
    'never follows one that does not: %s',
    (host) => {
      const origin = publicOrigin(config, req(host as string), names);
      expect(origin).not.toContain('evil');
      expect(origin).toMatch(/^http:\/\/[^/]+:3000$/);
      expect(origin).not.toMatch(/192\.168\.1\.99|4848/);
    },
  );
});
