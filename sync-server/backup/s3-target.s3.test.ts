// The S3 backup target against a real S3-compatible server on loopback
// (@20minutes/s3rver, Signature V4 checked): a staged backup kept under a
// prefix (manifest last), listed by name, opened back into a folder with the
// same bytes, and removed; a prefix holding no manifest is not a backup.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from '@20minutes/s3rver';
import {AwsClient} from 'aws4fetch';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {backupName} from './manifest.ts';
import {s3Target} from './target.ts';

const credentials = {accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER'};
let server: S3rver;
let dir = '';
let endpoint = '';

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dot-s3rver-'));
  server = new S3rver({address: '127.0.0.1', port: 0, silent: true, directory: dir, vhostBuckets: false});
  const {port} = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
  const made = await new AwsClient({...credentials, service: 's3', region: 'kz-almaty-1', retries: 0}).fetch(`${endpoint}/dot-backups`, {method: 'PUT'});
  expect(made.status).toBe(200);
});

afterAll(async () => {
  await server.close();
  fs.rmSync(dir, {recursive: true, force: true});
});

describe('S3 backup target', () => {
  it('keeps, lists, opens and removes a backup under its prefix', async () => {
    const target = s3Target({...credentials, endpoint, bucket: 'dot-backups', region: 'kz-almaty-1', prefix: 'nightly'});
    expect(target.where).toBe('s3://dot-backups/nightly/');
    const name = backupName(new Date(Date.UTC(2026, 11, 6, 22)));
    const staged = await target.stage(name);
    fs.mkdirSync(path.join(staged, 'files'));
    const bytes = Buffer.from('фото: байты файла');
    fs.writeFileSync(path.join(staged, 'files', encodeURIComponent('c1/фото 1.jpg')), bytes);
    fs.writeFileSync(path.join(staged, 'manifest.json'), '{"version":1}');
    await target.keep(staged, name);
    expect(fs.existsSync(staged)).toBe(false);
    expect(await target.list()).toEqual([name]);

    const opened = await target.open(name);
    expect(fs.readFileSync(path.join(opened.dir, 'files', encodeURIComponent('c1/фото 1.jpg')))).toEqual(bytes);
    expect(fs.readFileSync(path.join(opened.dir, 'manifest.json'), 'utf8')).toBe('{"version":1}');
    await opened.close();

    await target.remove(name);
    expect(await target.list()).toEqual([]);
  });
});
