// The common part of the local servers that speak the messengers' APIs in tests:
// a node:http server on 127.0.0.1 that records every request, answers through the
// channel's route, and can be scripted to fail (an error, a status, or no answer
// at all) or to enforce a rate the way the real API does.
import http from 'node:http';
import type {AddressInfo} from 'node:net';

export type Recorded = {
  method: string;
  path: string;
  /** The API method: the path's last segment ('sendMessage', 'messages', 'messages.send'). */
  name: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  /** The JSON or form body as an object ({} when empty). */
  body: Record<string, unknown>;
  /** When it arrived (Date.now()): benchmarks measure webhook → answer with it. */
  at: number;
};

/** A scripted failure: an HTTP status (429 with retryAfter seconds), the channel's own error code, or no answer. */
export type Failure = 'hang' | {status: number; retryAfter?: number; description?: string} | {code: number; description?: string};

export type Answer = {status: number; body: unknown} | 'hang';

export type RateLimit = {
  /** Sends per second over all chats (Telegram ~30, WhatsApp 80, VK 20). */
  perSecond?: number;
  /** Least time between two sends to one chat (Telegram ~1000). */
  perChatMs?: number;
};

export type FakeOptions = {port?: number; rateLimit?: RateLimit};

export type Channel = {
  route(r: Recorded): Answer;
  failure(f: Failure, r: Recorded): Answer;
  /** The chat a send goes to, or undefined when the request is not a send. */
  sendChat(r: Recorded): string | undefined;
  /** What the API answers a send over the rate limit. */
  rateFailure: Failure;
};

export class FakeApi {
  readonly requests: Recorded[] = [];
  url = '';
  private readonly failures: {kind: Failure; name?: string | undefined}[] = [];
  private readonly server: http.Server;
  private readonly recent: number[] = [];
  private readonly lastByChat = new Map<string, number>();

  constructor(
    private readonly channel: Channel,
    private readonly opts: FakeOptions,
  ) {
    this.server = http.createServer((req, res) => void this.handle(req, res));
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(this.opts.port ?? 0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** The next n requests (of API method `name`, if given) fail this way. */
  failNext(n: number, kind: Failure, name?: string): void {
    for (let i = 0; i < n; i++) this.failures.push({kind, name});
  }

  /** Requests of one API method. */
  calls(name: string): Recorded[] {
    return this.requests.filter((r) => r.name === name);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', 'http://x');
    const recorded: Recorded = {
      method: req.method ?? 'GET',
      path: url.pathname,
      name: url.pathname.split('/').at(-1) ?? '',
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: parseBody(Buffer.concat(chunks).toString('utf8'), req.headers['content-type'] ?? ''),
      at: Date.now(),
    };
    this.requests.push(recorded);
    const answer = this.answer(recorded);
    if (answer === 'hang') return; // the socket stays open until the client gives up or close()
    if (Buffer.isBuffer(answer.body)) {
      res.writeHead(answer.status, {'content-type': 'application/octet-stream', 'content-length': String(answer.body.length)});
      res.end(answer.body);
      return;
    }
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    res.writeHead(answer.status, {'content-type': typeof answer.body === 'string' ? 'text/plain' : 'application/json'});
    res.end(text);
  }

  private answer(r: Recorded): Answer {
    const i = this.failures.findIndex((f) => f.name === undefined || f.name === r.name);
    if (i >= 0) {
      const [f] = this.failures.splice(i, 1);
      return f!.kind === 'hang' ? 'hang' : this.channel.failure(f!.kind, r);
    }
    const chat = this.channel.sendChat(r);
    if (chat !== undefined && this.overRate(chat)) return this.channel.failure(this.channel.rateFailure, r);
    return this.channel.route(r);
  }

  private overRate(chat: string): boolean {
    const limit = this.opts.rateLimit;
    if (!limit) return false;
    const now = performance.now();
    while (this.recent.length && this.recent[0]! <= now - 1000) this.recent.shift();
    const last = this.lastByChat.get(chat);
    if (limit.perSecond !== undefined && this.recent.length >= limit.perSecond) return true;
    if (limit.perChatMs !== undefined && last !== undefined && now - last < limit.perChatMs) return true;
    this.recent.push(now);
    this.lastByChat.set(chat, now);
    return false;
  }
}

function parseBody(text: string, contentType: string): Record<string, unknown> {
  if (!text) return {};
  if (contentType.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {value: v};
  } catch {
    return {raw: text};
  }
}

/** Counts repeats of the same key among successful sends (Telegram, WhatsApp: same chat and text). */
export function countRepeats(keys: readonly string[]): number {
  return keys.length - new Set(keys).size;
}

/** A real 2×2 PNG: what a client's "photo" is in tests (the server keeps only real raster images). */
export const TEST_PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');
