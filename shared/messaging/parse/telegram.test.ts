import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseTelegram} from './telegram.ts';

const fixture = (name: string) => JSON.parse(fs.readFileSync(new URL(`fixtures/${name}.json`, import.meta.url), 'utf8'));
const text = fixture('telegram-message-text');
const withMessage = (patch: Record<string, unknown>) => ({update_id: 7, message: {...text.message, ...patch}});

describe('parseTelegram', () => {
  it('reads a text message', () => {
    expect(parseTelegram(text)).toEqual([
      {
        type: 'message',
        id: '845120301',
        from: {userId: '512345678', chatId: '512345678', name: 'Айгерим Сапарова', language: 'ru'},
        text: 'Можно перенести запись на завтра в 15:00?',
        start: undefined,
        phone: undefined,
        photos: [],
        replyTo: undefined,
        messageId: '1042',
        at: 1780300800_000,
      },
    ]);
  });

  it('reads a deep link’s payload, also addressed to the bot by name', () => {
    expect(parseTelegram(fixture('telegram-start-deeplink'))[0]).toMatchObject({type: 'message', start: 'bk_7Hq2xK9', text: ''});
    expect(parseTelegram(withMessage({text: '/start@qyzmet_bot inv-12'}))[0]).toMatchObject({start: 'inv-12', text: ''});
    expect(parseTelegram(withMessage({text: '/start'}))[0]).toMatchObject({start: undefined, text: '/start'});
  });

  it('takes a shared contact’s number only when it is the sender’s own', () => {
    const own = withMessage({text: undefined, contact: {phone_number: '77012345678', first_name: 'А', user_id: 512345678}});
    expect(parseTelegram(own)[0]).toMatchObject({type: 'message', phone: '+77012345678', text: ''});
    const plus = withMessage({text: undefined, contact: {phone_number: '+7 701 234 56 78', user_id: 512345678}});
    expect(parseTelegram(plus)[0]).toMatchObject({phone: '+77012345678'});
    const other = withMessage({text: undefined, contact: {phone_number: '77019999999', user_id: 1}});
    expect(parseTelegram(other)[0]).toMatchObject({type: 'ignored', id: '7'});
  });

  it('takes the largest photo and its caption, and what it replies to', () => {
    const photo = withMessage({
      text: undefined,
      caption: 'Вот так',
      photo: [
        {file_id: 'small', width: 90},
        {file_id: 'big', width: 1280},
      ],
      reply_to_message: {message_id: 1001},
    });
    expect(parseTelegram(photo)[0]).toMatchObject({type: 'message', text: 'Вот так', photos: [{ref: 'big'}], replyTo: '1001'});
  });

  it('reads a button press', () => {
    expect(parseTelegram(fixture('telegram-callback-query'))).toEqual([
      {
        type: 'button',
        id: '845120303',
        from: {userId: '512345678', chatId: '512345678', name: 'Айгерим Сапарова', language: 'ru'},
        data: 'bk:confirm:8812',
        callbackId: '2201934881729470512',
        at: 0,
      },
    ]);
    const q = fixture('telegram-callback-query');
    delete q.callback_query.message;
    expect(parseTelegram(q)[0]).toMatchObject({type: 'button', from: {chatId: '512345678'}});
  });

  it('ignores edits, channel posts, groups and anything malformed', () => {
    expect(parseTelegram({update_id: 9, edited_message: text.message})).toEqual([{type: 'ignored', id: '9', reason: 'telegram.edited_message'}]);
    expect(parseTelegram({update_id: 9, channel_post: {}})).toMatchObject([{type: 'ignored', id: '9'}]);
    expect(parseTelegram(withMessage({chat: {id: -100, type: 'supergroup'}}))).toEqual([{type: 'ignored', id: '7', reason: 'telegram.chat.supergroup'}]);
    expect(parseTelegram(withMessage({text: undefined, sticker: {}}))).toMatchObject([{type: 'ignored', id: '7'}]);
    for (const bad of [null, 'x', 42, [], {}, {update_id: 1, message: 'x'}, {update_id: 1, message: {chat: null}}]) {
      expect(parseTelegram(bad)).toMatchObject([{type: 'ignored'}]);
    }
    expect(parseTelegram({})).toEqual([{type: 'ignored', id: '', reason: 'malformed'}]);
  });
});
