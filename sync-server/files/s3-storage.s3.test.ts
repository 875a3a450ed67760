// The S3 driver against a real S3-compatible server on loopback
// (@20minutes/s3rver: files on disk, Signature V4 checked with its own code),
// not only against the stand-in of s3-storage.test.ts: a bucket made through
// the S3 API, then put, get (the same bytes, a Cyrillic key), a missing key,
// delete, and a wrong secret refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {buffer} from 'node:stream/consumers';
import S3rver from '@20minutes/s3rver';
import {AwsClient} from 'aws4fetch';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {s3Storage, type S3Settings} from './s3-storage.ts';

// s3rver's one account.
const credentials = {accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER'};
let server: S3rver;
let dir = '';
let settings: S3Settings;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dot-s3rver-'));
  server = new S3rver({address: '127.0.0.1', port: 0, silent: true, directory: dir, vhostBuckets: false});
  const {port} = await server.run();
  settings = {...credentials, endpoint: `http://127.0.0.1:${port}`, bucket: 'dot-files', region: 'kz-almaty-1'};
  const made = await new AwsClient({...credentials, service: 's3', region: settings.region, retries: 0}).fetch(`${settings.endpoint}/dot-files`, {
    method: 'PUT',
  });
  expect(made.status).toBe(200);
});

afterAll(async () => {
  await server.close();
  fs.rmSync(dir, {recursive: true, force: true});
});

function tempFile(bytes: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dot-upload-')), 'upload');
  fs.writeFileSync(file, bytes);
  return file;
}

describe('the S3 driver against a local S3 server', () => {
  it('puts, gets the same bytes, deletes; a missing key is null', async () => {
    const storage = s3Storage(settings);
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7 Договор № 17 — шарт ₸ '), Buffer.from(Array.from({length: 70_000}, (_, i) => (i * 31) % 256))]);
    const key = 'company-1/Договор (1)+приложение №2.pdf';
    const temp = tempFile(bytes);
    await storage.putFile(key, temp, 'application/pdf');
    expect(fs.existsSync(temp)).toBe(false);

    const stream = await storage.get(key);
    expect(stream).not.toBeNull();
    expect((await buffer(stream!)).equals(bytes)).toBe(true);

    // Stored under the key itself, not under an encoding of it.
    const client = new AwsClient({...credentials, service: 's3', region: settings.region, retries: 0});
    const listing = await (await client.fetch(`${settings.endpoint}/dot-files?prefix=company-1%2F`)).text();
    expect(listing).toContain(`<Key>${key}</Key>`);

    expect(await storage.get('company-1/missing.pdf')).toBeNull();
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    // Deleting what is gone is not an error (S3 answers 204 either way).
    await storage.delete(key);
  });

  it('keeps keys apart that differ only in encoded characters', async () => {
    const storage = s3Storage(settings);
    await storage.putFile('c/a b', tempFile(Buffer.from('space')), 'text/plain');
    await storage.putFile('c/a+b', tempFile(Buffer.from('plus')), 'text/plain');
    expect((await buffer((await storage.get('c/a b'))!)).toString()).toBe('space');
    expect((await buffer((await storage.get('c/a+b'))!)).toString()).toBe('plus');
  });

  it('is refused with a wrong secret, and the upload stays for another try', async () => {
    const wrong = s3Storage({...settings, secretAccessKey: 'WRONG'});
    const temp = tempFile(Buffer.from('фото'));
    await expect(wrong.putFile('company-1/x.jpg', temp, 'image/jpeg')).rejects.toThrow(/403.*SignatureDoesNotMatch/s);
    expect(fs.existsSync(temp)).toBe(true);
    await expect(wrong.get('company-1/x.jpg')).rejects.toThrow(/403/);
  });
});
