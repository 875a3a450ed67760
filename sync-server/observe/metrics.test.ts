// /metrics speaks the Prometheus text format a scraper accepts, and only to
// whom it may: the token's holder, or this machine when no token is set.
import {describe, expect, it} from 'vitest';
import {isLoopback, metricsAccess} from './access.ts';
import {Counter, exposition, Histogram} from './metrics.ts';
import {parsePrometheus} from './prom-text.ts';

const req = (ip: string, authorization?: string) => ({ip, get: (h: string) => (h.toLowerCase() === 'authorization' ? authorization : undefined)}) as never;

describe('the exposition', () => {
  it('is valid Prometheus text: cumulative buckets, +Inf equal to the count, escaped labels', async () => {
    const h = new Histogram('t_duration_seconds', 'test', [0.1, 1]);
    h.observe({route: '/api/v1/requests/:id', status: '2xx'}, 0.05);
    h.observe({route: '/api/v1/requests/:id', status: '2xx'}, 0.5);
    h.observe({route: '/api/v1/requests/:id', status: '2xx'}, 7);
    const c = new Counter('t_failures_total', 'failures\nby channel');
    c.inc({channel: 'tele"gram\\'});
    c.inc({channel: 'tele"gram\\'});
    const text = await exposition([
      h.family(),
      c.family(),
      {name: 't_broken', help: 'x', type: 'gauge', samples: () => Promise.reject(new Error('no database'))},
      {name: 't_up', help: 'x', type: 'gauge', samples: [{value: 1}]},
    ]);
    const parsed = parsePrometheus(text);
    const bucket = (le: string) => parsed.samples.find((s) => s.name === 't_duration_seconds_bucket' && s.labels.le === le)?.value;
    expect([bucket('0.1'), bucket('1'), bucket('+Inf')]).toEqual([1, 2, 3]);
    expect(parsed.samples.find((s) => s.name === 't_duration_seconds_sum')?.value).toBeCloseTo(7.55);
    expect(parsed.samples.find((s) => s.name === 't_failures_total')).toEqual({name: 't_failures_total', labels: {channel: 'tele"gram\\'}, value: 2});
    // A reading that failed is left out, the rest still answers.
    expect(text).toContain('# t_broken unavailable: no database');
    expect(parsed.types.has('t_broken')).toBe(false);
    expect(parsed.samples.find((s) => s.name === 't_up')?.value).toBe(1);
  });

  it('the reader refuses what a scraper would', () => {
    expect(() => parsePrometheus('x 1\n')).toThrow(/without a TYPE/);
    expect(() => parsePrometheus('# TYPE x gauge\nx{a=b} 1\n')).toThrow(/bad labels/);
    expect(() => parsePrometheus('# TYPE x gauge\nx one\n')).toThrow(/bad value/);
  });
});

describe('who may read /metrics', () => {
  it('without a token: this machine only, by the real client address', () => {
    expect(metricsAccess(req('127.0.0.1'), undefined)).toBe('ok');
    expect(metricsAccess(req('::1'), undefined)).toBe('ok');
    expect(metricsAccess(req('::ffff:127.0.0.1'), undefined)).toBe('ok');
    expect(metricsAccess(req('203.0.113.7'), undefined)).toBe(403);
    expect(metricsAccess(req('10.0.0.5'), undefined)).toBe(403);
    expect(isLoopback('128.0.0.1')).toBe(false);
  });

  it('with a token: whoever holds it, from anywhere; nobody without it', () => {
    expect(metricsAccess(req('203.0.113.7', 'Bearer s3cret-metrics'), 's3cret-metrics')).toBe('ok');
    expect(metricsAccess(req('127.0.0.1'), 's3cret-metrics')).toBe(401);
    expect(metricsAccess(req('127.0.0.1', 'Bearer wrong'), 's3cret-metrics')).toBe(401);
    expect(metricsAccess(req('127.0.0.1', 's3cret-metrics'), 's3cret-metrics')).toBe(401);
  });
});
