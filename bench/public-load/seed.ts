// A realistic company for the public-load benchmark, made through the REST API
// as an owner would: a profile with hours, a catalog of 60 items in 6
// categories, each with a photo, and a master with services, a place and
// working hours (so the booking times page has a full day of slots).
import sharp from 'sharp';
import {Client, uniqueEmail} from '#server/testing/http.ts';

export type Seeded = {slug: string; owner: Client; master: string; service: string; place: string; itemIds: string[]};

const CATEGORIES = ['Кофе', 'Чай', 'Десерты', 'Выпечка', 'Завтраки', 'Салаты'];
const hours = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [
    d,
    {
      open: true,
      intervals: [
        {from: '09:00', to: '13:00'},
        {from: '14:00', to: '21:00'},
      ],
    },
  ]),
);

async function ok<T extends {status: number; body: unknown}>(what: string, p: Promise<T>): Promise<T> {
  const r = await p;
  if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return r;
}

export async function seedCompany(baseUrl: string): Promise<Seeded> {
  const owner = new Client(baseUrl);
  const me = (
    await ok('signup', owner.post('/api/v1/auth/signup', {companyName: 'Кофейня «Нагрузка»', name: 'Айгерим', email: uniqueEmail(), password: 'password1'}))
  ).body;
  await ok(
    'profile',
    owner.patch('/api/v1/company/profile', {
      description: 'Свежая выпечка, кофе и завтраки весь день. Доставка по городу.',
      activities: ['Кофейня', 'Кондитерская'],
      services: ['Торты на заказ', 'Кейтеринг'],
      phones: ['8 701 234 56 78'],
      address: 'Алматы, ул. Абая 10',
      whatsapp: '+7 701 234 56 78',
      telegram: '@nagruzka',
      hours,
      tr: {kk: {description: 'Күні бойы жаңа піскен тағамдар, кофе және таңғы ас.'}},
    }),
  );
  const itemIds: string[] = [];
  for (const [c, title] of CATEGORIES.entries()) {
    const category = (await ok('category', owner.post('/api/v1/catalog/categories', {title}))).body;
    for (let i = 0; i < 10; i++) {
      const item = (
        await ok(
          'item',
          owner.post('/api/v1/catalog/items', {
            title: `${title}: позиция ${i + 1}`,
            description: `Описание позиции ${i + 1} из раздела «${title}»: состав, вес и как мы её готовим.`,
            price: (c * 10 + i + 1) * 50_000,
            unit: 'шт',
            categoryId: category.id,
            tr: {kk: {title: `${title} ${i + 1}`}},
          }),
        )
      ).body;
      itemIds.push(item.id);
      const jpeg = await sharp({create: {width: 320, height: 240, channels: 3, background: {r: 150 + c * 15, g: 100 + i * 10, b: 60}}})
        .jpeg()
        .toBuffer();
      const fileId = crypto.randomUUID();
      const put = await fetch(`${baseUrl}/api/v1/files/${fileId}`, {method: 'PUT', headers: {cookie: owner.cookie, 'content-type': 'image/jpeg'}, body: jpeg});
      if (put.status !== 201) throw new Error(`upload: ${put.status}`);
      await ok('image', owner.post(`/api/v1/catalog/items/${item.id}/images`, {fileId}));
    }
  }
  const ids = {master: 'm-load', place: 'p-load', service: 's-load'};
  await ok(
    'master',
    owner.put(`/api/v1/booking/masters/${ids.master}`, {
      memberId: me.member.id,
      masterSlug: 'aigerim',
      displayName: 'Айгерим',
      horizonDays: 60,
      minNoticeMin: 0,
    }),
  );
  await ok('place', owner.put(`/api/v1/booking/places/${ids.place}`, {masterId: ids.master, name: 'Салон на Абая', timezone: 'Asia/Almaty', hours}));
  await ok('service', owner.put(`/api/v1/booking/services/${ids.service}`, {masterId: ids.master, title: 'Стрижка', durationMin: 30, placeIds: [ids.place]}));
  await ok('service 2', owner.put(`/api/v1/booking/services/s-load-2`, {masterId: ids.master, title: 'Укладка', durationMin: 45, placeIds: [ids.place]}));
  return {slug: me.company.slug, owner, itemIds, ...ids};
}
