import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {signedWhatsApp, startWhatsAppApi, whatsAppHandshake, whatsAppText, type WhatsAppApi} from '#server/testing/messengers/index.ts';
import {whatsAppChannel} from './whatsapp.ts';

const secrets = {phoneNumberId: '418273650192837', token: 'wa-token', appSecret: 'app-secret', verifyToken: 'verify-me'};
let api: WhatsAppApi;
let wa: ReturnType<typeof whatsAppChannel>;
const choices = (n: number) => [Array.from({length: n}, (_, i) => ({label: `Вариант номер ${i + 1} с длинным названием`, data: `c:${i}`}))];

beforeAll(async () => {
  api = await startWhatsAppApi({phoneNumberId: secrets.phoneNumberId, token: secrets.token});
  wa = whatsAppChannel(secrets, api.url, {timeoutMs: 300});
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
});

describe('whatsAppChannel.verify', () => {
  it('answers Meta’s handshake with the challenge, only for our verify token', () => {
    expect(wa.verify(whatsAppHandshake('verify-me', '1158201444'))).toEqual({ok: 'handshake', reply: {status: 200, body: '1158201444'}});
    expect(wa.verify(whatsAppHandshake('other'))).toEqual({ok: false, reply: {status: 403, body: ''}});
    const noMode = whatsAppHandshake('verify-me');
    expect(wa.verify({...noMode, query: {...noMode.query, 'hub.mode': 'unsubscribe'}})).toMatchObject({ok: false});
  });

  it('accepts a good signature and parses the body', () => {
    const v = wa.verify(signedWhatsApp(whatsAppText({id: 'wamid.IN1', text: 'Добрый день'}), secrets.appSecret));
    expect(v).toMatchObject({ok: true, reply: {status: 200, body: 'ok'}, events: [{type: 'message', id: 'wamid.IN1', phone: '+77012345678'}]});
  });

  it('refuses a bad or missing signature without parsing', () => {
    const signed = signedWhatsApp(whatsAppText({id: 'wamid.IN2', text: 'x'}), 'someone-else');
    expect(wa.verify(signed)).toEqual({ok: false, reply: {status: 401, body: ''}});
    expect(wa.verify({...signed, headers: {}})).toEqual({ok: false, reply: {status: 401, body: ''}});
    const good = signedWhatsApp(whatsAppText({id: 'wamid.IN3', text: 'x'}), secrets.appSecret);
    expect(wa.verify({...good, rawBody: Buffer.from(good.rawBody.toString().replace('x', 'y'))})).toMatchObject({ok: false});
    expect(wa.verify({...good, headers: {'x-hub-signature-256': 'sha256=zz'}})).toMatchObject({ok: false});
  });
});

describe('whatsAppChannel.send', () => {
  it('sends text', async () => {
    expect(await wa.send({key: 'k', chatId: '77012345678', text: 'Здравствуйте'})).toEqual({ok: true, externalId: api.sent.at(-1)!.wamid});
    expect(api.requests[0]!.headers.authorization).toBe('Bearer wa-token');
    expect(api.requests[0]!.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '77012345678',
      type: 'text',
      text: {preview_url: false, body: 'Здравствуйте'},
    });
  });

  it('draws up to 3 choices as reply buttons, up to 10 as a list, and refuses more', async () => {
    await wa.send({key: 'k', chatId: '1', text: 'Выберите', buttons: choices(3)});
    const buttons = (api.requests.at(-1)!.body as {interactive: {type: string; action: {buttons: {reply: {id: string; title: string}}[]}}}).interactive;
    expect(buttons.type).toBe('button');
    expect(buttons.action.buttons[0]).toEqual({type: 'reply', reply: {id: 'c:0', title: 'Вариант номер 1 с д…'}});
    await wa.send({key: 'k', chatId: '1', text: 'Выберите', buttons: choices(10)});
    const list = api.requests.at(-1)!.body.interactive as {type: string; action: {button: string; sections: {rows: {id: string; title: string}[]}[]}};
    expect(list).toMatchObject({type: 'list', body: {text: 'Выберите'}, action: {button: 'Выбрать'}});
    expect(list.action.sections).toHaveLength(1);
    expect(list.action.sections[0]!.rows).toHaveLength(10);
    expect(list.action.sections[0]!.rows[9]).toEqual({id: 'c:9', title: 'Вариант номер 10 с длин…'});
    await expect(wa.send({key: 'k', chatId: '1', text: 'x', buttons: choices(11)})).rejects.toThrow(/at most 10/);
  });

  it('sends a template with body parameters', async () => {
    await wa.send({key: 'k', chatId: '1', text: '', template: {name: 'reminder', language: 'ru', params: ['Айгерим', '2 июня, 15:00']}});
    expect(api.requests.at(-1)!.body).toMatchObject({
      type: 'template',
      template: {
        name: 'reminder',
        language: {code: 'ru'},
        components: [
          {
            type: 'body',
            parameters: [
              {type: 'text', text: 'Айгерим'},
              {type: 'text', text: '2 июня, 15:00'},
            ],
          },
        ],
      },
    });
  });

  it('maps Graph API errors', async () => {
    const m = {key: 'k', chatId: '1', text: 'x'};
    const cases: [Parameters<WhatsAppApi['failNext']>[1], object][] = [
      [{status: 429}, {reason: 'messaging.fail.rateLimited', retryAfterMs: 1000}],
      [{code: 131056}, {reason: 'messaging.fail.rateLimited', retryAfterMs: 6000}],
      [{code: 131047}, {reason: 'messaging.fail.windowClosed', detail: '131047 Re-engagement message (Re-engagement message)'}],
      [{code: 131026}, {reason: 'messaging.fail.undeliverable'}],
      [{code: 190}, {reason: 'messaging.fail.badToken'}],
      [{status: 503}, {reason: 'messaging.fail.unavailable', retryAfterMs: 5000}],
      [{code: 131009}, {reason: 'messaging.fail.rejected'}],
    ];
    for (const [failure, expected] of cases) {
      api.failNext(1, failure);
      expect(await wa.send(m)).toMatchObject({ok: false, ...expected});
    }
  });

  it('calls a timeout maybe sent', async () => {
    api.failNext(1, 'hang');
    expect(await wa.send({key: 'k', chatId: '1', text: 'x'})).toMatchObject({ok: false, reason: 'messaging.fail.timeout', maybeSent: true, retryAfterMs: 5000});
  });
});

describe('whatsAppChannel.check', () => {
  it('reads the display number, or says what is wrong', async () => {
    expect(await wa.check()).toEqual({ok: true, handle: '+7 727 356 1020'});
    expect(api.requests.at(-1)!.query).toEqual({fields: 'display_phone_number,verified_name'});
    expect(await wa.connectWebhook('https://x')).toEqual({ok: true, handle: '+7 727 356 1020'});
    expect(await whatsAppChannel({...secrets, token: 'bad'}, api.url).check()).toMatchObject({ok: false, reason: 'messaging.check.badToken'});
    expect(await whatsAppChannel({...secrets, phoneNumberId: '999'}, api.url).check()).toMatchObject({ok: false, reason: 'messaging.check.badPhoneId'});
    expect(await whatsAppChannel(secrets, 'http://127.0.0.1:1').check()).toMatchObject({ok: false, reason: 'messaging.check.unreachable'});
  });
});
