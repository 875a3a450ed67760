// What a log line looks like to an operator's collector, and that secrets never
// reach it whatever shape they arrive in.
import {afterEach, describe, expect, it} from 'vitest';
import {currentRequestId, formatLine, log, setLogLevel, setLogSink, withRequestId} from '../log.ts';
import {redactFields, redactText} from './redact.ts';

afterEach(() => {
  setLogSink(undefined);
  setLogLevel('info');
});

function capture(): string[] {
  const lines: string[] = [];
  setLogSink((line) => lines.push(line));
  return lines;
}

describe('log lines', () => {
  it('are one JSON object each with time, level, part, msg, the request id and fields', async () => {
    setLogLevel('info', 'json');
    const lines = capture();
    await withRequestId('dev-1:42', async () => {
      await new Promise((r) => setTimeout(r, 1));
      log.info('jobs', 'booking.event done', {queue: 'booking.event', ms: 12});
    });
    log.warn('db', 'outside any request');
    log.debug('db', 'below the threshold');
    expect(lines).toHaveLength(2);
    const first = JSON.parse(lines[0]!);
    expect(first).toEqual({
      time: expect.any(String),
      level: 'info',
      part: 'jobs',
      msg: 'booking.event done',
      requestId: 'dev-1:42',
      fields: {queue: 'booking.event', ms: 12},
    });
    expect(Date.parse(first.time)).toBeGreaterThan(0);
    expect(JSON.parse(lines[1]!)).not.toHaveProperty('requestId');
    expect(currentRequestId()).toBeUndefined();
  });

  it('read as a plain line on a terminal', () => {
    expect(formatLine('info', 'dot', 'running at http://localhost:3000', undefined, 'text', undefined)).toBe('[dot] running at http://localhost:3000');
    expect(formatLine('warn', 'jobs', 'failed', {queue: 'x', final: true}, 'text', 'r1')).toBe('[jobs] (r1) failed queue=x final=true');
  });
});

describe('redaction', () => {
  const secret = 'Xq3vB8kPz0LmN4rT7wY2aC5dF9gH1jK6sU8eI0oP3qA';
  it.each([
    [`login failed for {"email":"a@b.kz","password":"hunter2-parol"}`, 'hunter2-parol'],
    [`GET /reset-password/${secret} 200`, secret],
    [`GET /api/v1/booking/feed/abcdefghijklmnopqrstuvwxyz012345.ics 200`, 'abcdefghijklmnopqrstuvwxyz012345'],
    [`auth with dot_${secret}`, secret],
    ['Authorization: Bearer eyJhbGciOi.abc.def', 'eyJhbGciOi'],
    ['cookie: dot_session=abc123; theme=dark', 'abc123'],
    ['connect postgres://dot:s3cr3t-pw@db:5432/dot failed', 's3cr3t-pw'],
    ['POST https://api.telegram.org/bot123456:AAE-kd93_ks/sendMessage failed', 'AAE-kd93_ks'],
    ['callback ?code=4/0Adeu5B&state=x&client_secret=GOCSPX-zz', 'GOCSPX-zz'],
    ['callback ?code=4/0Adeu5B&state=x', '4/0Adeu5B'],
  ])('hides the secret in %s', (text, hidden) => {
    const out = redactText(text);
    expect(out).not.toContain(hidden);
    expect(out).toContain('[redacted]');
  });

  it('keeps what is no secret: ids, words, numbers', () => {
    const text = 'booking 0193a5b2-7c1d-7e4f-8a9b-0c1d2e3f4a5b moved by Асель to 14:00 (attempt 2 of 5)';
    expect(redactText(text)).toBe(text);
  });

  it('hides fields by their name, deep inside too', () => {
    expect(redactFields({password: 'p', user: {email: 'a@b.kz', apiKey: 'k', headers: {Authorization: 'Bearer z', cookie: 'c'}}, token: '', n: 1})).toEqual({
      password: '[redacted]',
      user: {email: 'a@b.kz', apiKey: '[redacted]', headers: {Authorization: '[redacted]', cookie: '[redacted]'}},
      token: '',
      n: 1,
    });
  });

  it('applies to every line written, message and fields alike', () => {
    setLogLevel('debug', 'json');
    const lines = capture();
    log.error('api', `Error: bad credentials Bearer ${secret}`, {err: new Error(`token=${secret}`), newPassword: 'novyi-parol9'});
    expect(lines.join('\n')).not.toMatch(new RegExp(`${secret}|novyi-parol9`));
  });
});
