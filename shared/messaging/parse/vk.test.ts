import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseVk} from './vk.ts';

const fixture = (name: string) => JSON.parse(fs.readFileSync(new URL(`fixtures/${name}.json`, import.meta.url), 'utf8'));
const ref = fixture('vk-message-new-ref');
const withMessage = (patch: Record<string, unknown>) => ({...ref, object: {...ref.object, message: {...ref.object.message, ...patch}}});

describe('parseVk', () => {
  it('reads a message with a deep link’s ref', () => {
    expect(parseVk(ref)).toEqual([
      {
        type: 'message',
        id: ref.event_id,
        from: {userId: '715432198', chatId: '715432198', name: '', language: 'ru'},
        text: 'Начать',
        start: 'salon_almaty_qr',
        photos: [],
        replyTo: undefined,
        messageId: '318',
        at: 1780308000_000,
      },
    ]);
  });

  it('tolerates the shape before API 5.103', () => {
    expect(parseVk({...ref, object: ref.object.message})[0]).toMatchObject({type: 'message', text: 'Начать', start: 'salon_almaty_qr'});
  });

  it('reads our keyboard’s buttons as presses, other payloads as messages', () => {
    expect(parseVk(withMessage({payload: '{"b":"bk:1"}', ref: undefined}))[0]).toMatchObject({type: 'button', data: 'bk:1', at: 1780308000_000});
    expect(parseVk(withMessage({payload: '{"command":"start"}'}))[0]).toMatchObject({type: 'message', text: 'Начать'});
    expect(parseVk(withMessage({payload: 'not json'}))[0]).toMatchObject({type: 'message'});
  });

  it('reads photos', () => {
    const photos = [
      {type: 'photo', photo: {id: 457239017, owner_id: 715432198, sizes: []}},
      {type: 'sticker', sticker: {}},
    ];
    expect(parseVk(withMessage({attachments: photos}))[0]).toMatchObject({photos: [{ref: 'photo_715432198_457239017'}]});
  });

  it('reads a callback button press with what answering it needs', () => {
    const event = {type: 'message_event', event_id: 'e1', group_id: 1, object: {user_id: 5, peer_id: 5, event_id: 'abc123', payload: {b: 'x:1'}}};
    expect(parseVk(event)).toEqual([{type: 'button', id: 'e1', from: {userId: '5', chatId: '5', name: ''}, data: 'x:1', callbackId: 'abc123|5|5', at: 0}]);
  });

  it('ignores confirmation, other events, group chats and communities', () => {
    expect(parseVk(fixture('vk-confirmation'))).toMatchObject([{type: 'ignored', reason: 'vk.confirmation'}]);
    expect(parseVk({type: 'group_join', event_id: 'g', object: {user_id: 1}})).toEqual([{type: 'ignored', id: 'g', reason: 'vk.group_join'}]);
    expect(parseVk(withMessage({peer_id: 2000000001}))).toMatchObject([{type: 'ignored', reason: 'vk.groupChat'}]);
    expect(parseVk(withMessage({from_id: -229876543}))).toMatchObject([{type: 'ignored', reason: 'vk.fromCommunity'}]);
    for (const bad of [null, 'x', [], {}, {type: 'message_new', event_id: 'z', object: {}}]) expect(parseVk(bad)).toMatchObject([{type: 'ignored'}]);
  });
});
