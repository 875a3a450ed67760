// QR codes are printed and live for years: with DOT_PUBLIC_URL set they lead
// there, whatever address the owner opened the app at, and the sheet carries
// no warning (the owner chose the address).
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {Client, uniqueEmail} from '../testing/http.ts';
import {pdfText} from '../testing/pdf.ts';
import {startStack, type TestStack} from '../testing/stack.ts';

const PUBLIC = 'https://dot.example.kz';
let stack: TestStack;

beforeAll(async () => {
  stack = await startStack({sync: false, env: {DOT_PUBLIC_URL: `${PUBLIC}/`}});
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

function zbar(png: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qr-public-')), 'code.png');
  fs.writeFileSync(file, png);
  return execFileSync('zbarimg', ['-q', '--raw', file], {stdio: ['ignore', 'pipe', 'ignore']})
    .toString()
    .trim();
}

describe('QR codes with DOT_PUBLIC_URL', () => {
  it('lead to the public address, opened at 127.0.0.1 or not, and the sheet has no warning', async () => {
    const owner = new Client(stack.baseUrl);
    const signup = await owner.post('/api/v1/auth/signup', {
      companyName: 'Публичная Кофейня',
      name: 'Владелец',
      email: uniqueEmail('qr'),
      password: 'password1',
    });
    expect(signup.status).toBe(201);
    const slug = signup.body.company.slug as string;
    expect(stack.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:/);

    // What the app learns for its preview.
    expect((await owner.get('/api/v1/qr/origin')).body).toEqual({origin: PUBLIC, configured: true});

    // The print files encode it: decoded back by zbarimg.
    const png = await fetch(`${stack.baseUrl}/api/v1/qr/code?format=png&target=menu&placement=table`, {headers: {cookie: owner.cookie}});
    expect(png.status).toBe(200);
    expect(zbar(Buffer.from(await png.arrayBuffer()))).toBe(`${PUBLIC}/c/${slug}/menu?src=qr-table`);

    const sheet = await fetch(`${stack.baseUrl}/api/v1/qr/sheet.pdf?target=menu&placement=table`, {headers: {cookie: owner.cookie}});
    expect(sheet.status).toBe(200);
    expect(sheet.headers.get('x-qr-url')).toBe(`${PUBLIC}/c/${slug}/menu?src=qr-table`);
    const pdf = Buffer.from(await sheet.arrayBuffer());
    expect(pdfText(pdf)).toContain(`${PUBLIC}/c/${slug}/menu?src=qr-table`);
    expect(pdfText(pdf)).not.toContain('Не печатайте');
    expect(pdf.toString('latin1')).not.toContain('/OCProperties');
  });
});
