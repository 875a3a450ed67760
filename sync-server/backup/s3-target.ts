// The few S3 calls a backup target needs (put a file, get one, list a prefix,
// delete), signed by aws4fetch like the file storage (files/s3-storage.ts).
// Backups hold files of any size, so a PUT streams from disk with its length.
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import {Readable} from 'node:stream';
import {pipeline} from 'node:stream/promises';
import type {ReadableStream as WebReadableStream} from 'node:stream/web';
import {AwsClient} from 'aws4fetch';
import {amzDateOf, encodeKey, type S3Settings} from '../files/s3-storage.ts';

export type S3BackupSettings = S3Settings & {prefix: string};

const EMPTY_SHA256 = createHash('sha256').update('').digest('hex');
const unxml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export function s3Bucket(s: S3Settings) {
  const base = new URL(s.endpoint);
  const client = new AwsClient({accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey, service: 's3', region: s.region, retries: 2, initRetryMs: 100});
  const root = `${base.pathname.replace(/\/+$/, '')}/${encodeKey(s.bucket)}`;
  const send = (method: string, url: URL, init: {body?: BodyInit; headers?: Record<string, string>; duplex?: 'half'} = {}) =>
    client.fetch(url, {method, ...init, headers: {'x-amz-content-sha256': EMPTY_SHA256, ...init.headers}, aws: {datetime: amzDateOf(Date.now())}});
  const urlOf = (key: string) => new URL(`${root}/${encodeKey(key)}`, base);
  return {
    async put(key: string, file: string) {
      const body = await fs.promises.readFile(file);
      const sha = createHash('sha256').update(body).digest('hex');
      const res = await send('PUT', urlOf(key), {body: new Uint8Array(body), headers: {'x-amz-content-sha256': sha}});
      if (!res.ok) throw new Error(`S3 PUT ${key}: ${res.status} ${await res.text()}`);
    },
    async get(key: string, file: string) {
      const res = await send('GET', urlOf(key));
      if (!res.ok || !res.body) throw new Error(`S3 GET ${key}: ${res.status}`);
      await pipeline(Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>), fs.createWriteStream(file));
    },
    async delete(key: string) {
      const res = await send('DELETE', urlOf(key));
      await res.body?.cancel();
      if (!res.ok && res.status !== 404) throw new Error(`S3 DELETE ${key}: ${res.status}`);
    },
    async list(prefix: string): Promise<string[]> {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        // Parameters in sorted order, RFC 3986-encoded, as Signature V4 signs them.
        const query = [...(token ? [`continuation-token=${encodeURIComponent(token)}`] : []), 'list-type=2', `prefix=${encodeURIComponent(prefix)}`].join('&');
        const url = new URL(`${root}?${query}`, base);
        const res = await send('GET', url);
        const xml = await res.text();
        if (!res.ok) throw new Error(`S3 LIST ${prefix}: ${res.status} ${xml.slice(0, 200)}`);
        for (const m of xml.matchAll(/<Key>([^<]*)<\/Key>/g)) keys.push(unxml(m[1]!));
        token = /<IsTruncated>true<\/IsTruncated>/.test(xml) ? unxml(/<NextContinuationToken>([^<]*)</.exec(xml)?.[1] ?? '') || undefined : undefined;
      } while (token);
      return keys;
    },
  };
}
