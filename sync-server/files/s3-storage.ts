// An S3-compatible storage driver (AWS S3, MinIO, Yandex Object Storage,
// Cloudflare R2, …) with the same three calls as the local disk one. Requests
// are signed with AWS Signature V4 by hand (node:crypto + fetch): the official
// SDK would add megabytes for three calls. Path-style addressing
// (<endpoint>/<bucket>/<key>) works with every S3-compatible service.
import {createHash, createHmac} from 'node:crypto';
import fs from 'node:fs';
import {Readable} from 'node:stream';
import type {ReadableStream as WebReadableStream} from 'node:stream/web';
import type {FileStorage} from './storage.ts';

export type S3Settings = {endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string};

const sha256hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** RFC 3986 encoding as SigV4 wants it; "/" kept in paths. */
function encode(s: string, keepSlash: boolean): string {
  return encodeURIComponent(s)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%2F/g, keepSlash ? '/' : '%2F');
}

export type SignInput = {
  method: string;
  host: string;
  path: string;
  query?: Record<string, string>;
  headers: Record<string, string>;
  payloadHash: string;
  amzDate: string;
  region: string;
  service?: string;
  accessKeyId: string;
  secretAccessKey: string;
};

/** The Authorization header of a request (AWS Signature Version 4). Pure: the date is passed in. */
export function signV4(i: SignInput): string {
  const service = i.service ?? 's3';
  const date = i.amzDate.slice(0, 8);
  const headers: Record<string, string> = {host: i.host, 'x-amz-content-sha256': i.payloadHash, 'x-amz-date': i.amzDate};
  for (const [k, v] of Object.entries(i.headers)) headers[k.toLowerCase()] = v.trim().replace(/\s+/g, ' ');
  const names = Object.keys(headers).sort();
  const query = Object.entries(i.query ?? {})
    .map(([k, v]) => `${encode(k, false)}=${encode(v, false)}`)
    .sort()
    .join('&');
  const canonical = [i.method, encode(i.path, true), query, names.map((n) => `${n}:${headers[n]}\n`).join(''), names.join(';'), i.payloadHash].join('\n');
  const scope = `${date}/${i.region}/${service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', i.amzDate, scope, sha256hex(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${i.secretAccessKey}`, date), i.region), service), 'aws4_request');
  const signature = createHmac('sha256', key).update(toSign).digest('hex');
  return `AWS4-HMAC-SHA256 Credential=${i.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`;
}

const amzDateOf = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

export function s3Storage(settings: S3Settings, now: () => number = Date.now): FileStorage {
  const base = new URL(settings.endpoint);
  const pathOf = (key: string) => `${base.pathname.replace(/\/+$/, '')}/${settings.bucket}/${key}`;

  async function send(method: string, key: string, body?: Buffer, extra: Record<string, string> = {}): Promise<Response> {
    const payloadHash = sha256hex(body ?? '');
    const amzDate = amzDateOf(now());
    const path = pathOf(key);
    const authorization = signV4({
      method,
      host: base.host,
      path,
      headers: extra,
      payloadHash,
      amzDate,
      region: settings.region,
      accessKeyId: settings.accessKeyId,
      secretAccessKey: settings.secretAccessKey,
    });
    return fetch(new URL(encode(path, true), base), {
      method,
      headers: {...extra, 'x-amz-content-sha256': payloadHash, 'x-amz-date': amzDate, authorization},
      ...(body && {body: new Uint8Array(body)}),
    });
  }

  return {
    async putFile(key, tempPath, mime) {
      // Uploads here are phone photos and documents (25 MB at most): one signed PUT.
      const body = await fs.promises.readFile(tempPath);
      const res = await send('PUT', key, body, {'content-type': mime});
      if (!res.ok) throw new Error(`S3 PUT ${key}: ${res.status} ${await res.text()}`);
      await fs.promises.rm(tempPath, {force: true});
    },
    async get(key) {
      const res = await send('GET', key);
      if (res.status === 404) return null;
      if (!res.ok || !res.body) throw new Error(`S3 GET ${key}: ${res.status}`);
      return Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>);
    },
    async delete(key) {
      const res = await send('DELETE', key);
      if (!res.ok && res.status !== 404) throw new Error(`S3 DELETE ${key}: ${res.status}`);
    },
  };
}
