// The text inside an archived document, for search (D4): PDF and DOCX where it
// can be extracted, plain text as it is, '' for anything else or a file whose
// text cannot be read (a scan, a corrupt or hostile file). Never throws.
//
// Libraries (chosen 2026-12, figures from this machine):
// - PDF: unpdf 1.7 (unjs; pdf.js's serverless build, no dependencies, 2.3 MB
//   installed, ~1.1 M downloads a month). The alternatives: pdf-parse (10 M a
//   month, but it pins pdfjs-dist and @napi-rs/canvas, a native binary), or
//   pdfjs-dist itself (a bigger package for the same engine). A one-page PDF
//   takes ~0.5 s, most of it loading pdf.js into a fresh worker; 20 pages ~1 s
//   (on this 2-core machine, busy with other tests).
// - DOCX: fflate 0.8 (no dependencies, already in the tree through pdfkit and
//   read-excel-file) unzips word/document.xml, and a dozen lines read its
//   <w:t> runs. mammoth (7.6 M a month) converts to HTML with 24 packages,
//   7.9 MB, jszip and xmldom: more than finding the words needs. A DOCX takes
//   ~0.1 s, worker included.
//
// Limits: files over 30 MB are not read (uploads stop at 25 MB); parsing runs
// in a worker thread with a 256 MB heap that is terminated after 20 s, one
// file at a time; at most 500 pages; the text is cut at 200,000 characters.
import {Worker} from 'node:worker_threads';

export const MAX_TEXT_CHARS = 200_000;
const MAX_INPUT_BYTES = 30 * 1024 * 1024;
const MAX_PAGES = 500;
const MAX_XML_BYTES = 64 * 1024 * 1024;
const HEAP_MB = 256;
const DEADLINE_MS = 20_000;

type Kind = 'pdf' | 'docx' | 'text';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What the file is, by its type, its name, then its first bytes ("%PDF", a zip). */
export function kindOf(bytes: Buffer, mime: string, name: string): Kind | null {
  const m = mime.toLowerCase().split(';')[0]!.trim();
  const ext = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (m === 'application/pdf' || ext === 'pdf') return 'pdf';
  if (m === DOCX_MIME || ext === 'docx') return 'docx';
  if (m === 'text/plain' || ext === 'txt') return 'text';
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  return null;
}

/** Whitespace runs made one space (newlines kept, at most one empty line), then cut. */
export function tidy(text: string, max = MAX_TEXT_CHARS): string {
  const out = text
    .replace(/\0/g, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return out.length > max ? out.slice(0, max) : out;
}

// One file at a time: on a 2-core server a burst of uploads must not starve
// the requests and sync that share it (nor hold several 256 MB heaps).
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => {});
  return run;
}

function inWorker(kind: 'pdf' | 'docx', bytes: Buffer, deadlineMs: number): Promise<string> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (text: string) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(text);
    };
    // A copy: pdf.js may detach the buffer it is given, and the caller keeps its own.
    const copy = new Uint8Array(bytes);
    const worker = new Worker(new URL('./extract-worker.mjs', import.meta.url), {
      workerData: {kind, bytes: copy, maxChars: MAX_TEXT_CHARS, maxPages: MAX_PAGES, maxXmlBytes: MAX_XML_BYTES},
      transferList: [copy.buffer],
      resourceLimits: {maxOldGenerationSizeMb: HEAP_MB, maxYoungGenerationSizeMb: 32},
      // Plain JavaScript: the parent's loaders (tsx) are not needed there, and cost ~250 ms a start.
      execArgv: [],
      stdout: true,
      stderr: true,
    });
    const timer = setTimeout(() => finish(''), deadlineMs);
    worker.on('message', (text: unknown) => finish(typeof text === 'string' ? text : ''));
    worker.on('error', () => finish(''));
    worker.on('exit', () => finish(''));
  });
}

/** The plain text of a PDF, DOCX or text file; '' when there is none to read. */
export async function extractText(bytes: Buffer, mime: string, name: string, deadlineMs = DEADLINE_MS): Promise<string> {
  try {
    if (bytes.length === 0 || bytes.length > MAX_INPUT_BYTES) return '';
    const kind = kindOf(bytes, mime, name);
    if (!kind) return '';
    if (kind === 'text') {
      const text = new TextDecoder('utf-8', {fatal: false}).decode(bytes.subarray(0, MAX_TEXT_CHARS * 4));
      return tidy(text);
    }
    return tidy(await serially(() => inWorker(kind, bytes, deadlineMs)));
  } catch {
    return '';
  }
}
