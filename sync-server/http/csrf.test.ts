import {describe, expect, it} from 'vitest';
import {sameOriginWrite} from './csrf.ts';
import {HSTS, securityHeaders} from './security-headers.ts';

type Req = Parameters<typeof sameOriginWrite>[0];
const req = (method: string, path: string, headers: Record<string, string>): Req =>
  ({method, path, protocol: 'http', get: (name: string) => headers[name.toLowerCase()]}) as unknown as Req;
const cookie = {cookie: 'dot_session=abc', host: 'dot.kz'};

describe('cross-site write guard', () => {
  it('refuses a cookie write from another origin or site, whatever the method', () => {
    for (const method of ['POST', 'PATCH', 'PUT', 'DELETE']) {
      expect(sameOriginWrite(req(method, '/api/v1/requests', {...cookie, origin: 'https://evil.kz', 'sec-fetch-site': 'cross-site'}), 'https://dot.kz')).toBe(
        false,
      );
    }
    expect(sameOriginWrite(req('POST', '/api/v1/x', {...cookie, origin: 'https://shop.dot.kz', 'sec-fetch-site': 'same-site'}), 'https://dot.kz')).toBe(false);
    expect(sameOriginWrite(req('POST', '/api/v1/x', {...cookie, origin: 'null'}), 'https://dot.kz')).toBe(false);
    expect(sameOriginWrite(req('POST', '/api/v1/platform/x', {cookie: 'dot_console=s', host: 'dot.kz', origin: 'https://evil.kz'}), undefined)).toBe(false);
  });

  it('lets through our origin, the configured address, API keys, reads, no-cookie calls and zero-cache', () => {
    const pass = (method: string, path: string, h: Record<string, string>) => expect(sameOriginWrite(req(method, path, h), 'https://dot.kz')).toBe(true);
    pass('POST', '/api/v1/x', {...cookie, 'sec-fetch-site': 'same-origin'});
    pass('POST', '/api/v1/x', {...cookie, origin: 'https://dot.kz'});
    // Behind a TLS proxy the request is http but the page was https on the same host.
    expect(sameOriginWrite(req('POST', '/api/v1/x', {...cookie, origin: 'https://dot.kz'}), undefined)).toBe(true);
    // A LAN install with no public address: the page's own host and port.
    expect(sameOriginWrite(req('POST', '/api/v1/x', {...cookie, host: '10.0.0.5:3000', origin: 'http://10.0.0.5:3000'}), undefined)).toBe(true);
    expect(sameOriginWrite(req('POST', '/api/v1/x', {...cookie, host: '10.0.0.5:3000', origin: 'http://10.0.0.5:4000'}), undefined)).toBe(false);
    pass('POST', '/api/v1/x', {...cookie, origin: 'https://evil.kz', authorization: 'Bearer dot_key'});
    pass('GET', '/api/v1/x', {...cookie, origin: 'https://evil.kz', 'sec-fetch-site': 'cross-site'});
    pass('POST', '/api/v1/x', {origin: 'https://evil.kz', host: 'dot.kz'});
    pass('POST', '/api/v1/x', cookie);
    pass('POST', '/api/zero/mutate', {...cookie, origin: 'https://evil.kz'});
    pass('POST', '/c/salon/request', {...cookie, origin: 'https://evil.kz'});
  });
});

describe('security headers', () => {
  const headersOf = (publicUrl: string | undefined) => {
    const set: Record<string, string> = {};
    securityHeaders(publicUrl)({} as never, {set: (h: Record<string, string>) => Object.assign(set, h)} as never, () => {});
    return set;
  };
  it('sends HSTS only when the public address is https, and the sync socket address in connect-src', () => {
    expect(headersOf('https://dot.kz')['Strict-Transport-Security']).toBe(HSTS);
    expect(headersOf('https://dot.kz')['Content-Security-Policy']).toContain("connect-src 'self' wss://dot.kz;");
    expect(headersOf('http://192.168.1.5:3000')['Strict-Transport-Security']).toBeUndefined();
    expect(headersOf(undefined)['Strict-Transport-Security']).toBeUndefined();
    expect(headersOf(undefined)['Content-Security-Policy']).not.toMatch(/script-src[^;]*unsafe/);
  });
});
