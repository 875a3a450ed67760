// C5: QR codes decode — with Debian's zbarimg, a real decoder — back to the
// exact URL, placement tag included; the A4 sheet is a one-page PDF.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {signupCompany} from '../testing/http.ts';
import {pdfContent, pdfText} from '../testing/pdf.ts';
import {SHEET_CODES} from './qr.ts';

function zbar(png: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qr-')), 'code.png');
  fs.writeFileSync(file, png);
  return execFileSync('zbarimg', ['-q', '--raw', file], {stdio: ['ignore', 'pipe', 'ignore']})
    .toString()
    .trim();
}

describe('QR codes for print', () => {
  it('round-trips through zbarimg to the exact URL with its placement tag', async () => {
    const {client, me} = await signupCompany('QR Кофейня');
    const item = await client.post('/api/v1/catalog/items', {title: 'Латте', price: 90000});
    const cases: [string, string][] = [
      ['target=menu&placement=table', `/c/${me.company.slug}/menu?src=qr-table`],
      [`target=item&ref=${item.body.number}&placement=card`, `/c/${me.company.slug}/i/${item.body.number}?src=qr-card`],
      ['target=messenger&ref=wa&placement=packaging', `/c/${me.company.slug}/go/wa?src=qr-packaging`],
      ['target=site&placement=Стойка 2', `/c/${me.company.slug}?src=qr-stoyka-2`],
    ];
    for (const [query, expected] of cases) {
      const res = await fetch(`${inject('baseUrl')}/api/v1/qr/code?format=png&${query}`, {headers: {cookie: client.cookie}});
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      const url = `${inject('baseUrl')}${expected}`;
      expect(zbar(Buffer.from(await res.arrayBuffer()))).toBe(url);
      console.log(`QR round trip: ${url} → zbarimg → same`);
    }
    const svg = await fetch(`${inject('baseUrl')}/api/v1/qr/code?target=reviews&placement=banner`, {headers: {cookie: client.cookie}});
    expect(svg.headers.get('content-type')).toContain('image/svg+xml');
    expect(await svg.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it('makes an A4 sheet as a one-page PDF', async () => {
    const {client} = await signupCompany('Лист Кофейня');
    const res = await fetch(`${inject('baseUrl')}/api/v1/qr/sheet.pdf?target=menu&placement=table&caption=${encodeURIComponent('Меню — сканируйте')}`, {
      headers: {cookie: client.cookie},
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer()).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(1);
    // A4 in points.
    expect(pdf).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    // Printed at 150 dpi, every code on the sheet — 9, 5 and 3 cm — reads back as the same URL. Each is
    // cut out with a 2 mm edge and read alone, as a phone reads it: zbarimg over the whole page passed one
    // code over in 5 of 40 sheets tried, though each of them read when cut out.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sheet-'));
    fs.writeFileSync(path.join(dir, 'sheet.pdf'), Buffer.from(pdf, 'latin1'));
    const px = (mm: number) => String(Math.round((mm * 150) / 25.4));
    expect(SHEET_CODES).toHaveLength(13);
    SHEET_CODES.forEach(({x, y, size, width}, i) => {
      const left = x + (width - size) / 2 - 2;
      execFileSync('pdftoppm', [
        '-r',
        '150',
        '-png',
        '-x',
        px(left),
        '-y',
        px(y - 2),
        '-W',
        px(size + 4),
        '-H',
        px(size + 4),
        path.join(dir, 'sheet.pdf'),
        path.join(dir, `code-${i}`),
      ]);
      const decoded = execFileSync('zbarimg', ['-q', '--raw', path.join(dir, `code-${i}-1.png`)], {stdio: ['ignore', 'pipe', 'ignore']})
        .toString()
        .trim();
      expect(decoded, `code ${i + 1} (${size} mm)`).toBe(res.headers.get('x-qr-url'));
    });
  });

  it('on a loopback address (no DOT_PUBLIC_URL) tells the app, and warns on the sheet on screen only', async () => {
    const {client} = await signupCompany('Локальная Кофейня');
    const origin = await client.get('/api/v1/qr/origin');
    expect(origin.status).toBe(200);
    expect(origin.body).toEqual({origin: inject('baseUrl'), configured: false});
    expect(inject('baseUrl')).toMatch(/^http:\/\/127\.0\.0\.1:/);

    const res = await fetch(`${inject('baseUrl')}/api/v1/qr/sheet.pdf?target=menu&placement=table`, {
      headers: {cookie: client.cookie, 'accept-language': 'ru'},
    });
    expect(res.status).toBe(200);
    const pdf = Buffer.from(await res.arrayBuffer());
    const host = new URL(inject('baseUrl')).host;
    expect(pdfText(pdf)).toContain(`Не печатайте этот лист: коды ведут на ${host}`);
    // The warning is drawn inside an optional content group that viewers show and printers leave out.
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/OCProperties/);
    expect(raw).toMatch(/\/Print <<\s*\/PrintState \/OFF\s*>>/);
    expect(raw).toMatch(/\/Event \/Print/);
    const content = pdfContent(pdf);
    const inGroup = /\/OC \/dotScreenOnly BDC([\s\S]*?)EMC/.exec(content);
    expect(inGroup, 'the note is in the screen-only group').not.toBeNull();
    expect(inGroup![1]).toMatch(/\bTj\b|\bTJ\b/);
    // Every code is outside it: the codes and their captions print.
    expect(content.slice(0, content.indexOf('/OC /dotScreenOnly BDC'))).toMatch(/re\b/);
  });

  it('refuses strangers and unknown targets', async () => {
    expect((await fetch(`${inject('baseUrl')}/api/v1/qr/code?target=menu`)).status).toBe(401);
    const {client} = await signupCompany('QR Errors');
    expect((await client.get('/api/v1/qr/code?target=item&ref=abc')).status).toBe(400);
  });
});
