import {describe, expect, it} from 'vitest';
import {channelApi, DEFAULT_API_ROOTS} from './index.ts';

describe('channelApi', () => {
  it('makes each kind with its pacing and screen size', () => {
    const tg = channelApi('telegram', {token: '1:A', webhookSecret: 's'}, DEFAULT_API_ROOTS);
    const wa = channelApi('whatsapp', {phoneNumberId: '1', token: 't', appSecret: 'a', verifyToken: 'v'}, DEFAULT_API_ROOTS);
    const vk = channelApi('vk', {groupId: '1', token: 't', secret: 's', confirmation: 'c'}, DEFAULT_API_ROOTS);
    expect([tg, wa, vk].map((c) => [c.kind, c.limits, c.choicesPerScreen])).toEqual([
      ['telegram', {perSecond: 30, perChatMs: 1000}, 8],
      ['whatsapp', {perSecond: 80, perChatMs: 1000}, 9],
      ['vk', {perSecond: 20, perChatMs: 0}, 5],
    ]);
  });
});
