import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {startVkApi, vkEvent, vkMessage, type VkApi} from '#server/testing/messengers/index.ts';
import {vkChannel, vkRandomId} from './vk.ts';

const secrets = {groupId: '229876543', token: 'vk-token', secret: 'q7Lw2pXz9RtV', confirmation: 'a1b2c3d4'};
let api: VkApi;
let vk: ReturnType<typeof vkChannel>;
const opts = {groupId: secrets.groupId, secret: secrets.secret};

beforeAll(async () => {
  api = await startVkApi({groupId: secrets.groupId, token: secrets.token, screenName: 'salon_almaty'});
  vk = vkChannel(secrets, api.url, {timeoutMs: 300});
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
});

describe('vkChannel.verify', () => {
  it('answers the confirmation with the string, even without the secret', () => {
    const ok = {ok: 'handshake', reply: {status: 200, body: 'a1b2c3d4'}};
    expect(vk.verify(vkEvent('confirmation', undefined, opts))).toEqual(ok);
    expect(vk.verify(vkEvent('confirmation', undefined, {groupId: secrets.groupId}))).toEqual(ok);
    expect(vk.verify(vkEvent('confirmation', undefined, {groupId: '1'}))).toMatchObject({ok: false, reply: {status: 403}});
  });

  it('parses an event with our secret and refuses a wrong one', () => {
    const v = vk.verify(vkEvent('message_new', vkMessage({fromId: 715432198, text: 'Начать', ref: 'qr1'}), {...opts, eventId: 'ev1'}));
    expect(v).toMatchObject({ok: true, reply: {status: 200, body: 'ok'}, events: [{type: 'message', id: 'ev1', start: 'qr1', from: {chatId: '715432198'}}]});
    expect(vk.verify(vkEvent('message_new', vkMessage({fromId: 1, text: 'x'}), {...opts, secret: 'wrong'}))).toEqual({
      ok: false,
      reply: {status: 403, body: 'bad secret'},
    });
    expect(vk.verify(vkEvent('message_new', vkMessage({fromId: 1, text: 'x'}), {groupId: secrets.groupId}))).toMatchObject({ok: false});
    expect(vk.verify({...vkEvent('x', {}, opts), rawBody: Buffer.from('nope')})).toMatchObject({ok: false, reply: {status: 400}});
  });
});

describe('vkChannel.send', () => {
  it('sends a message with an inline keyboard and a random_id from the key', async () => {
    const buttons = [[{label: 'Записаться на стрижку и укладку длинных волос', data: 'svc:1'}], [{label: 'Нет', data: 'no'}]];
    expect(await vk.send({key: 'msg-1', chatId: '715432198', text: 'Что выберете?', buttons})).toEqual({
      ok: true,
      externalId: String(api.sent.at(-1)!.messageId),
    });
    const body = api.calls('messages.send')[0]!.body;
    expect(body).toMatchObject({access_token: 'vk-token', v: '5.199', peer_id: '715432198', message: 'Что выберете?', random_id: String(vkRandomId('msg-1'))});
    expect(JSON.parse(String(body.keyboard))).toEqual({
      inline: true,
      buttons: [
        [{action: {type: 'text', label: 'Записаться на стрижку и укладку длинных…', payload: '{"b":"svc:1"}'}}],
        [{action: {type: 'text', label: 'Нет', payload: '{"b":"no"}'}}],
      ],
    });
  });

  it('is the same message when retried with the same key', async () => {
    const first = await vk.send({key: 'msg-2', chatId: '5', text: 'Напоминание'});
    const again = await vk.send({key: 'msg-2', chatId: '5', text: 'Напоминание'});
    expect(again).toEqual(first);
    expect(api.duplicates()).toBe(1);
    expect(api.sent.filter((s) => s.text === 'Напоминание')).toHaveLength(1);
    expect(vkRandomId('msg-2')).toBeGreaterThan(0);
    expect(vkRandomId('msg-2')).toBeLessThan(2 ** 31);
    expect(vkRandomId('msg-3')).not.toBe(vkRandomId('msg-2'));
  });

  it('refuses a keyboard VK cannot show', async () => {
    const row = Array.from({length: 6}, (_, i) => ({label: String(i), data: String(i)}));
    await expect(vk.send({key: 'k', chatId: '5', text: 'x', buttons: [row]})).rejects.toThrow(/6 rows of 5/);
  });

  it('maps VK’s errors', async () => {
    const m = {key: 'k', chatId: '5', text: 'x'};
    const cases: [Parameters<VkApi['failNext']>[1], object][] = [
      [{code: 6}, {reason: 'messaging.fail.rateLimited', retryAfterMs: 1000}],
      [{code: 9}, {reason: 'messaging.fail.rateLimited', retryAfterMs: 60_000}],
      [{code: 10}, {reason: 'messaging.fail.unavailable', retryAfterMs: 5000}],
      [{status: 502}, {reason: 'messaging.fail.unavailable', retryAfterMs: 5000}],
      [{code: 5}, {reason: 'messaging.fail.badToken'}],
      [{code: 901}, {reason: 'messaging.fail.notAllowed', detail: "901 Can't send messages for users without permission"}],
      [{code: 15}, {reason: 'messaging.fail.noAccess'}],
      [{code: 914}, {reason: 'messaging.fail.rejected'}],
    ];
    for (const [failure, expected] of cases) {
      api.failNext(1, failure);
      expect(await vk.send(m)).toMatchObject({ok: false, ...expected});
    }
  });

  it('retries a timeout safely: not maybe sent', async () => {
    api.failNext(1, 'hang');
    const r = await vk.send({key: 'k6', chatId: '5', text: 'x'});
    expect(r).toMatchObject({ok: false, reason: 'messaging.fail.unavailable', retryAfterMs: 5000});
    expect(r).not.toHaveProperty('maybeSent');
  });
});

describe('vkChannel buttons and check', () => {
  it('answers a callback button with what the event carried', async () => {
    const v = vk.verify(vkEvent('message_event', {user_id: 5, peer_id: 5, event_id: 'abc', payload: {b: 'x'}}, opts));
    if (v.ok !== true || v.events[0]!.type !== 'button') throw new Error('expected a button');
    await vk.answerButton(v.events[0]!.callbackId!, 'Готово');
    expect(api.calls('messages.sendMessageEventAnswer')[0]!.body).toMatchObject({event_id: 'abc', user_id: '5', peer_id: '5'});
    await vk.answerButton('not-ours');
    expect(api.calls('messages.sendMessageEventAnswer')).toHaveLength(1);
  });

  it('checks the community', async () => {
    expect(await vk.check()).toEqual({ok: true, handle: 'salon_almaty'});
    expect(await vk.connectWebhook('https://x')).toEqual({ok: true, handle: 'salon_almaty'});
    expect(await vkChannel({...secrets, token: 'bad'}, api.url).check()).toMatchObject({ok: false, reason: 'messaging.check.badToken'});
    expect(await vkChannel({...secrets, groupId: '1'}, api.url).check()).toMatchObject({ok: false, reason: 'messaging.check.badGroup'});
    expect(await vkChannel(secrets, 'http://127.0.0.1:1').check()).toMatchObject({ok: false, reason: 'messaging.check.unreachable'});
  });
});
