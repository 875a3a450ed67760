// AES-256-GCM sealing of what must be kept but never read by anyone who reads
// the database alone: the first answer of an idempotent REST write (its key is
// derived from the caller's key), a messenger channel's tokens (the key is a
// server key kept in `server_key`). A sealed text is iv | tag | ciphertext, base64.
import {createCipheriv, createDecipheriv, randomBytes} from 'node:crypto';
import type pg from 'pg';
import {serverKey} from '../notify/keys.ts';

export function seal(secret: Buffer, text: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', secret, iv);
  const sealed = Buffer.concat([c.update(text, 'utf8'), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), sealed]).toString('base64');
}

/** Throws when the text was not sealed with this secret or was altered. */
export function open(secret: Buffer, stored: string): string {
  const b = Buffer.from(stored, 'base64');
  const d = createDecipheriv('aes-256-gcm', secret, b.subarray(0, 12));
  d.setAuthTag(b.subarray(12, 28));
  return Buffer.concat([d.update(b.subarray(28)), d.final()]).toString('utf8');
}

/** A 32-byte key made once per installation and kept under `name`. */
export function sealingKey(name: string) {
  let key: Promise<Buffer> | undefined;
  return (pool: pg.Pool): Promise<Buffer> => {
    key ??= serverKey(pool, name, () => randomBytes(32).toString('base64'))
      .then((v) => Buffer.from(v, 'base64'))
      .catch((e) => {
        key = undefined;
        throw e;
      });
    return key;
  };
}
