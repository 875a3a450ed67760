// What the three channels share: constant-time comparison of secrets, one header,
// and an HTTP call that tells a timeout (the request may have arrived) from a
// failure to connect (it did not).
import crypto from 'node:crypto';
import type express from 'express';

/** Options tests inject; production uses the defaults. */
export type ChannelOptions = {
  /** How long a call to the channel may take before it counts as a timeout. */
  timeoutMs?: number | undefined;
};

export const DEFAULT_TIMEOUT_MS = 15_000;
/** How long to wait after a 5xx, a network error or a timeout. */
export const DOWN_RETRY_MS = 5_000;

/** Equal strings, compared in time that depends on neither content nor length. */
export function safeEqual(a: string, b: string): boolean {
  const ha = crypto.createHash('sha256').update(a).digest();
  const hb = crypto.createHash('sha256').update(b).digest();
  return crypto.timingSafeEqual(ha, hb);
}

export function header(headers: express.Request['headers'], name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** A query parameter as a single string ('hub.mode' stays flat with Express's parsers, or nests with allowDots). */
export function queryParam(query: express.Request['query'], name: string): string | undefined {
  let v: unknown = query[name];
  if (v === undefined && name.includes('.')) v = name.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], query);
  if (Array.isArray(v)) v = v[0];
  return typeof v === 'string' ? v : undefined;
}

export type HttpOutcome =
  | {kind: 'response'; status: number; json: unknown; text: string}
  | {kind: 'timeout'; detail: string}
  | {kind: 'network'; detail: string};

/** One HTTP call with a deadline; never throws. A body that is not JSON leaves `json` undefined. */
export async function call(url: string, init: RequestInit, timeoutMs: number): Promise<HttpOutcome> {
  try {
    const res = await fetch(url, {...init, signal: AbortSignal.timeout(timeoutMs)});
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      // an HTML error page from a proxy, say
    }
    return {kind: 'response', status: res.status, json, text};
  } catch (e) {
    const err = e as Error;
    if (err.name === 'TimeoutError' || err.name === 'AbortError') return {kind: 'timeout', detail: `timed out after ${timeoutMs} ms`};
    const cause = (err.cause as Error | undefined)?.message;
    return {kind: 'network', detail: cause ? `${err.message}: ${cause}` : err.message};
  }
}

/** "Длинная подпись" → "Длинная под…" so it fits `max` characters. */
export function cut(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : chars.slice(0, max - 1).join('') + '…';
}

/** Media a client sent are at most this big (WhatsApp's image limit is 5 MB, Telegram's photos far less). */
export const MAX_MEDIA_BYTES = 10 * 1024 * 1024;

/** The bytes at `url`, or undefined (an error, a timeout, too big); never throws. */
export async function fetchBytes(url: string, init: RequestInit, timeoutMs: number): Promise<Buffer | undefined> {
  try {
    const res = await fetch(url, {...init, signal: AbortSignal.timeout(timeoutMs)});
    if (!res.ok || Number(res.headers.get('content-length') ?? 0) > MAX_MEDIA_BYTES) return undefined;
    const bytes = Buffer.from(await res.arrayBuffer());
    return bytes.length <= MAX_MEDIA_BYTES ? bytes : undefined;
  } catch {
    return undefined;
  }
}
