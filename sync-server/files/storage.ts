// Where file bytes live. Local disk under the data directory by default; other
// drivers (S3-compatible) implement the same three calls.
import fs from 'node:fs';
import path from 'node:path';
import {Readable} from 'node:stream';
import {pipeline} from 'node:stream/promises';

export type FileStorage = {
  /** Moves a finished temp file into storage under `key`. */
  putFile(key: string, tempPath: string, mime: string): Promise<void>;
  get(key: string): Promise<Readable | null>;
  delete(key: string): Promise<void>;
};

export function localDiskStorage(root: string): FileStorage {
  const full = (key: string) => {
    const p = path.resolve(root, key);
    if (!p.startsWith(path.resolve(root) + path.sep)) throw new Error('bad storage key');
    return p;
  };
  return {
    async putFile(key, tempPath) {
      const dest = full(key);
      await fs.promises.mkdir(path.dirname(dest), {recursive: true});
      try {
        await fs.promises.rename(tempPath, dest);
      } catch {
        // across devices: copy, then remove the temp file
        await pipeline(fs.createReadStream(tempPath), fs.createWriteStream(dest));
        await fs.promises.rm(tempPath, {force: true});
      }
    },
    async get(key) {
      const p = full(key);
      try {
        await fs.promises.access(p);
      } catch {
        return null;
      }
      return fs.createReadStream(p);
    },
    async delete(key) {
      await fs.promises.rm(full(key), {force: true});
    },
  };
}

export function readableFrom(buffer: Buffer): Readable {
  return Readable.from(buffer);
}
