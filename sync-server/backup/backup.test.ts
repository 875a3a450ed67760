// The parts of backups that need no database: the nightly slot in server time,
// which backups the retention removes, the load order, and the refusal of a
// backup made by a newer dot.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {inLoadOrder} from './catalog.ts';
import {migrationsFor, RestoreRefused} from './load.ts';
import {backupName, FORMAT_VERSION, type Manifest} from './manifest.ts';
import {slotOf} from './schedule.ts';
import {applyRetention} from './run.ts';
import {localTarget} from './target.ts';

const manifest = (migrations: {name: string; checksum: string}[]): Manifest => ({
  version: FORMAT_VERSION,
  name: 'dot-backup-20261207T000000Z',
  createdAt: '',
  migrations,
  tables: [],
  sequences: [],
  files: [],
  settings: {serverKeys: [], storage: 'local'},
  missingFiles: [],
  totals: {rows: 0, files: 0, fileBytes: 0, tableBytes: 0},
});

describe('backups', () => {
  it('falls due at 03:00 server time (UTC+5), which is 22:00 UTC the day before', () => {
    const slot = slotOf(Date.UTC(2026, 11, 6, 22, 30), '03:00');
    expect(slot.date).toBe('2026-12-07');
    expect(new Date(slot.dueAt).toISOString()).toBe('2026-12-06T22:00:00.000Z');
    expect(slotOf(Date.UTC(2026, 11, 6, 18, 0), '03:00').date).toBe('2026-12-06');
  });

  it('removes backups older than the kept days but never the newest one', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dot-keep-'));
    const day = 86_400_000;
    const now = Date.UTC(2026, 11, 20);
    const names = [30, 15, 13, 1].map((d) => backupName(new Date(now - d * day)));
    for (const n of names) {
      fs.mkdirSync(path.join(root, n));
      fs.writeFileSync(path.join(root, n, 'manifest.json'), '{}');
    }
    fs.mkdirSync(path.join(root, '.unfinished.partial'));
    const target = localTarget(root);
    expect(await applyRetention(target, 14, now)).toEqual(names.slice(0, 2));
    expect(await target.list()).toEqual(names.slice(2));
    expect(await applyRetention(target, 0, now + 100 * day)).toEqual([names[2]]);
    expect(await target.list()).toEqual([names[3]]);
    fs.rmSync(root, {recursive: true, force: true});
  });

  it('loads referenced tables before the tables pointing at them', () => {
    const t = (name: string, references: string[] = []) => ({name, columns: [], primaryKey: [], references});
    const order = inLoadOrder([t('attachment', ['file', 'request']), t('company'), t('file', ['company']), t('request', ['company'])]).map((x) => x.name);
    expect(order.indexOf('company')).toBeLessThan(order.indexOf('file'));
    expect(order.indexOf('file')).toBeLessThan(order.indexOf('attachment'));
    expect(order.indexOf('request')).toBeLessThan(order.indexOf('attachment'));
  });

  it('refuses a backup made by a newer dot, naming the migrations this code lacks', () => {
    const code = [{name: '0001_init.sql', sql: '', checksum: 'a'}];
    expect(migrationsFor(manifest([{name: '0001_init.sql', checksum: 'a'}]), code)).toEqual(code);
    expect(() =>
      migrationsFor(
        manifest([
          {name: '0001_init.sql', checksum: 'a'},
          {name: '0999_future.sql', checksum: 'b'},
        ]),
        code,
      ),
    ).toThrow(RestoreRefused);
    expect(() => migrationsFor(manifest([{name: '0999_future.sql', checksum: 'b'}]), code)).toThrow(/newer dot.*0999_future\.sql/);
    expect(() => migrationsFor(manifest([{name: '0001_init.sql', checksum: 'x'}]), code)).toThrow(/differ/);
  });
});
