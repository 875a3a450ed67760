import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {buffer} from 'node:stream/consumers';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {s3Storage, signV4} from './s3-storage.ts';

describe('S3 signature V4', () => {
  it('matches the example of the AWS S3 documentation (GET object with a Range)', () => {
    const auth = signV4({
      method: 'GET',
      host: 'examplebucket.s3.amazonaws.com',
      path: '/test.txt',
      headers: {range: 'bytes=0-9'},
      payloadHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      amzDate: '20130524T000000Z',
      region: 'us-east-1',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    });
    expect(auth).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
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
      const headers = Object.fromEntries(
        Object.entries(req.headers)
          .filter(([k]) => k === 'content-type')
          .map(([k, v]) => [k, String(v)]),
      );
      const expected = signV4({
        method: req.method!,
        host: req.headers.host!,
        path: decodeURIComponent(req.url!),
        headers,
        payloadHash: String(req.headers['x-amz-content-sha256']),
        amzDate: String(req.headers['x-amz-date']),
        region: settings.region,
        accessKeyId: settings.accessKeyId,
        secretAccessKey: settings.secretAccessKey,
      });
      if (req.headers.authorization !== expected) return void res.writeHead(403).end('SignatureDoesNotMatch');
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
