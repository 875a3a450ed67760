// The parsing half of extract.ts, run in a worker thread so that a hostile
// file can be stopped: the parent terminates this thread on its deadline and
// its heap is capped (resourceLimits). Plain JavaScript so that node loads it
// as it is, under tsx, vitest or a bare node alike.
// In: workerData {kind: 'pdf' | 'docx', bytes: Uint8Array, maxChars, maxPages, maxXmlBytes}.
// Out: one message, the text (possibly longer than maxChars by one page; the parent cuts).
import {parentPort, workerData} from 'node:worker_threads';

const {kind, bytes, maxChars, maxPages, maxXmlBytes} = workerData;

async function pdfText() {
  const {getDocumentProxy} = await import('unpdf');
  // verbosity 0: pdf.js prints nothing about broken fonts; no eval, no system fonts: text only.
  const pdf = await getDocumentProxy(bytes, {verbosity: 0, isEvalSupported: false, useSystemFonts: false, disableFontFace: true});
  try {
    const pages = [];
    let length = 0;
    for (let n = 1; n <= Math.min(pdf.numPages, maxPages) && length < maxChars; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
      page.cleanup();
      pages.push(text);
      length += text.length + 2;
    }
    return pages.join('\n\n');
  } finally {
    await pdf.destroy();
  }
}

const ENTITIES = {lt: '<', gt: '>', amp: '&', quot: '"', apos: "'"};
const decode = (s) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, e) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? whole;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });

/** WordprocessingML to text: runs' <w:t>, tabs, breaks, one line per paragraph. */
function wordXmlText(xml) {
  let out = '';
  const re = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)(?:\s[^>]*)?\/>|<\/w:(p|tc)>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1] !== undefined) out += decode(m[1]);
    else if (m[2] === 'tab') out += '\t';
    else if (m[2]) out += '\n';
    else out += m[3] === 'p' ? '\n' : '\t';
    if (out.length > maxChars) break;
  }
  return out;
}

async function docxText() {
  const {unzipSync, strFromU8} = await import('fflate');
  const wanted = /^word\/(document|footnotes|endnotes)\.xml$/;
  // The filter sees each entry's declared size before inflating it; a lying
  // size (a zip bomb) is stopped by the heap limit and the deadline.
  const files = unzipSync(bytes, {filter: (f) => wanted.test(f.name) && f.originalSize <= maxXmlBytes});
  const main = files['word/document.xml'];
  if (!main) return '';
  const parts = [main, files['word/footnotes.xml'], files['word/endnotes.xml']].filter(Boolean);
  return parts.map((xml) => wordXmlText(strFromU8(xml))).join('\n');
}

try {
  parentPort?.postMessage(kind === 'pdf' ? await pdfText() : await docxText());
} catch {
  parentPort?.postMessage('');
}
