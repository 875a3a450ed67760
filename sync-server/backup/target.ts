// Where finished backups are kept: a local folder (default <dataDir>/backups)
// or an S3-compatible bucket under a prefix. A backup is staged in a local
// folder first; `keep` moves it in (local: one rename, so a half-written backup
// never carries the final name; S3: every object, manifest.json last).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {isBackupName} from './manifest.ts';
import {s3Bucket, type S3BackupSettings} from './s3-target.ts';

export type BackupTarget = {
  /** Shown in the console and kept in backup_run.location. */
  where: string;
  /** A folder to stage a new backup in (on the same disk as the target when local). */
  stage(name: string): Promise<string>;
  keep(staged: string, name: string): Promise<void>;
  /** Names of finished backups (they have a manifest), oldest first. */
  list(): Promise<string[]>;
  /** A local folder holding the backup, and how to let it go. */
  open(name: string): Promise<{dir: string; close(): Promise<void>}>;
  remove(name: string): Promise<void>;
};

export function localTarget(root: string): BackupTarget {
  return {
    where: root,
    async stage(name) {
      const dir = path.join(root, `.${name}.partial`);
      await fs.promises.rm(dir, {recursive: true, force: true});
      await fs.promises.mkdir(dir, {recursive: true});
      return dir;
    },
    async keep(staged, name) {
      await fs.promises.rename(staged, path.join(root, name));
    },
    async list() {
      const names = await fs.promises.readdir(root).catch(() => [] as string[]);
      return names.filter((n) => isBackupName(n) && fs.existsSync(path.join(root, n, 'manifest.json'))).sort();
    },
    async open(name) {
      return {dir: path.join(root, name), close: async () => {}};
    },
    async remove(name) {
      await fs.promises.rm(path.join(root, name), {recursive: true, force: true});
    },
  };
}

export function s3Target(settings: S3BackupSettings): BackupTarget {
  const bucket = s3Bucket(settings);
  const prefix = settings.prefix ? `${settings.prefix.replace(/\/+$/, '')}/` : '';
  return {
    where: `s3://${settings.bucket}/${prefix}`,
    stage: (name) => fs.promises.mkdtemp(path.join(os.tmpdir(), `${name}-`)),
    async keep(staged, name) {
      const entries = (await fs.promises.readdir(staged, {recursive: true, withFileTypes: true})).filter((e) => e.isFile());
      const rel = entries.map((e) => path.relative(staged, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
      for (const r of [...rel.filter((r) => r !== 'manifest.json'), 'manifest.json']) await bucket.put(`${prefix}${name}/${r}`, path.join(staged, r));
      await fs.promises.rm(staged, {recursive: true, force: true});
    },
    async list() {
      const keys = await bucket.list(prefix);
      return keys
        .map((k) => k.slice(prefix.length).split('/'))
        .filter((p) => p.length === 2 && p[1] === 'manifest.json' && isBackupName(p[0]!))
        .map((p) => p[0]!)
        .sort();
    },
    async open(name) {
      const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), `${name}-`));
      for (const key of await bucket.list(`${prefix}${name}/`)) {
        const file = path.join(dir, ...key.slice(`${prefix}${name}/`.length).split('/'));
        await fs.promises.mkdir(path.dirname(file), {recursive: true});
        await bucket.get(key, file);
      }
      return {dir, close: () => fs.promises.rm(dir, {recursive: true, force: true})};
    },
    async remove(name) {
      for (const key of await bucket.list(`${prefix}${name}/`)) await bucket.delete(key);
    },
  };
}
