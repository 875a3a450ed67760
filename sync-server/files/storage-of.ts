// The file storage this installation uses: S3-compatible when configured, else
// the data directory (one place decides, for the app and for the jobs).
import path from 'node:path';
import type {Config} from '../config.ts';
import {s3Storage} from './s3-storage.ts';
import {localDiskStorage, type FileStorage} from './storage.ts';

export function storageOf(config: Pick<Config, 's3' | 'dataDir'>): FileStorage {
  return config.s3 ? s3Storage(config.s3) : localDiskStorage(path.join(config.dataDir, 'files'));
}
