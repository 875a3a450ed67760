// A local WhatsApp Cloud API for tests: POST /<phone number id>/messages with a
// Bearer token answers {messaging_product, contacts, messages:[{id:'wamid.<n>'}]};
// GET /<phone number id> answers the number's display_phone_number. Errors come
// as {error:{message, type, code, error_data}} like Graph API's.
import {countRepeats, FakeApi, TEST_PHOTO, type Failure, type FakeOptions, type Recorded} from './fake-api.ts';

export type WhatsAppSent = {to: string; type: string; text: string; wamid: string; body: Record<string, unknown>};

const MESSAGES: Record<number, string> = {
  1: 'An unknown error occurred',
  100: 'Invalid parameter',
  190: 'Invalid OAuth access token.',
  130429: 'Rate limit hit',
  131026: 'Message undeliverable',
  131047: 'Re-engagement message',
  131056: '(Business Account, Consumer Account) pair rate limit hit',
};

export class WhatsAppApi extends FakeApi {
  readonly sent: WhatsAppSent[] = [];
  private nextId = 0;

  constructor(
    readonly phoneNumberId: string,
    readonly token: string,
    readonly displayNumber: string,
    opts: FakeOptions,
  ) {
    super(
      {
        route: (r) => this.route(r),
        failure,
        sendChat: (r) => (r.method === 'POST' && r.name === 'messages' ? String(r.body.to) : undefined),
        rateFailure: {code: 130429},
      },
      opts,
    );
  }

  /** Sends of the same text (or template) to the same number more than once. */
  duplicates(): number {
    return countRepeats(this.sent.map((s) => `${s.to}\n${s.type}\n${s.text}`));
  }

  private route(r: Recorded) {
    if (r.headers.authorization !== `Bearer ${this.token}`) return failure({code: 190});
    const segments = r.path.split('/').filter(Boolean);
    // Media: GET /<media id> gives a short-lived address on the same host; GET /media/<id> the bytes.
    if (r.method === 'GET' && segments[0] === 'media') return {status: 200, body: TEST_PHOTO};
    if (r.method === 'GET' && segments.at(-1)?.startsWith('media-')) {
      return {status: 200, body: {url: `${this.url}/media/${segments.at(-1)}`, mime_type: 'image/jpeg', id: segments.at(-1), messaging_product: 'whatsapp'}};
    }
    const edge = segments.at(-1) === 'messages' ? 'messages' : undefined;
    const id = edge ? segments.at(-2) : segments.at(-1);
    if (id !== this.phoneNumberId) return failure({code: 100, description: `Unsupported request: object with ID '${id}' does not exist`});
    if (r.method === 'GET' && edge !== 'messages') {
      return {status: 200, body: {display_phone_number: this.displayNumber, verified_name: 'Dot Salon', id: this.phoneNumberId}};
    }
    if (r.method === 'POST' && edge === 'messages') {
      const to = String(r.body.to ?? '');
      const wamid = `wamid.${++this.nextId}`;
      const type = String(r.body.type ?? '');
      this.sent.push({to, type, text: textOf(r.body), wamid, body: r.body});
      return {status: 200, body: {messaging_product: 'whatsapp', contacts: [{input: to, wa_id: to.replace(/^\+/, '')}], messages: [{id: wamid}]}};
    }
    return failure({code: 100, description: 'Unsupported request'});
  }
}

function textOf(body: Record<string, unknown>): string {
  const b = body as {text?: {body?: string}; interactive?: {body?: {text?: string}}; template?: unknown};
  return b.text?.body ?? b.interactive?.body?.text ?? JSON.stringify(b.template ?? '');
}

function failure(f: Exclude<Failure, 'hang'>) {
  if ('status' in f) {
    if (f.status === 429) return failure({code: 130429, description: f.description});
    const code = f.status >= 500 ? 2 : 100;
    return {status: f.status, body: {error: {message: f.description ?? 'Service temporarily unavailable', type: 'OAuthException', code}}};
  }
  const status = f.code === 190 ? 401 : f.code === 130429 ? 429 : 400;
  const message = f.description ?? MESSAGES[f.code] ?? 'Error';
  return {
    status,
    body: {error: {message, type: 'OAuthException', code: f.code, error_data: {messaging_product: 'whatsapp', details: message}, fbtrace_id: 'Atest'}},
  };
}

export function startWhatsAppApi(opts: FakeOptions & {phoneNumberId?: string; token?: string; displayNumber?: string} = {}): Promise<WhatsAppApi> {
  return new WhatsAppApi(opts.phoneNumberId ?? '418273650192837', opts.token ?? 'wa-token', opts.displayNumber ?? '+7 727 356 1020', opts).listen();
}
