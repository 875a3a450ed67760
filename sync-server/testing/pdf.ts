// Reading a PDF the server made, in tests: its drawing operators and its text.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

/** The page's drawing operators (pdfkit deflates every stream). */
export function pdfContent(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/(?<!end)stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      out.push(zlib.inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // a font or an image, not deflated text
    }
  }
  return out.join('\n');
}

/** The text a reader extracts from the PDF (poppler's pdftotext). */
export function pdfText(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sheet-text-'));
  fs.writeFileSync(path.join(dir, 'sheet.pdf'), pdf);
  return execFileSync('pdftotext', [path.join(dir, 'sheet.pdf'), '-'], {stdio: ['ignore', 'pipe', 'ignore']})
    .toString()
    .replace(/\s+/g, ' ');
}
