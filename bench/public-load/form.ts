// The public request form under load: visitors from many addresses (each
// within its limit) post at once; then one address posts past its limit and
// must get 429 in its own language — not a 500, not a queue.
import autocannon from 'autocannon';
import {PHONE} from './load.ts';

const body = new URLSearchParams({name: 'Асель', phone: '+7 701 234 56 78', text: 'Хочу торт на субботу, 2 кг.'}).toString();
const headers = {...PHONE, 'content-type': 'application/x-www-form-urlencoded'};

export async function formLoad(baseUrl: string, slug: string) {
  let n = 0;
  const ip = () => {
    n += 1;
    return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
  };
  const r = await autocannon({
    url: `${baseUrl}/c/${slug}/request`,
    connections: 32,
    duration: 10,
    requests: [{method: 'POST', body, setupRequest: (req) => ({...req, headers: {...headers, 'x-forwarded-for': ip()}})}],
  });
  return {rps: r['3xx'] / r.duration, p99: r.latency.p99, other: r.requests.total - r['3xx']};
}

export async function formLimit(baseUrl: string, slug: string, locale: 'ru' | 'kk', refusal: string) {
  const from = locale === 'ru' ? '10.250.0.1' : '10.250.0.2';
  let accepted = 0;
  let refused = 0;
  let inLanguage = 0;
  let other = 0;
  for (let i = 0; i < 20; i++) {
    const r = await fetch(`${baseUrl}/c/${slug}/request`, {
      method: 'POST',
      redirect: 'manual',
      headers: {...headers, 'accept-language': locale, 'x-forwarded-for': from},
      body,
    });
    const text = await r.text();
    if (r.status === 303) accepted++;
    else if (r.status === 429) {
      refused++;
      if (text.includes(refusal)) inLanguage++;
    } else other++;
  }
  return {accepted, refused, other, inLanguage: refused ? (inLanguage / refused) * 100 : 0};
}
