// /api/v1/files: a device uploads the bytes of a file under an id it chose
// (PUT, so a retry after a lost answer is harmless), then writes the record
// that references it. Reads are scoped to the caller's company.
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {Transform} from 'node:stream';
import {pipeline} from 'node:stream/promises';
import type express from 'express';
import type pg from 'pg';
import {z} from 'zod';
import {domainError} from '#shared/errors.ts';
import {assertWithinPlan, pgQuery} from '#shared/platform/limits.ts';
import {mediaType, serving} from '#shared/files/serving.ts';
import {sessionFromRequest} from '../auth/request-auth.ts';
import {auditedTransaction} from '../db/audit-tx.ts';
import {HttpError, sendError} from '../rest/errors.ts';
import {requestLocale} from '../rest/locale.ts';
import {route} from '../rest/route.ts';
import type {FileStorage} from './storage.ts';
import type {MemberContext} from '#shared/auth/context.ts';
import {PUBLIC_ENTITIES, readsDocumentFile, readsEveryFile} from '#shared/files/access.ts';
import {companyRows} from '#shared/queries/scope.ts';
import {visibleRequests} from '#shared/requests/access.ts';
import {visibleTasks} from '#shared/tasks/access.ts';
import {visibleInvoices} from '#shared/finance/access.ts';
import type {ZeroDb} from '../zero/db.ts';

const ID = /^[0-9a-zA-Z-]{8,64}$/;

export type FileRow = {
  id: string;
  company_id: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  storage_key: string;
  created_by: string | null;
};

class TooLarge extends Error {}

