import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {createTranslator} from '../i18n/translate.ts';
import {itemPath, numberFromSegment, placementTag, qrPath} from './links.ts';
import {channelsOf, messengerUrl, preparedText} from './messengers.ts';
import {summarize} from './stats.ts';

describe('public links', () => {
  it('give every item a stable number path whose readable tail may change', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 1e9 - 1}), fc.string({maxLength: 120}), (number, title) => {
        const path = itemPath('alma', {number, title});
        const segment = path.split('/')[4]!;
        // Whatever the title, the number reads back; the short form is the same item.
        expect(numberFromSegment(segment)).toBe(number);
        expect(numberFromSegment(itemPath('alma', {number, title}, true).split('/')[4]!)).toBe(number);
        expect(path).toMatch(/^\/c\/alma\/i\/\d+(-[a-z0-9]+(-[a-z0-9]+)*)?$/);
      }),
    );
    expect(itemPath('alma', {number: 12, title: 'Торт «Наполеон»'})).toBe('/c/alma/i/12-tort-napoleon');
    expect(numberFromSegment('12abc')).toBeNull();
  });

  it('tag QR links with their placement, safely', () => {
    expect(qrPath({target: 'menu', placement: 'table'}, 'alma')).toBe('/c/alma/menu?src=qr-table');
    expect(qrPath({target: 'item', ref: '7', placement: 'card'}, 'alma')).toBe('/c/alma/i/7?src=qr-card');
    expect(qrPath({target: 'messenger', ref: 'tg', placement: 'sign'}, 'alma')).toBe('/c/alma/go/tg?src=qr-sign');
    expect(qrPath({target: 'item', ref: 'x', placement: 'card'}, 'alma')).toBeNull();
    fc.assert(
      fc.property(fc.string(), (p) => {
        expect(placementTag(p)).toMatch(/^qr-[a-z0-9]+(-[a-z0-9]+)*$/);
      }),
    );
  });

  it('prepare messenger links in the visitor’s language', () => {
    const c = {whatsapp: '+77012345678', telegram: 'alma_coffee', vk: 'club123'};
    expect(channelsOf(c)).toEqual(['wa', 'tg', 'vk']);
    expect(channelsOf({whatsapp: '', telegram: '', vk: ''})).toEqual([]);
    const text = preparedText(createTranslator('kk'), {title: 'Латте', url: 'https://x/c/a/i/1'});
    expect(text).toBe('Сәлеметсіз бе! Тапсырыс бергім келеді: Латте (https://x/c/a/i/1)');
    expect(messengerUrl('wa', c, text, '')).toBe(`https://wa.me/77012345678?text=${encodeURIComponent(text)}`);
    expect(messengerUrl('vk', c, text, 'qr-table')).toBe('https://vk.me/club123?ref=qr-table&ref_source=site');
    expect(messengerUrl('tg', {...c, telegram: ''}, text, '')).toBeNull();
  });

  it('sum views, clicks and requests per source and item', () => {
    const s = summarize([
      {kind: 'view', page: 'item', ref_id: 'i1', source: 'qr-table', channel: '', count: 10},
      {kind: 'view', page: 'home', ref_id: '', source: '', channel: '', count: 30},
      {kind: 'click', page: 'item', ref_id: 'i1', source: 'qr-table', channel: 'wa', count: 2},
      {kind: 'request', page: 'request', ref_id: 'i1', source: 'qr-table', channel: '', count: 1},
    ]);
    expect(s).toMatchObject({views: 40, clicks: 2, requests: 1});
    expect(s.conversion).toBeCloseTo(3 / 40);
    expect(s.bySource[0]).toEqual({source: '', views: 30, clicks: 0, requests: 0});
    expect(s.byItem).toEqual([{refId: 'i1', views: 10, clicks: 2, requests: 1}]);
  });
});

describe('booking QR codes', () => {
  it('lead to the company’s booking, or to one master only', () => {
    expect(qrPath({target: 'book', placement: 'card'}, 'salon')).toBe('/c/salon/book?src=qr-card');
    expect(qrPath({target: 'book', ref: 'aigerim', placement: 'card'}, 'salon')).toBe('/c/salon/book/aigerim?src=qr-card');
    expect(qrPath({target: 'book', ref: '../x', placement: 'card'}, 'salon')).toBeNull();
  });
});
