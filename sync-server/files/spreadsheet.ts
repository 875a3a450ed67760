// A spreadsheet sent as a request body, read into rows of cells: .xlsx (from
// Excel or LibreOffice) or .csv (comma or semicolon, with or without BOM).
import type express from 'express';
import Papa from 'papaparse';
import {readSheet} from 'read-excel-file/node';
import {domainError} from '#shared/errors.ts';
import {csvParseOptions} from '#shared/files/csv.ts';

const MAX_BYTES = 10 * 1024 * 1024;

async function readBody(req: express.Request): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BYTES) throw domainError('validation', {fields: [{field: 'file', code: 'files.tooLarge'}]});
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export async function readSpreadsheet(req: express.Request): Promise<unknown[][]> {
  const body = await readBody(req);
  // A zip (every .xlsx is one) starts with "PK".
  if (body[0] === 0x50 && body[1] === 0x4b) {
    try {
      return (await readSheet(body)) as unknown[][];
    } catch {
      throw domainError('validation', {fields: [{field: 'file', code: 'v.spreadsheet'}]});
    }
  }
  const text = body.toString('utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, csvParseOptions(text));
  if (!parsed.data.length) throw domainError('validation', {fields: [{field: 'file', code: 'v.spreadsheet'}]});
  return parsed.data;
}
