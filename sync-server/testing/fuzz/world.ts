// What the fuzz test throws its inputs at: two companies made through the
// REST API like any customer's, each with a record of every kind, so a path
// parameter can name a real record of the caller (the route does its real
// work), another company's record (it must stay a 404), or nonsense.
import pg from 'pg';
import {Client, uniqueEmail} from '../http.ts';

export type Company = {
  owner: Client;
  email: string;
  companyId: string;
  slug: string;
  /** Every id, key and slug this company's records go by. */
  ids: string[];
  /** Its records' ids that no other company's call may reach (not tokens, not item numbers). */
  recordIds: string[];
};

export type World = {base: string; db: pg.Pool; a: Company; b: Company; password: string};

const PASSWORD = 'fuzzing-1';
const HOUR = 3600_000;

async function company(base: string, name: string, tag: string): Promise<Company> {
  // Ids are global keys: each company's own, unique per run.
  const run = `${tag}${Date.now().toString(36)}`;
  const [m, p, sv] = [`m-${run}`, `p-${run}`, `s-${run}`];
  const owner = new Client(base);
  const email = uniqueEmail('fuzz');
  const me = (await owner.post('/api/v1/auth/signup', {companyName: name, name: 'Владелец', email, password: PASSWORD})).body;
  const ids: string[] = [me.company.id, me.member.id, me.user.id];
  const keep = (r: {status: number; body: any}, ...keys: string[]) => {
    if (r.status >= 300) throw new Error(`fuzz world: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
    for (const k of keys) if (typeof r.body?.[k] === 'string') ids.push(r.body[k]);
    return r.body;
  };
  const hours = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, {open: true, intervals: [{from: '09:00', to: '20:00'}]}]));
  keep(await owner.put(`/api/v1/booking/masters/${m}`, {memberId: me.member.id, masterSlug: 'm', displayName: 'Мастер', minNoticeMin: 0}));
  keep(await owner.put(`/api/v1/booking/places/${p}`, {masterId: m, name: 'Студия', timezone: 'Asia/Almaty', hours}));
  keep(await owner.put(`/api/v1/booking/services/${sv}`, {masterId: m, title: 'Стрижка', durationMin: 30, placeIds: [p]}));
  ids.push(m, p, sv);
  const at = Math.ceil((Date.now() + 26 * HOUR) / HOUR) * HOUR;
  const slot = (await owner.get(`/api/v1/booking/masters/${m}/slots?serviceId=${sv}&placeId=${p}&from=${at}&to=${at + 48 * HOUR}`)).body;
  const startsAt = slot?.data?.[0]?.start ?? slot?.[0]?.start ?? at;
  keep(
    await owner.post('/api/v1/booking/bookings', {masterId: m, placeId: p, serviceId: sv, startsAt, clientName: 'Айгерим', clientPhone: '+77011112233'}),
    'id',
  );
  const request = keep(await owner.post('/api/v1/requests', {clientPhone: '+77017654321', text: 'Нужен ремонт'}), 'id', 'typeId', 'clientId');
  keep(await owner.post(`/api/v1/requests/${request.id}/comments`, {body: 'Комментарий'}), 'id');
  keep(await owner.post(`/api/v1/requests/${request.id}/checklist`, {text: 'Пункт'}), 'id');
  keep(await owner.post('/api/v1/clients', {name: 'Клиент', phones: ['+77051234567']}), 'id');
  const category = keep(await owner.post('/api/v1/catalog/categories', {title: 'Услуги'}), 'id');
  const item = keep(await owner.post('/api/v1/catalog/items', {categoryId: category.id, title: 'Маникюр', priceKind: 'fixed', price: 500_000}), 'id');
  if (typeof item?.number === 'number') ids.push(String(item.number));
  keep(await owner.post('/api/v1/api-keys', {label: 'fuzz'}), 'id');
  keep(await owner.post('/api/v1/invites', {role: 'staff'}), 'id');
  const feed = keep(await owner.post(`/api/v1/booking/masters/${m}/feed`));
  const recordIds = [...ids];
  if (typeof feed?.url === 'string')
    ids.push(
      feed.url
        .split('/')
        .pop()!
        .replace(/\.ics$/, ''),
    );
  return {owner, email, companyId: me.company.id, slug: me.company.slug, ids: [...new Set(ids)], recordIds: recordIds.filter((x) => x.length >= 8)};
}

export async function makeWorld(base: string, pgUrl: string): Promise<World> {
  const db = new pg.Pool({connectionString: pgUrl, max: 4});
  const [a, b] = [await company(base, 'Фазз Алматы', 'a'), await company(base, 'Фазз Астана', 'b')];
  // What the set-up set off (confirmations, notifications) is done before the run measures anything.
  for (let i = 0; i < 2; i++) await fetch(`${base}/__test/jobs/run`, {method: 'POST'});
  return {base, db, a, b, password: PASSWORD};
}
