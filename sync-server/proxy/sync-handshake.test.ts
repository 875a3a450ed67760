import {describe, expect, it} from 'vitest';
import {checkSyncUpgrade, isAllowedSyncHttp} from './sync-handshake.ts';

// What a Zero 1.9 client sends (zero-client createConnectionURL + encodeSecProtocols).
const protocol = encodeURIComponent(
  Buffer.from(JSON.stringify({initConnectionMessage: ['initConnection', {desiredQueriesPatch: []}], authToken: undefined})).toString('base64'),
);
const realUrl = '/zero/sync/v51/connect?clientID=abc&clientGroupID=def&baseCookie=&ts=1234.5&lmid=0&wsid=w1&profileID=p1';
const headers = (extra: Record<string, string | undefined> = {}) => ({
  upgrade: 'websocket',
  connection: 'Upgrade',
  'sec-websocket-version': '13',
  'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
  'sec-websocket-protocol': protocol,
  ...extra,
});

describe('the sync handshake the proxy passes on', () => {
  it('lets a real Zero client connect', () => {
    expect(checkSyncUpgrade({method: 'GET', url: realUrl, headers: headers()})).toEqual({ok: true});
  });

  it.each([
    ['any other path', {url: '/zero/anything'}, 404],
    ['the change stream', {url: '/zero/replication/v6/changes?id=x&replicaVersion=00&watermark=00&initial=true'}, 404],
    ['a mutate worker path', {url: '/zero/mutate/v51/push?clientID=a&clientGroupID=b&ts=1&lmid=1'}, 404],
    ['a POST', {method: 'POST'}, 405],
    ['no protocol header', {headers: headers({'sec-websocket-protocol': undefined})}, 400],
    ['a protocol header that is not Zero’s', {headers: headers({'sec-websocket-protocol': 'chat'})}, 400],
    ['base64 with stray characters', {headers: headers({'sec-websocket-protocol': 'e30= x'})}, 400],
    ['two protocols', {headers: headers({'sec-websocket-protocol': `${protocol}, ${protocol}`})}, 400],
    ['no client id', {url: realUrl.replace('clientID=abc', 'clientID=')}, 400],
    ['no client group', {url: realUrl.replace('&clientGroupID=def', '')}, 400],
    ['a ts that is not a number', {url: realUrl.replace('ts=1234.5', 'ts=x')}, 400],
    ['no lmid', {url: realUrl.replace('&lmid=0', '')}, 400],
    ['no websocket key', {headers: headers({'sec-websocket-key': undefined})}, 400],
    ['a websocket key ws would refuse', {headers: headers({'sec-websocket-key': 'short'})}, 400],
    ['another websocket version', {headers: headers({'sec-websocket-version': '8'})}, 400],
    ['an upgrade to something else', {headers: headers({upgrade: 'h2c'})}, 400],
  ])('refuses %s', (_what, change, status) => {
    const req = {method: 'GET', url: realUrl, headers: headers(), ...change} as Parameters<typeof checkSyncUpgrade>[0];
    expect(checkSyncUpgrade(req)).toMatchObject({ok: false, status});
  });

  it('passes plain HTTP only for zero-cache’s “OK”, never its admin pages', () => {
    expect(isAllowedSyncHttp({method: 'GET', url: '/zero/'})).toBe(true);
    expect(isAllowedSyncHttp({method: 'GET', url: '/zero'})).toBe(true);
    expect(isAllowedSyncHttp({method: 'GET', url: '/zero/statz'})).toBe(false);
    expect(isAllowedSyncHttp({method: 'GET', url: '/zero/heapz'})).toBe(false);
    expect(isAllowedSyncHttp({method: 'POST', url: '/zero/'})).toBe(false);
  });
});
