// An export written into an empty company in one transaction (issue 19): nothing
// is kept if any table, row or file is refused. What "empty" means, which rows
// are replaced and what happens to people: docs/operations/export.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import {assertWithinPlan, pgQuery} from '#shared/platform/limits.ts';
import type {FileStorage} from '../../files/storage.ts';
import {SKIPPED_TABLES, ident} from '../export/tables.ts';
import type {Archive, Row} from './archive.ts';
import {refuse} from './refuse.ts';
import {buildIdMap, parentsFirst, remapValue} from './remap.ts';
import {companyTables, insertOrder} from './schema.ts';

/**
 * Exported but not imported: credentials and links to one device, person or outside account (feeds, invitations,
 * push subscriptions, messenger links, Google), the platform's own records about the old company (its plan and
 * payments, its old addresses, support grants), and the devices' write log.
 */
export const NOT_IMPORTED = new Set([
  'booking_feed',
  'calendar_feed',
  'invite',
  'push_subscription',
  'member_messenger',
  'member_link_code',
  'google_calendar',
  'google_event',
  'google_busy',
  'bot_follow',
  'staff_forward',
  'site_visitor_seen',
  'applied_op',
  'refused_op',
  'company_account',
  'company_payment',
  'company_slug',
  'connection_request',
  'support_grant',
]);

/** What sign-up made (system roles, the default request type, the site profile) and the counters: the archive's replace them. */
export const REPLACED = ['field_def', 'request_type', 'role', 'company_profile', 'message_template', 'finance_settings', 'counter', 'site_stat'];
/** Reports' rollups: not imported but counted again from the imported requests (their inserts mark the hours to count). */
const DERIVED = /^analytics_/;

export type ImportResult = {rows: number; files: number; tables: Record<string, number>};
type Target = {companyId: string; memberId: string};

const BATCH = 500;

/** The old owner: the first member with the owner role; the importing owner takes their place. */
function oldOwner(members: Row[]): string | undefined {
  const owners = members.filter((m) => m.role === 'owner' || (Array.isArray(m.roles) && m.roles.includes('owner')));
  owners.sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)));
  return owners[0]?.id as string | undefined;
}

async function assertEmpty(client: pg.PoolClient, target: Target, tables: string[]): Promise<void> {
  const others = await client.query<{n: number}>('select count(*)::int as n from member where company_id = $1 and id <> $2', [
    target.companyId,
    target.memberId,
  ]);
  if (others.rows[0]!.n) throw refuse('dataExport.e.members', {count: others.rows[0]!.n});
  for (const table of tables) {
    // History and bookkeeping (the audit log, sessions, the job queue) are not data the company would lose.
    if (table === 'member' || table === 'audit_log' || SKIPPED_TABLES.test(table) || REPLACED.includes(table) || DERIVED.test(table)) continue;
    const {rows} = await client.query<{n: number}>(`select count(*)::int as n from ${ident(table)} where company_id = $1`, [target.companyId]);
    if (rows[0]!.n) throw refuse('dataExport.e.notEmpty', {table, count: rows[0]!.n});
  }
}

async function insertRows(client: pg.PoolClient, table: string, columns: string[], rows: Row[]): Promise<void> {
  const list = columns.map(ident).join(', ');
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    try {
      await client.query(`insert into ${ident(table)} (${list}) select ${list} from json_populate_recordset(null::${ident(table)}, $1::json)`, [
        JSON.stringify(batch),
      ]);
    } catch (e) {
      const err = e as {message?: string; detail?: string; code?: string};
      if (!err.code) throw e;
      // The database's own words name the column or the reference: technical, but exact.
      throw refuse('dataExport.e.badRow', {table, detail: (err.detail ?? err.message ?? err.code).replace(/\.+$/, '')});
    }
  }
}