/** Streams the request body to a temp file, hashing and counting as it goes. */
async function receive(req: express.Request, maxBytes: number): Promise<{tempPath: string; size: number; sha256: string}> {
  const tempPath = path.join(os.tmpdir(), `dot-upload-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      size += chunk.length;
      if (size > maxBytes) return cb(new TooLarge());
      hash.update(chunk);
      cb(null, chunk);
    },
  });
  try {
    await pipeline(req, meter, fs.createWriteStream(tempPath));
  } catch (e) {
    await fs.promises.rm(tempPath, {force: true});
    throw e;
  }
  return {tempPath, size, sha256: hash.digest('hex')};
}

export function fileUploadHandler(deps: {pool: pg.Pool; storage: FileStorage; maxBytes: number}): express.RequestHandler {
  return async (req, res) => {
    const locale = requestLocale(req);
    try {
      const session = await sessionFromRequest(deps.pool, req);
      if (!session || session.companyStatus !== 'active') throw new HttpError(401, 'unauthorized', 'auth.error.sessionExpired');
      const id = String(req.params.id);
      if (!ID.test(id)) throw domainError('validation', {fields: [{field: 'id', code: 'v.invalid'}]});
      // Recorded as the device said (the app shows it), served by shared/files/serving.ts.
      const mime = mediaType(req.get('content-type')) || 'application/octet-stream';
      const name = decodeURIComponent(req.get('x-file-name') ?? 'file').slice(0, 200) || 'file';
      const existing = await deps.pool.query<FileRow>('select * from file where id = $1', [id]);
      if (existing.rows[0]) {
        if (existing.rows[0].company_id !== session.companyId) throw domainError('not_found');
        req.resume();
        res.status(200).json(describe(existing.rows[0]));
        return;
      }
      // The plan's storage (issue 18): refused before the bytes travel when the size is declared, and after
      // they arrive by what was counted (the declared size may be absent or wrong).
      const declared = Number(req.get('content-length'));
      if (declared > 0) {
        await assertWithinPlan(pgQuery(deps.pool), session.companyId, 'storage', declared).catch((e: unknown) => {
          req.resume(); // the refusal is read after the body is drained, not cut off mid-send
          throw e;
        });
      }
      let received;
      try {
        received = await receive(req, deps.maxBytes);
      } catch (e) {
        if (e instanceof TooLarge) throw new HttpError(413, 'too_large', 'files.tooLarge');
        throw e;
      }
      try {
        await assertWithinPlan(pgQuery(deps.pool), session.companyId, 'storage', received.size);
      } catch (e) {
        await fs.promises.rm(received.tempPath, {force: true});
        throw e;
      }
      const storageKey = `${session.companyId}/${id}`;
      await deps.storage.putFile(storageKey, received.tempPath, mime);
      const row = await auditedTransaction(deps.pool, {actorId: session.memberId, via: 'rest', action: 'file.upload'}, async (client) => {
        const {rows} = await client.query<FileRow>(
          `insert into file (id, company_id, name, mime, size, sha256, storage_key, created_by)
           values ($1, $2, $3, $4, $5, $6, $7, $8)
           on conflict (id) do nothing returning *`,
          [id, session.companyId, name, mime, received.size, received.sha256, storageKey, session.memberId],
        );
        return rows[0];
      });
      if (!row) {
        // Two uploads of the same id raced; the first one won.
        const again = await deps.pool.query<FileRow>('select * from file where id = $1 and company_id = $2', [id, session.companyId]);
        if (!again.rows[0]) throw domainError('not_found');
        res.status(200).json(describe(again.rows[0]));
        return;
      }
      res.status(201).json(describe(row));
    } catch (err) {
      if (!res.headersSent) sendError(res, err, locale);
    }
  };
}

function describe(row: FileRow) {
  return {id: row.id, name: row.name, mime: row.mime, size: Number(row.size), sha256: row.sha256, url: `/api/v1/files/${row.id}`};
}

/** On every file answer: no script, no plugins, no requests, an origin of its own. */
export const FILE_CSP = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'self'";

/** A member who does not read every file reads one they uploaded or one attached to a record they see (shared/files/access.ts). */
async function mayReadFile(deps: {pool: pg.Pool; zdb: ZeroDb}, ctx: MemberContext, row: FileRow): Promise<boolean> {
  // A document version's file goes only to whoever sees its document: a wide permission does not reach a draft.
  const {rows: documents} = await deps.pool.query<{status: string; owner_id: string | null}>(
    `select d.status, d.owner_id from document_version v join document d on d.id = v.document_id where v.file_id = $1 and v.company_id = $2`,
    [row.id, row.company_id],
  );
  const attached = await deps.zdb.run(companyRows('attachment', ctx).where('file_id', row.id));
  // An invoice's file (the invoice, its basis, an act) likewise goes to whoever sees the invoice, not to every wide reader.
  const invoiceIds = attached.filter((a) => a.entity === 'invoice').map((a) => a.entity_id);
  if (row.created_by === ctx.memberID) return true;
  if (documents.length && readsDocumentFile(ctx, row, documents)) return true;
  if (invoiceIds.length && (await deps.zdb.run(visibleInvoices(ctx).where('id', 'IN', invoiceIds).one()))) return true;
  if (!documents.length && !invoiceIds.length && readsEveryFile(ctx)) return true;
  // Attached on purpose to a record one sees (a request, a task, the public site): readable there too.
  for (const a of attached) {
    if (PUBLIC_ENTITIES.includes(a.entity)) return true;
    if (a.entity === 'task' && (await deps.zdb.run(visibleTasks(ctx).where('id', a.entity_id).one()))) return true;
    if (a.entity === 'request' && (await deps.zdb.run(visibleRequests(ctx).where('id', a.entity_id).one()))) return true;
  }
  return false;
}

export function fileRoutes(deps: {pool: pg.Pool; storage: FileStorage; zdb: ZeroDb}) {
  return [
    route({
      method: 'get',
      path: '/files/:id',
      tag: 'files',
      summary: 'The bytes of a file of your company',
      auth: 'member',
      params: z.object({id: z.string().max(64)}),
      async handler({params, session, ctx, res}) {
        const {rows} = await deps.pool.query<FileRow>('select * from file where id = $1 and company_id = $2', [params.id, session.companyId]);
        const row = rows[0] && (await mayReadFile(deps, ctx, rows[0])) ? rows[0] : undefined;
        const stream = row ? await deps.storage.get(row.storage_key) : null;
        if (!row || !stream) throw domainError('not_found');
        // Never active content in our origin: passive types in place, the rest
        // as a download, and a sandbox (no script, an opaque origin) on both.
        const how = serving(row.mime);
        res.set({
          'Content-Type': how.contentType,
          'Content-Length': String(row.size),
          'Cache-Control': 'private, max-age=31536000, immutable',
          'Content-Disposition': `${how.disposition}; filename*=UTF-8''${encodeURIComponent(row.name)}`,
          'Content-Security-Policy': FILE_CSP,
          'X-Content-Type-Options': 'nosniff',
          'Cross-Origin-Resource-Policy': 'same-origin',
        });
        await pipeline(stream, res);
      },
    }),
  ];
}
