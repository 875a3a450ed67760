import {describe, expect, inject, it} from 'vitest';
import {signupCompany} from '../testing/http.ts';

async function put(cookie: string, id: string, bytes: Uint8Array, name = 'фото.jpg', mime = 'image/jpeg') {
  return fetch(`${inject('baseUrl')}/api/v1/files/${id}`, {
    method: 'PUT',
    headers: {cookie, 'content-type': mime, 'x-file-name': encodeURIComponent(name)},
    body: Buffer.from(bytes),
  });
}

describe('files', () => {
  it('stores the bytes under the device’s id, once, readable by the company only', async () => {
    const a = await signupCompany('Files A');
    const b = await signupCompany('Files B');
    const id = crypto.randomUUID();
    const bytes = new Uint8Array(50_000).map((_, i) => i % 251);
    const first = await put(a.client.cookie, id, bytes);
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({id, name: 'фото.jpg', mime: 'image/jpeg', size: 50_000});
    // A retry after a lost answer is harmless.
    expect((await put(a.client.cookie, id, bytes)).status).toBe(200);

    const got = await fetch(`${inject('baseUrl')}/api/v1/files/${id}`, {headers: {cookie: a.client.cookie}});
    expect(got.status).toBe(200);
    expect(new Uint8Array(await got.arrayBuffer())).toEqual(bytes);
    expect((await fetch(`${inject('baseUrl')}/api/v1/files/${id}`, {headers: {cookie: b.client.cookie}})).status).toBe(404);
    // Another company cannot take over the id either.
    expect((await put(b.client.cookie, id, new Uint8Array([1, 2, 3]))).status).toBe(404);

    const request = await a.client.post('/api/v1/requests', {clientPhone: '+77011234567', text: 'с фото'});
    const attached = await a.client.post(`/api/v1/requests/${request.body.id}/attachments`, {fileId: id, kind: 'photo'});
    expect(attached.status).toBe(201);
    expect((await a.client.get(`/api/v1/requests/${request.body.id}/attachments`)).body.data).toEqual([
      expect.objectContaining({fileId: id, kind: 'photo', entity: 'request'}),
    ]);
    // B cannot attach A's file to its own request.
    const other = await b.client.post('/api/v1/requests', {clientPhone: '+77011234567', text: 'b'});
    expect((await b.client.post(`/api/v1/requests/${other.body.id}/attachments`, {fileId: id})).status).toBe(404);
  });

  it('refuses an unauthenticated upload', async () => {
    const res = await fetch(`${inject('baseUrl')}/api/v1/files/${crypto.randomUUID()}`, {method: 'PUT', body: new Uint8Array([1])});
    expect(res.status).toBe(401);
  });

  it('never serves an upload as active content: HTML, SVG and XHTML are downloads, and every file is sandboxed', async () => {
    const a = await signupCompany('Files script');
    const get = (id: string) => fetch(`${inject('baseUrl')}/api/v1/files/${id}`, {headers: {cookie: a.client.cookie}});
    const active = [
      ['page.html', 'text/html', '<script>fetch("/api/v1/api-keys",{method:"POST"})</script>'],
      ['logo.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'],
      ['doc.xhtml', 'application/xhtml+xml', '<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>'],
      ['x.xml', 'text/xml', '<a xmlns:h="http://www.w3.org/1999/xhtml"><h:script>alert(1)</h:script></a>'],
      ['run.js', 'text/javascript', 'alert(1)'],
      ['odd', 'text/html; charset=utf-7', '+ADw-script+AD4-alert(1)+ADw-/script+AD4-'],
    ] as const;
    for (const [name, mime, body] of active) {
      const id = crypto.randomUUID();
      expect((await put(a.client.cookie, id, new TextEncoder().encode(body), name, mime)).status).toBe(201);
      const got = await get(id);
      expect(got.status).toBe(200);
      expect({name, type: got.headers.get('content-type'), disposition: got.headers.get('content-disposition')?.split(';')[0]}).toEqual({
        name,
        type: 'application/octet-stream',
        disposition: 'attachment',
      });
      expect(got.headers.get('content-security-policy')).toMatch(/^sandbox;/);
      expect(got.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await got.text()).toBe(body);
    }
    // Passive types are shown in place, still sandboxed; text stays text.
    for (const [name, mime, type] of [
      ['фото.jpg', 'image/jpeg', 'image/jpeg'],
      ['счёт.pdf', 'application/pdf', 'application/pdf'],
      ['заметка.txt', 'text/plain', 'text/plain; charset=utf-8'],
    ] as const) {
      const id = crypto.randomUUID();
      await put(a.client.cookie, id, new Uint8Array([1, 2, 3]), name, mime);
      const got = await get(id);
      expect([
        got.headers.get('content-type'),
        got.headers.get('content-disposition')?.split(';')[0],
        got.headers.get('content-security-policy')?.split(';')[0],
      ]).toEqual([type, 'inline', 'sandbox']);
    }
  });
});