export async function importCompany(deps: {pool: pg.Pool; storage: FileStorage}, target: Target, archive: Archive): Promise<ImportResult> {
  const stored: string[] = [];
  const client = await deps.pool.connect();
  try {
    await client.query('begin');
    // The audit log says who imported (the triggers record every row it writes).
    // dot.import_company (migration 0910): numbers and stages as the archive has them, and one audit record of the
    // import (below) instead of one per row; the archive's own audit history is imported as it was.
    await client.query(
      `select set_config('dot.actor_id', $1, true), set_config('dot.via', 'rest', true), set_config('dot.mutator', 'company.import', true),
              set_config('dot.import_company', $2, true)`,
      [target.memberId, target.companyId],
    );
    // Two imports into the same company at once: the second waits, then finds it not empty.
    await client.query('select 1 from company where id = $1 for update', [target.companyId]);
    const here = await companyTables(client);
    for (const [name, rows] of archive.tables) {
      const info = here.get(name);
      if (!info) throw refuse('dataExport.e.unknownTable', {table: name});
      for (const row of rows) {
        const unknown = Object.keys(row).find((k) => !info.columns.has(k));
        if (unknown) throw refuse('dataExport.e.unknownColumn', {table: name, column: unknown});
      }
    }
    await assertEmpty(
      client,
      target,
      [...here.keys()].filter((t) => !NOT_IMPORTED.has(t)),
    );

    const names = [...archive.tables.keys()].filter((t) => !NOT_IMPORTED.has(t) && !DERIVED.test(t) && here.has(t));
    const members = archive.tables.get('member') ?? [];
    const owner = oldOwner(members);
    const oldCompany = String(archive.company.id);
    const map = buildIdMap(
      names.map((n) => archive.tables.get(n)!),
      oldCompany,
      target.companyId,
      owner ? [[owner, target.memberId]] : [],
    );
    const files = archive.tables.get('file') ?? [];
    const fileBytes = files.reduce((sum, f) => sum + (archive.bytes.get(String(f.id))?.length ?? 0), 0);
    await assertWithinPlan(pgQuery(client), target.companyId, 'storage', fileBytes);
    const people = members.filter((m) => m.id !== owner && m.active !== false).length;
    if (people) await assertWithinPlan(pgQuery(client), target.companyId, 'members', people);

    for (const table of REPLACED) if (here.has(table)) await client.query(`delete from ${ident(table)} where company_id = $1`, [target.companyId]);
    for (const table of [...here.keys()].filter((t) => DERIVED.test(t)))
      await client.query(`delete from ${ident(table)} where company_id = $1`, [target.companyId]);

    const result: ImportResult = {rows: 0, files: 0, tables: {}};
    const putFiles: {key: string; bytes: Uint8Array; mime: string}[] = [];
    // The counters (next request number…) last: inserting numbered rows advanced them, the archive's values win.
    const order = [...insertOrder(names, here).filter((t) => t !== 'counter'), ...names.filter((t) => t === 'counter')];
    for (const table of order) {
      const info = here.get(table)!;
      if (table === 'counter') await client.query('delete from counter where company_id = $1', [target.companyId]);
      let rows = archive.tables.get(table)!;
      if (table === 'member') rows = rows.filter((m) => m.id !== owner);
      const ready = rows.map((row) => {
        const out = remapValue(row, map) as Row;
        out.company_id = target.companyId;
        // People come back as members without a login: the owner invites whom they want (docs/operations/export.md).
        if (table === 'member') out.user_id = null;
        if (table === 'file') {
          out.storage_key = `${target.companyId}/${out.id}`;
          const bytes = archive.bytes.get(String(row.id));
          if (bytes) putFiles.push({key: String(out.storage_key), bytes, mime: String(row.mime ?? 'application/octet-stream')});
        }
        return out;
      });
      const columns = [...new Set(ready.flatMap((r) => Object.keys(r)))].filter((c) => info.columns.has(c));
      if (ready.length) await insertRows(client, table, columns, parentsFirst(ready, info.selfColumns));
      result.tables[table] = ready.length;
      result.rows += ready.length;
    }
    const c = archive.company;
    await client.query('update company set locale = coalesce($2, locale), timezone = coalesce($3, timezone), currency = coalesce($4, currency) where id = $1', [
      target.companyId,
      c.locale ?? null,
      c.timezone ?? null,
      c.currency ?? null,
    ]);
    const m = archive.manifest;
    await client.query(
      `insert into audit_log (id, company_id, actor_id, via, mutator, entity, entity_id, action, changes)
       values (gen_random_uuid()::text, $1, $2, 'rest', 'company.import', 'company', $1, 'update', $3)`,
      [
        target.companyId,
        target.memberId,
        JSON.stringify({import: {from: {slug: m.company.slug, name: m.company.name}, exportedAt: m.createdAt, tables: result.tables}}),
      ],
    );
    // The bytes go into storage before the rows commit; if the commit fails they are taken out again.
    for (const f of putFiles) {
      const temp = path.join(os.tmpdir(), `dot-import-${process.pid}-${stored.length}-${Date.now()}`);
      await fs.promises.writeFile(temp, f.bytes);
      await deps.storage.putFile(f.key, temp, f.mime);
      stored.push(f.key);
    }
    result.files = stored.length;
    await client.query('commit');
    return result;
  } catch (e) {
    await client.query('rollback').catch(() => {});
    await Promise.all(stored.map((key) => deps.storage.delete(key).catch(() => {})));
    throw e;
  } finally {
    client.release();
  }
}
