// Every public page fits the first round trip on 3G: HTML with its inlined CSS
// at most 14 KB gzipped (images are separate, lazy requests). Measured on a
// full catalog with long Russian texts, the worst case the paging allows.
import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {MAX_TITLE} from '#shared/catalog/validation.ts';
import {Client, signupCompany} from '../../testing/http.ts';

const BUDGET = 14 * 1024;
const WORDS =
  'свежий торт кофе выпечка заказ доставка мастер услуга стрижка маникюр ремонт смеситель кухня ванная праздник свадьба десерт крем ягоды шоколад'.split(' ');

/** Deterministic "realistic" Russian text: words in a pseudo-random order (compresses like prose, not like a repeat). */
function prose(seed: number, length: number): string {
  let x = seed;
  let out = '';
  while (out.length < length) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += `${WORDS[x % WORDS.length]}${x % 7 === 0 ? '. ' : ' '}`;
  }
  return out.slice(0, length).trim();
}

export const measured: Record<string, {bytes: number; gzip: number}> = {};

async function measure(name: string, path: string): Promise<number> {
  const res = await new Client(undefined, {'accept-language': 'ru'}).get(path);
  expect(res.status, `${name} ${path}`).toBe(200);
  const raw = Buffer.from(res.body as string);
  const gz = gzipSync(raw, {level: 6}).length;
  measured[name] = {bytes: raw.length, gzip: gz};
  return gz;
}

describe('the 14 KB budget of public pages (HTML + CSS, gzip)', () => {
  it('holds for every page of a full company', async () => {
    const {client, me} = await signupCompany('Салон красоты «Айгерим» — стрижки, маникюр и уход');
    await client.patch('/api/v1/company/profile', {
      description: prose(1, 2900),
      activities: Array.from({length: 10}, (_, i) => prose(10 + i, 40)),
      services: Array.from({length: 20}, (_, i) => prose(30 + i, 60)),
      phones: ['+77012345678', '+77772345678', '+77272561020'],
      email: 'salon@aygerim.kz',
      address: 'Алматы, проспект Абая 150, 2 этаж, офис 214',
      whatsapp: '+77012345678',
      telegram: 'aygerim_salon',
      vk: 'aygerim_salon',
      social: {
        instagram: 'https://instagram.com/aygerim',
        facebook: 'https://facebook.com/aygerim',
        tiktok: 'https://tiktok.com/@aygerim',
        website: 'https://aygerim.kz',
      },
      hours: Object.fromEntries(
        ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d, i) => [
          d,
          {
            open: i !== 6,
            intervals: [
              {from: '09:00', to: '13:00'},
              {from: `1${4 + (i % 2)}:00`, to: '20:00'},
            ],
          },
        ]),
      ),
    });
    const categories: string[] = [];
    for (let i = 0; i < 8; i++) categories.push((await client.post('/api/v1/catalog/categories', {title: prose(100 + i, 40)})).body.id);
    const rows = [['Название', 'Описание', 'Цена', 'Категория']];
    for (let i = 0; i < 150; i++) rows.push([prose(200 + i, MAX_TITLE - 80), prose(500 + i, 1200), String(1000 + i * 137), prose(100 + (i % 8), 40)]);
    const csv = rows.map((r) => r.map((c) => `"${c}"`).join(';')).join('\r\n');
    const imported = await client.post('/api/v1/catalog/import', {csv});
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    // Every item with three pictures: the markup of srcset/sizes is the heaviest part of a grid.
    const items = (await client.get('/api/v1/catalog/items')).body.data as {id: string; number: number}[];
    const jpeg = Buffer.from(
      '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAAA//EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AN//Z',
      'base64',
    );
    for (const item of items.slice(0, 30)) {
      for (let k = 0; k < 3; k++) {
        const fileId = crypto.randomUUID();
        await fetch(`${client.base}/api/v1/files/${fileId}`, {method: 'PUT', headers: {cookie: client.cookie, 'content-type': 'image/jpeg'}, body: jpeg});
        await client.post(`/api/v1/catalog/items/${item.id}/images`, {fileId});
      }
    }
    for (let i = 0; i < 60; i++) {
      const r = await new Client().req(
        'POST',
        `/c/${me.company.slug}/reviews`,
        new URLSearchParams({name: prose(900 + i, 30), rating: String(1 + (i % 5)), text: prose(1000 + i, 600)}).toString(),
        {'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': `10.0.0.${i}`},
      );
      expect([303, 429]).toContain(r.status);
    }
    const reviews = (await client.get('/api/v1/reviews')).body.data as {id: string}[];
    for (const r of reviews) await client.patch(`/api/v1/reviews/${r.id}`, {status: 'published', reply: prose(3000, 300)});

    const slug = me.company.slug;
    const first = items[0]!;
    const pages: [string, string][] = [
      ['home', `/c/${slug}`],
      ['catalog (products)', `/c/${slug}/catalog`],
      ['catalog page 2', `/c/${slug}/catalog?page=2`],
      ['services', `/c/${slug}/services`],
      ['price list', `/c/${slug}/prices`],
      ['menu', `/c/${slug}/menu`],
      ['portfolio', `/c/${slug}/portfolio`],
      ['category', `/c/${slug}/catalog/1`],
      ['item', `/c/${slug}/i/${first.number}`],
      ['request form', `/c/${slug}/request?item=${first.number}`],
      ['reviews', `/c/${slug}/reviews`],
      ['contacts', `/c/${slug}/contacts`],
      ['booking', `/c/${slug}/book`],
    ];
    for (const [name, path] of pages) expect(await measure(name, path), `${name}: ${JSON.stringify(measured[name])}`).toBeLessThanOrEqual(BUDGET);
    console.log(
      `public page sizes (bytes / gzip): ${Object.entries(measured)
        .map(([k, v]) => `${k} ${v.bytes}/${v.gzip}`)
        .join('; ')}`,
    );
  }, 120_000);
});
