// Text extraction on real files made here: a PDF drawn by pdfkit with Noto Sans
// (Russian and Kazakh letters), a DOCX zipped by fflate, and files that must
// give '' (garbage, a scan without text, a zip bomb, a file over the size limit)
// or be cut (a huge text).
import {createRequire} from 'node:module';
import {strToU8, zipSync} from 'fflate';
import PDFDocument from 'pdfkit';
import {describe, expect, it} from 'vitest';
import {extractText, kindOf, MAX_TEXT_CHARS, tidy} from './extract.ts';

const require = createRequire(import.meta.url);
const FONT = require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf');
const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const RU = 'Договор поставки № 17 с ТОО «Бумага»';
const KK = 'Жеткізу шарты: әріптес өнімді қабылдады, құны 250 000 ₸';

function pdf(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({size: 'A4', compress: true});
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function docx(paragraphs: string[], level: 0 | 1 | 6 = 6): Buffer {
  const body = paragraphs.map((p) => `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`).join('');
  const files = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
  };
  return Buffer.from(zipSync(files, {level}));
}

describe('extractText', () => {
  it('reads Russian and Kazakh text from a PDF, page after page', async () => {
    const bytes = await pdf((doc) => {
      doc.font(FONT).fontSize(14).text(RU).moveDown().text(KK);
      doc.addPage().font(FONT).text('Вторая страница: акт сверки');
    });
    const started = performance.now();
    const text = await extractText(bytes, PDF, 'договор.pdf');
    console.log(`PDF of ${bytes.length} bytes read in ${Math.round(performance.now() - started)} ms`);
    expect(text).toContain(RU);
    expect(text).toContain('әріптес өнімді қабылдады');
    expect(text).toContain('Вторая страница: акт сверки');
  });

  it('reads a DOCX: paragraphs, entities, tabs', async () => {
    const bytes = docx([RU, KK, 'Сумма <без НДС> & «скидка»']);
    const started = performance.now();
    const text = await extractText(bytes, DOCX, 'шарт.docx');
    console.log(`DOCX of ${bytes.length} bytes read in ${Math.round(performance.now() - started)} ms`);
    expect(text.split('\n')).toEqual([RU, KK, 'Сумма <без НДС> & «скидка»']);
    // Found by its name when the browser sent no type.
    expect(await extractText(bytes, 'application/octet-stream', 'Шарт.DOCX')).toContain(KK);
  });

  it('reads plain text as it is', async () => {
    expect(await extractText(Buffer.from(`  ${KK}\r\n\r\n\r\n${RU}  `), 'text/plain; charset=utf-8', 'note.txt')).toBe(`${KK}\n\n${RU}`);
  });

  it("gives '' for garbage, a scan, other types and empty files, without throwing", async () => {
    const garbage = Buffer.from(Array.from({length: 20_000}, (_, i) => (i * 7919 + 13) % 256));
    expect(await extractText(garbage, PDF, 'x.pdf')).toBe('');
    expect(await extractText(garbage, DOCX, 'x.docx')).toBe('');
    expect(await extractText(Buffer.concat([Buffer.from('%PDF-1.7\n'), garbage]), 'application/octet-stream', 'x')).toBe('');
    const scan = await pdf((doc) => doc.rect(50, 50, 300, 400).fill('#777777'));
    expect(await extractText(scan, PDF, 'скан.pdf')).toBe('');
    expect(await extractText(docx([RU]), 'image/png', 'photo.png')).toBe('');
    expect(await extractText(Buffer.alloc(0), PDF, 'empty.pdf')).toBe('');
    // A zip without word/document.xml (an .xlsx renamed).
    expect(await extractText(Buffer.from(zipSync({'xl/workbook.xml': strToU8('<workbook/>')})), DOCX, 'x.docx')).toBe('');
  });

  it('cuts huge text and refuses a zip bomb and an oversized file', async () => {
    const line = `${RU} ${KK}`;
    const many = Array.from({length: Math.ceil((MAX_TEXT_CHARS * 1.5) / line.length)}, () => line);
    const text = await extractText(docx(many), DOCX, 'big.docx');
    expect(text.length).toBe(MAX_TEXT_CHARS);
    expect(text.startsWith(line)).toBe(true);
    expect((await extractText(Buffer.from('я'.repeat(MAX_TEXT_CHARS * 2)), 'text/plain', 'big.txt')).length).toBe(MAX_TEXT_CHARS);
    // 70 MB of one letter packs into ~70 KB: its declared size is over the limit, so it is never inflated.
    const bomb = Buffer.from(zipSync({'word/document.xml': new Uint8Array(70 * 1024 * 1024).fill(0x61)}, {level: 1}));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    expect(await extractText(bomb, DOCX, 'bomb.docx')).toBe('');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(await extractText(Buffer.alloc(31 * 1024 * 1024, 0x20), 'text/plain', 'huge.txt')).toBe('');
  });

  it("gives '' when the parser runs past its deadline (the worker is stopped)", async () => {
    const bytes = await pdf((doc) => doc.font(FONT).text(RU));
    expect(await extractText(bytes, PDF, 'slow.pdf', 1)).toBe('');
  });
});

describe('helpers', () => {
  it('tells the kind by type, name, then the first bytes', () => {
    const none = Buffer.alloc(0);
    expect(kindOf(none, 'application/pdf', 'x')).toBe('pdf');
    expect(kindOf(none, '', 'Акт.PDF')).toBe('pdf');
    expect(kindOf(Buffer.from('%PDF-1.4'), 'application/octet-stream', 'scan')).toBe('pdf');
    expect(kindOf(none, DOCX, 'x')).toBe('docx');
    expect(kindOf(none, 'application/msword', 'old.doc')).toBeNull();
    expect(kindOf(none, 'image/jpeg', 'x.jpg')).toBeNull();
  });

  it('tidies whitespace and cuts', () => {
    expect(tidy('a \t b\n\n\n\n c \u0000')).toBe('a b\n\nc');
    expect(tidy('абвгд', 3)).toBe('абв');
  });
});
