import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseWhatsApp} from './whatsapp.ts';

const fixture = JSON.parse(fs.readFileSync(new URL('fixtures/whatsapp-inbound-text.json', import.meta.url), 'utf8'));
const value = fixture.entry[0].changes[0].value;
const wrap = (v: Record<string, unknown>) => ({
  object: 'whatsapp_business_account',
  entry: [{id: '1', changes: [{field: 'messages', value: {...value, ...v}}]}],
});
const msg = (m: Record<string, unknown>) => wrap({messages: [{from: '77012345678', id: 'wamid.X', timestamp: '1780304400', ...m}]});

describe('parseWhatsApp', () => {
  it('reads a text message', () => {
    expect(parseWhatsApp(fixture)).toEqual([
      {
        type: 'message',
        id: value.messages[0].id,
        from: {userId: '77012345678', chatId: '77012345678', name: 'Ерлан Жумабаев'},
        text: 'Здравствуйте! Есть свободное время в субботу?',
        start: undefined,
        phone: '+77012345678',
        photos: [],
        replyTo: undefined,
        messageId: value.messages[0].id,
        at: 1780304400_000,
      },
    ]);
  });

  it('takes the deep-link code off the end of a prefilled text', () => {
    expect(parseWhatsApp(msg({type: 'text', text: {body: 'Хочу записаться [bk_7Hq2xK9] '}}))[0]).toMatchObject({text: 'Хочу записаться', start: 'bk_7Hq2xK9'});
    expect(parseWhatsApp(msg({type: 'text', text: {body: 'цена [не код]'}}))[0]).toMatchObject({text: 'цена [не код]', start: undefined});
  });

  it('reads reply buttons, list rows and template quick replies', () => {
    const button = (m: Record<string, unknown>) => parseWhatsApp(msg(m))[0];
    expect(button({type: 'interactive', interactive: {type: 'button_reply', button_reply: {id: 'bk:1', title: 'Да'}}})).toMatchObject({
      type: 'button',
      data: 'bk:1',
      id: 'wamid.X',
    });
    expect(button({type: 'interactive', interactive: {type: 'list_reply', list_reply: {id: 'slot:2', title: '15:00'}}})).toMatchObject({
      type: 'button',
      data: 'slot:2',
    });
    expect(button({type: 'button', button: {payload: 'rem:ok', text: 'Приду'}})).toMatchObject({type: 'button', data: 'rem:ok', at: 1780304400_000});
  });

  it('reads an image with its caption and the message it replies to', () => {
    expect(parseWhatsApp(msg({type: 'image', image: {id: 'media1', caption: 'Так', mime_type: 'image/jpeg'}, context: {id: 'wamid.OUR'}}))[0]).toMatchObject({
      type: 'message',
      text: 'Так',
      photos: [{ref: 'media1'}],
      replyTo: 'wamid.OUR',
    });
  });

  it('reads every message and status of a batch', () => {
    const body = wrap({
      messages: [
        {from: '77012345678', id: 'wamid.A', timestamp: '1', type: 'text', text: {body: 'a'}},
        {from: '77012345678', id: 'wamid.B', timestamp: '2', type: 'sticker', sticker: {}},
      ],
      statuses: [
        {id: 'wamid.S', status: 'delivered', timestamp: '3', recipient_id: '77012345678'},
        {id: 'wamid.T', status: 'failed', timestamp: '4', errors: [{code: 131047, title: 'Re-engagement message'}]},
        {id: 'wamid.U', status: 'deleted', timestamp: '5'},
      ],
    });
    expect(parseWhatsApp(body)).toEqual([
      expect.objectContaining({type: 'message', id: 'wamid.A', text: 'a', at: 1000}),
      {type: 'ignored', id: 'wamid.B', reason: 'whatsapp.type.sticker'},
      {type: 'status', id: 'wamid.S:delivered', messageId: 'wamid.S', status: 'delivered', error: undefined, at: 3000},
      {type: 'status', id: 'wamid.T:failed', messageId: 'wamid.T', status: 'failed', error: '131047 Re-engagement message', at: 4000},
      {type: 'ignored', id: 'wamid.U:deleted', reason: 'whatsapp.status.deleted'},
    ]);
  });

  it('ignores what it cannot read', () => {
    for (const bad of [null, 'x', [], {}, {object: 'page'}, {object: 'whatsapp_business_account', entry: 'x'}]) {
      expect(parseWhatsApp(bad)).toMatchObject([{type: 'ignored', id: ''}]);
    }
    expect(parseWhatsApp(msg({from: 'evil', type: 'text', text: {body: 'x'}}))).toEqual([{type: 'ignored', id: 'wamid.X', reason: 'malformed'}]);
  });
});
