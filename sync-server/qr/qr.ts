// QR codes for print (C5): SVG for print shops, PNG at print resolution, and
// an A4 PDF sheet with the code in several sizes, a caption and the company
// name, to cut out for business cards, packaging, tables, signs and banners.
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
// Noto Sans covers Russian and Kazakh letters (ә ғ қ ң ө ұ ү һ і) and ₸.
const FONT_REGULAR = require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf');

/** Quartile error correction: a code still reads with a quarter of it scuffed or covered (packaging, tables). */
const OPTIONS = {errorCorrectionLevel: 'Q', margin: 4} as const;

export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, {...OPTIONS, type: 'svg'});
}

/** A PNG `width` pixels wide: 1200 px prints a 10 cm code at 300 dpi. */
export async function qrPng(url: string, width = 1200): Promise<Buffer> {
  return QRCode.toBuffer(url, {...OPTIONS, type: 'png', width});
}

const MM = 72 / 25.4;

/** The code's modules drawn as vector squares (sharp at any print size). */
function drawCode(doc: PDFKit.PDFDocument, url: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(url, {errorCorrectionLevel: OPTIONS.errorCorrectionLevel});
  const n = qr.modules.size;
  const quiet = OPTIONS.margin;
  const cell = size / (n + 2 * quiet);
  doc.save().rect(x, y, size, size).fill('#ffffff');
  for (let row = 0; row < n; row++) {
    let start = -1;
    for (let col = 0; col <= n; col++) {
      const dark = col < n && qr.modules.get(row, col) === 1;
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        // One rectangle per run of dark modules keeps the file small.
        doc.rect(x + (quiet + start) * cell, y + (quiet + row) * cell, (col - start) * cell + 0.01, cell + 0.01);
        start = -1;
      }
    }
  }
  doc.fill('#000000').restore();
}

export type SheetText = {
  company: string;
  caption: string;
  hint: string;
  url: string;
  /** Shown on screen over the header and never printed (the codes lead where clients cannot go). */
  warning?: string | undefined;
};

/**
 * A note for the screen only: drawn in an optional content group whose print
 * state is off, so viewers (Chrome's, Firefox's, Acrobat) show it and leave it
 * out of the printout. Over the sheet's header, clear of every code.
 */
function screenOnlyNote(doc: PDFKit.PDFDocument, text: string): void {
  const ocg = doc.ref({Type: 'OCG', Name: new String('dot: not printed'), Intent: 'View', Usage: {View: {ViewState: 'ON'}, Print: {PrintState: 'OFF'}}});
  ocg.end(undefined);
  const root = (doc as unknown as {_root: {data: Record<string, unknown>}})._root;
  root.data.OCProperties = {
    OCGs: [ocg],
    D: {
      Name: new String('dot'),
      Order: [ocg],
      ON: [ocg],
      AS: [
        {Event: 'Print', Category: ['Print'], OCGs: [ocg]},
        {Event: 'View', Category: ['View'], OCGs: [ocg]},
      ],
    },
  };
  const resources = (doc.page as unknown as {resources: {data: Record<string, unknown>}}).resources;
  resources.data.Properties = {...(resources.data.Properties as object | undefined), dotScreenOnly: ocg};
  const [x, y, w, h] = [10 * MM, 3 * MM, 190 * MM, 24 * MM];
  doc.addContent('/OC /dotScreenOnly BDC');
  doc.save().roundedRect(x, y, w, h, 6).fillAndStroke('#fff4d6', '#c0392b').restore();
  doc
    .font('bold')
    .fontSize(10)
    .fillColor('#8a1c10')
    .text(text, x + 4 * MM, y + 3 * MM, {width: w - 8 * MM, height: h - 4 * MM, align: 'left', ellipsis: true});
  doc.addContent('EMC');
}

/** A block on the sheet in millimetres from the top left: the code is `size` square, centred in `width`. */
export type SheetCode = {x: number; y: number; size: number; width: number};

const smallRow = (y: number): SheetCode[] => Array.from({length: 5}, (_, i) => ({x: 12 + i * 38, y, size: 30, width: 34}));

/**
 * A large code (9 cm, signs and banners), two medium (5 cm, tables and
 * windows) and two rows of small ones (3 cm, the least a phone reads reliably
 * from a hand's length: cards and packaging).
 */
export const SHEET_CODES: readonly SheetCode[] = [
  {x: 15, y: 30, size: 90, width: 100},
  {x: 120, y: 30, size: 50, width: 75},
  {x: 120, y: 100, size: 50, width: 75},
  ...smallRow(160),
  ...smallRow(215),
];

/** One A4 page: every code of SHEET_CODES with the caption and the company's name under it. */
export async function qrSheetPdf(text: SheetText): Promise<Buffer> {
  const doc = new PDFDocument({size: 'A4', margin: 0, info: {Title: `${text.company} — ${text.caption}`, Creator: 'dot'}});
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const pageWidth = 210 * MM;

  const block = ({x, y, size: sizeMm, width}: SheetCode) => {
    const size = sizeMm * MM;
    drawCode(doc, text.url, (x + (width - sizeMm) / 2) * MM, y * MM, size);
    const fontSize = Math.max(6, Math.min(14, sizeMm / 6));
    doc
      .font('bold')
      .fontSize(fontSize)
      .fillColor('#000000')
      .text(text.caption, x * MM, (y + sizeMm + 2) * MM, {width: width * MM, align: 'center', lineBreak: true, height: fontSize * 2.6, ellipsis: true});
    doc
      .font('regular')
      .fontSize(fontSize * 0.8)
      .fillColor('#333333')
      .text(text.company, {width: width * MM, align: 'center', height: fontSize * 1.4, ellipsis: true});
  };

  doc
    .font('bold')
    .fontSize(16)
    .fillColor('#000000')
    .text(text.company, 15 * MM, 12 * MM, {width: pageWidth - 30 * MM, align: 'center'});
  doc
    .font('regular')
    .fontSize(9)
    .fillColor('#555555')
    .text(`${text.hint} · ${text.url}`, 15 * MM, 20 * MM, {width: pageWidth - 30 * MM, align: 'center'});
  SHEET_CODES.forEach(block);
  if (text.warning) screenOnlyNote(doc, text.warning);
  doc.end();
  return done;
}
