// 0303 on a database that already has calendar feeds: the addresses people
// subscribed to keep working (looked up by hash now), and the plain tokens the
// audit log once copied are gone from it.
import pg from 'pg';
import {expect, inject, it} from 'vitest';
import {hashSecret} from '../auth/tokens.ts';
import {migrate, readMigrations} from './migrate.ts';

it('keeps existing calendar feeds working by their hash, and takes the plain tokens out of the audit log', async () => {
  const admin = new pg.Client({connectionString: inject('pgUrl')});
  await admin.connect();
  const name = `dot_mig_${process.pid}_${Date.now()}`;
  await admin.query(`create database ${name}`);
  const url = new URL(inject('pgUrl'));
  url.pathname = `/${name}`;
  const pool = new pg.Pool({connectionString: url.toString()});
  // pool.end() resolves before its sockets close; the forced drop below may
  // then terminate a backend whose client is still closing (57P01), which the
  // pool re-emits. That ending is ours and expected.
  pool.on('error', () => {});
  try {
    const all = readMigrations();
    await migrate(
      pool,
      all.filter((m) => m.name < '0303'),
    );
    const token = 'plain-feed-token-subscribed-in-google';
    await pool.query(`insert into company (id, slug, name) values ('c1', 'mig', 'Mig')`);
    await pool.query(`insert into app_user (id, email, name, password_hash) values ('u1', 'm@example.kz', 'M', 'x')`);
    await pool.query(`insert into member (id, company_id, user_id, name, email, role) values ('m1', 'c1', 'u1', 'M', 'm@example.kz', 'owner')`);
    await pool.query(`insert into booking_master (id, company_id, member_id, slug, display_name) values ('bm1', 'c1', 'm1', 'dana', 'Дана')`);
    await pool.query(`insert into booking_feed (id, company_id, token) values ('bm1', 'c1', $1)`, [token]);
    await pool.query(`update booking_feed set token = $1 where id = 'bm1'`, [`${token}-2`]);
    expect((await pool.query(`select count(*)::int as n from audit_log where changes::text like '%plain-feed-token%'`)).rows[0].n).toBe(2);

    expect(await migrate(pool, all)).toContain('0303_booking_feed_token_hash.sql');
    const {rows} = await pool.query(`select to_jsonb(f) as row from booking_feed f`);
    expect(rows).toEqual([{row: expect.objectContaining({id: 'bm1', token_hash: hashSecret(`${token}-2`)})}]);
    expect(JSON.stringify(rows)).not.toContain('plain-feed-token');
    expect((await pool.query(`select count(*)::int as n from audit_log where changes::text like '%plain-feed-token%'`)).rows[0].n).toBe(0);
    // The log is append-only again.
    await expect(pool.query(`delete from audit_log`)).rejects.toThrow(/append-only/);
  } finally {
    await pool.end();
    await admin.query(`drop database ${name} with (force)`);
    await admin.end();
  }
});
