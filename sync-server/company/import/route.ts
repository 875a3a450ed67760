// POST /api/v1/company/import (issue 19): the owner sends an export (the zip
// itself as the body, Content-Type application/zip) and it becomes this
// company's data — only while the company is still empty. Read whole into
// memory up to DOT_IMPORT_MAX_MB (the archive is checked against its manifest
// before a row is written), then written in one transaction (apply.ts).
import type express from 'express';
import type pg from 'pg';
import {z} from 'zod';
import {createTranslator} from '#shared/i18n/translate.ts';
import {route} from '../../rest/route.ts';
import type {FileStorage} from '../../files/storage.ts';
import {readArchive} from './archive.ts';
import {importCompany} from './apply.ts';
import {refuse} from './refuse.ts';

class TooLarge extends Error {}

async function readBody(req: express.Request, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.get('content-length'));
  if (declared > maxBytes) throw new TooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new TooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export const importRoute = (deps: {pool: pg.Pool; storage: FileStorage; maxBytes: number}) =>
  route({
    method: 'post',
    path: '/company/import',
    tag: 'company',
    summary:
      "Load an export of a company (the zip as the body, Content-Type: application/zip) into this company while it is still empty: every id is new, the caller takes the old owner's place, other people come back as members without a login (owner)",
    auth: 'member',
    permission: 'company.manage',
    rawBody: 'application/zip',
    response: z.object({
      rows: z.number().describe('Rows written'),
      files: z.number().describe('Files put back into storage'),
      tables: z.record(z.string(), z.number()).describe('Rows written per table'),
    }),
    async handler({req, res, session, locale}) {
      // A JSON or form body was already read by the API's parser: only the zip itself is accepted.
      if (req.readableEnded || req.body !== undefined) throw refuse('dataExport.e.notZip');
      let body: Buffer;
      try {
        body = await readBody(req, deps.maxBytes);
      } catch (e) {
        if (!(e instanceof TooLarge)) throw e;
        const limit = Math.round(deps.maxBytes / 1024 / 1024);
        // Said before the rest of a large body arrives; the connection closes after the answer.
        res
          .set('Connection', 'close')
          .status(413)
          .json({error: {code: 'too_large', message: createTranslator(locale)('dataExport.e.tooLarge', {limit})}});
        req.resume();
        return;
      }
      if (!body.length) throw refuse('dataExport.e.notZip');
      const {rows: migrations} = await deps.pool.query<{name: string}>('select name from dot_migration');
      const archive = readArchive(
        body,
        deps.maxBytes * 4,
        migrations.map((m) => m.name),
      );
      const result = await importCompany(deps, {companyId: session.companyId, memberId: session.memberId}, archive);
      return {status: 200, body: result};
    },
  });
