// A salon on the shared test stack: one master working every day 08–22 with a
// one-hour haircut, and clients booking through the public page as a browser
// without JavaScript would (the form's own signed id, an address of their own).
import {expect, inject} from 'vitest';
import {Client, signupCompany} from './http.ts';

const everyDay = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, {open: true, intervals: [{from: '08:00', to: '22:00'}]}]));
let ip = 0;

export type Salon = {owner: Client; me: any; master: string; place: string; service: string; slug: string};

export async function salon(name: string): Promise<Salon> {
  const {client: owner, me} = await signupCompany(name);
  const tag = crypto.randomUUID().slice(0, 8);
  const ids = {master: `m-${tag}`, place: `p-${tag}`, service: `s-${tag}`};
  expect((await owner.put(`/api/v1/booking/masters/${ids.master}`, {memberId: me.member.id, masterSlug: 'dana', displayName: 'Дана', about: ''})).status).toBe(
    200,
  );
  expect((await owner.put(`/api/v1/booking/places/${ids.place}`, {masterId: ids.master, name: 'Салон', timezone: 'Asia/Almaty', hours: everyDay})).status).toBe(
    200,
  );
  expect(
    (await owner.put(`/api/v1/booking/services/${ids.service}`, {masterId: ids.master, title: 'Стрижка', durationMin: 60, placeIds: [ids.place]})).status,
  ).toBe(200);
  return {owner, me, ...ids, slug: me.company.slug};
}

export async function freeSlots(s: Salon): Promise<number[]> {
  const r = await s.owner.get(`/api/v1/booking/masters/${s.master}/slots?serviceId=${s.service}&placeId=${s.place}`);
  expect(r.status).toBe(200);
  return (r.body.data as {start: number}[]).map((x) => x.start);
}

/** A visitor with an address of their own (rate limits are per address). */
export function visitor(): Client {
  ip += 1;
  return new Client(inject('baseUrl'), {'x-forwarded-for': `10.77.${Math.floor(ip / 250)}.${ip % 250}`, 'accept-language': 'ru'});
}

/** A client books the first free slot through the public page; the booking's id and manage link. */
export async function bookPublicly(s: Salon, who: {name: string; phone: string; email?: string}): Promise<{id: string; manage: string}> {
  const [start] = await freeSlots(s);
  const v = visitor();
  const step = await v.get(`/c/${s.slug}/book/dana?service=${s.service}&place=${s.place}&time=${start}`);
  const formId = /name="form_id" value="([^"]+)"/.exec(String(step.body))?.[1];
  expect(formId, 'the details form carries its id').toBeTruthy();
  const form = new URLSearchParams({
    service: s.service,
    place: s.place,
    time: String(start),
    name: who.name,
    phone: who.phone,
    email: who.email ?? '',
    form_id: formId!,
  });
  const done = await v.req('POST', `/c/${s.slug}/book/dana`, form.toString(), {'content-type': 'application/x-www-form-urlencoded'});
  expect(done.status, String(done.body).slice(0, 300)).toBe(303);
  const manage = done.headers.get('location')!;
  return {id: /\/b\/([^/?]+)\?/.exec(manage)![1]!, manage};
}
