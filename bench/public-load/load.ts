// One autocannon run against a URL: warmed up first (caches, JIT, pool), then
// measured. Headers are those of a phone's browser, so pages are compressed
// and views are counted as for a real visitor.
import autocannon from 'autocannon';

export const PHONE = {
  'user-agent': 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36',
  'accept-language': 'ru-RU,ru;q=0.9',
  'accept-encoding': 'gzip, deflate, br',
  accept: 'text/html',
};

export type Load = {rps: number; p50: number; p99: number; non2xx: number; errors: number; ok: number; seconds: number};

type Options = Omit<autocannon.Options, 'url'> & {warmSeconds?: number};

export async function load(url: string, o: Options = {}): Promise<Load> {
  const {warmSeconds = 5, ...opts} = o;
  const base = {url, connections: 32, headers: PHONE, ...opts};
  if (warmSeconds > 0) await autocannon({...base, duration: warmSeconds});
  const r = await autocannon({duration: 10, ...base});
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
    ok: r['2xx'],
    seconds: r.duration,
  };
}
