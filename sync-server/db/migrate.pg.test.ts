// The migrator over a migrations folder of its own, on a database of its own:
// it applies in name order, once, and refuses a new migration that sorts
// before the last applied one (it would run in a different order here than on
// a fresh database) without applying anything.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {afterAll, beforeAll, expect, inject, it} from 'vitest';
import {migrate, readMigrations} from './migrate.ts';

let admin: pg.Client;
let pool: pg.Pool;
let dir: string;
const name = `dot_migrate_${process.pid}_${Date.now()}`;

beforeAll(async () => {
  admin = new pg.Client({connectionString: inject('pgUrl')});
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(inject('pgUrl'));
  url.pathname = `/${name}`;
  pool = new pg.Pool({connectionString: url.toString()});
  // The forced drop below may end a backend whose client is still closing.
  pool.on('error', () => {});
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dot-migrations-'));
});

afterAll(async () => {
  await pool.end();
  await admin.query(`drop database ${name} with (force)`);
  await admin.end();
  fs.rmSync(dir, {recursive: true, force: true});
});

const write = (file: string, sql: string) => fs.writeFileSync(path.join(dir, file), sql);
const steps = async () => (await pool.query<{step: string}>('select step from mig_step order by n')).rows.map((r) => r.step);
const appliedNames = async () => (await pool.query<{name: string}>('select name from dot_migration order by name')).rows.map((r) => r.name);

it('applies pending migrations in name order, once', async () => {
  // 0100 needs the table 0004 creates: only name order works.
  write('0100_second.sql', `insert into mig_step (step) values ('0100');`);
  write('0004_first.sql', `create table mig_step (n serial primary key, step text not null); insert into mig_step (step) values ('0004');`);
  expect(await migrate(pool, readMigrations(dir))).toEqual(['0004_first.sql', '0100_second.sql']);
  expect(await migrate(pool, readMigrations(dir))).toEqual([]);

  write('0300_third.sql', `insert into mig_step (step) values ('0300');`);
  expect(await migrate(pool, readMigrations(dir))).toEqual(['0300_third.sql']);
  expect(await steps()).toEqual(['0004', '0100', '0300']);
});

it('refuses a new migration numbered before the last applied one, naming both, and applies nothing', async () => {
  write('0005_late.sql', `insert into mig_step (step) values ('0005');`);
  write('0301_after.sql', `insert into mig_step (step) values ('0301');`);
  const run = migrate(pool, readMigrations(dir));
  await expect(run).rejects.toThrow(/^Migration 0005_late\.sql sorts before 0300_third\.sql, which is already applied/);
  await expect(run).rejects.toThrow(/Renumber it to sort after 0300_third\.sql \(the newest migration is 0301_after\.sql\)/);
  expect(await steps()).toEqual(['0004', '0100', '0300']);
  expect(await appliedNames()).toEqual(['0004_first.sql', '0100_second.sql', '0300_third.sql']);

  // Renumbered after the last one, it applies, after the other pending one.
  fs.renameSync(path.join(dir, '0005_late.sql'), path.join(dir, '0302_late.sql'));
  expect(await migrate(pool, readMigrations(dir))).toEqual(['0301_after.sql', '0302_late.sql']);
  expect(await steps()).toEqual(['0004', '0100', '0300', '0301', '0005']);
});
