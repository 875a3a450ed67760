// Web push against a local endpoint that speaks the protocol: it checks the
// VAPID authorization (RFC 8292: an ES256 JWT for this origin, signed by the
// key in k=) and decrypts the aes128gcm body (RFC 8188/8291) with the
// subscriber's keys, as a browser's push service and the browser would.
import {createECDH, createHmac, createDecipheriv, createPublicKey, randomBytes, verify} from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import type {AddressInfo} from 'node:net';
import webpush from 'web-push';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {sendPush} from './push.ts';

const b64u = (b: Buffer) => b.toString('base64url');
const hmac = (key: Buffer, data: Buffer) => createHmac('sha256', key).update(data).digest();

/** The subscriber (a browser): its ECDH key pair and auth secret. */
const ua = createECDH('prime256v1');
ua.generateKeys();
const uaPublic = ua.getPublicKey();
const authSecret = randomBytes(16);

function decrypt(body: Buffer): string {
  const salt = body.subarray(0, 16);
  const idlen = body[20]!;
  const asPublic = body.subarray(21, 21 + idlen);
  const ciphertext = body.subarray(21 + idlen);
  const ecdhSecret = ua.computeSecret(asPublic);
  const prkKey = hmac(authSecret, ecdhSecret);
  const ikm = hmac(prkKey, Buffer.concat([Buffer.from('WebPush: info\0'), uaPublic, asPublic, Buffer.from([1])]));
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, Buffer.from('Content-Encoding: aes128gcm\0\x01')).subarray(0, 16);
  const nonce = hmac(prk, Buffer.from('Content-Encoding: nonce\0\x01')).subarray(0, 12);
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
  // The last record ends with the 0x02 delimiter and zero padding.
  let end = padded.length - 1;
  while (end > 0 && padded[end] === 0) end--;
  expect(padded[end]).toBe(2);
  return padded.subarray(0, end).toString('utf8');
}

function checkVapid(header: string, audience: string): void {
  const m = /^vapid t=([^,]+),\s*k=(.+)$/.exec(header);
  expect(m, header).not.toBeNull();
  const [head, payload, sig] = m![1]!.split('.');
  const raw = Buffer.from(m![2]!, 'base64url');
  const key = createPublicKey({key: {kty: 'EC', crv: 'P-256', x: b64u(raw.subarray(1, 33)), y: b64u(raw.subarray(33, 65))}, format: 'jwk'});
  expect(verify('sha256', Buffer.from(`${head}.${payload}`), {key, dsaEncoding: 'ieee-p1363'}, Buffer.from(sig!, 'base64url'))).toBe(true);
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as {aud: string; exp: number; sub: string};
  expect(JSON.parse(Buffer.from(head!, 'base64url').toString())).toMatchObject({alg: 'ES256'});
  expect(claims.aud).toBe(audience);
  expect(claims.exp * 1000).toBeGreaterThan(Date.now());
  expect(claims.sub).toMatch(/^mailto:|^https:/);
}

// Push services speak HTTPS: the local endpoint has a self-signed certificate the test trusts.
const TLS = {
  key: fs.readFileSync(path.join(import.meta.dirname, 'testdata/push-endpoint.key')),
  cert: fs.readFileSync(path.join(import.meta.dirname, 'testdata/push-endpoint.crt')),
};
const agent = new https.Agent({ca: TLS.cert});
let server: https.Server;
let origin = '';
const received: {path: string; text: string; ttl: string}[] = [];

beforeAll(async () => {
  server = https.createServer(TLS, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.url === '/gone') return void res.writeHead(410).end();
      try {
        checkVapid(String(req.headers.authorization), origin);
        expect(req.headers['content-encoding']).toBe('aes128gcm');
        received.push({path: req.url ?? '', text: decrypt(Buffer.concat(chunks)), ttl: String(req.headers.ttl)});
        res.writeHead(201, {location: `${origin}/msg/1`}).end();
      } catch (e) {
        res.writeHead(400).end(String(e));
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('web push', () => {
  const keys = {...webpush.generateVAPIDKeys(), subject: 'mailto:ops@dot.kz'};
  const sub = (path: string) => ({id: 's1', endpoint: `${origin}${path}`, p256dh: b64u(uaPublic), auth: b64u(authSecret)});

  it('delivers an encrypted, VAPID-signed message the subscriber can read', async () => {
    const r = await sendPush(sub('/push/abc'), {title: 'Новая запись: Дана', body: 'Стрижка, 3 июня в 09:00', url: '/booking'}, keys, {agent});
    expect(r, JSON.stringify(r)).toMatchObject({ok: true});
    expect(received).toHaveLength(1);
    expect(JSON.parse(received[0]!.text)).toEqual({title: 'Новая запись: Дана', body: 'Стрижка, 3 июня в 09:00', url: '/booking'});
    expect(Number(received[0]!.ttl)).toBeGreaterThan(0);
  });

  it('reports a subscription the push service says is gone', async () => {
    const r = await sendPush(sub('/gone'), {title: 'x', body: 'y', url: '/'}, keys, {agent});
    expect(r).toMatchObject({ok: false, gone: true});
  });
});
