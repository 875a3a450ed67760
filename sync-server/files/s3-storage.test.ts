import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createHash} from 'node:crypto';
import {buffer} from 'node:stream/consumers';
import {AwsV4Signer} from 'aws4fetch';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {amzDateOf, encodeKey, s3Storage} from './s3-storage.ts';

/** The Authorization header aws4fetch computes for a request, all given headers signed. */
async function signature(i: {
  method: string;
  url: string;
  headers: Record<string, string>;
  datetime: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}) {
  const signer = new AwsV4Signer({...i, service: 's3', allHeaders: true});
  return (await signer.sign()).headers.get('authorization');
}

describe('S3 signature V4 (aws4fetch)', () => {
  it('matches the example of the AWS S3 documentation (GET object with a Range)', async () => {
    const auth = await signature({
      method: 'GET',
      url: 'https://examplebucket.s3.amazonaws.com/test.txt',
      headers: {range: 'bytes=0-9', 'x-amz-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'},
      datetime: '20130524T000000Z',
      region: 'us-east-1',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    });
    expect(auth).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });

  it('encodes keys as S3 signs them and dates as it wants them', () => {
    expect(encodeKey("company-1/файл (1)!*'.pdf")).toBe('company-1/%D1%84%D0%B0%D0%B9%D0%BB%20%281%29%21%2A%27.pdf');
    expect(encodeKey('a+b c')).toBe('a%2Bb%20c');
    expect(amzDateOf(Date.UTC(2026, 5, 1, 8, 9, 10, 123))).toBe('20260601T080910Z');
  });
});

describe('the S3-compatible driver', () => {
  // A tiny S3 stand-in on loopback: keeps objects in memory, checks every signature.
  const objects = new Map<string, Buffer>();
  let server: http.Server;
  let endpoint = '';
  const settings = {bucket: 'dot-files', region: 'kz-1', accessKeyId: 'KEY', secretAccessKey: 'SECRET'};
  beforeAll(async () => {
    server = http.createServer(async (req, res) => {
      const body = await buffer(req);
      // The payload is signed, not UNSIGNED-PAYLOAD: its hash is the body's.
      const payloadHash = String(req.headers['x-amz-content-sha256']);
      if (payloadHash !== createHash('sha256').update(body).digest('hex')) return void res.writeHead(400).end('XAmzContentSHA256Mismatch');
      const expected = await signature({
        method: req.method!,
        url: `http://${req.headers.host}${req.url}`,
        headers: {'x-amz-content-sha256': payloadHash},
        datetime: String(req.headers['x-amz-date']),
        region: settings.region,
        accessKeyId: settings.accessKeyId,
        secretAccessKey: settings.secretAccessKey,
      });
      if (req.headers.authorization !== expected) return void res.writeHead(403).end('SignatureDoesNotMatch');
      if (req.headers['x-amz-date'] !== '20260601T000000Z') return void res.writeHead(403).end('RequestTimeTooSkewed');
      const key = decodeURIComponent(req.url!);
      if (req.method === 'PUT') objects.set(key, body);
      if (req.method === 'DELETE') objects.delete(key);
      if (req.method === 'GET') {
        const o = objects.get(key);
        return void (o ? res.writeHead(200).end(o) : res.writeHead(404).end());
      }
      res.writeHead(200).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(server.address() as {port: number}).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('puts, gets and deletes signed objects', async () => {
    const storage = s3Storage({...settings, endpoint}, () => Date.UTC(2026, 5, 1));
    const temp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 's3-')), 'upload');
    fs.writeFileSync(temp, 'фото торта');
    await storage.putFile('company-1/файл 1', temp, 'image/jpeg');
    expect(fs.existsSync(temp)).toBe(false);
    expect(objects.get('/dot-files/company-1/файл 1')?.toString()).toBe('фото торта');
    const stream = await storage.get('company-1/файл 1');
    expect((await buffer(stream!)).toString()).toBe('фото торта');
    expect(await storage.get('company-1/missing')).toBeNull();
    await storage.delete('company-1/файл 1');
    expect(objects.size).toBe(0);
    const wrong = s3Storage({...settings, secretAccessKey: 'WRONG', endpoint});
    await expect(wrong.get('x')).rejects.toThrow(/403/);
  });
});
