import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {decodeLink, encodeLink, messengerLinks} from './deep-link.ts';

describe('messenger deep links', () => {
  it('carries a master and a source in 64 allowed characters', () => {
    const p = encodeLink({kind: 'master', id: '0190a2b4-1c2d-7e3f-8a9b-0c1d2e3f4a5b', source: 'qr-menu'})!;
    expect(p).toBe('m_0190a2b41c2d7e3f8a9b0c1d2e3f4a5b_qr-menu');
    expect(decodeLink(p)).toEqual({kind: 'master', id: '0190a2b4-1c2d-7e3f-8a9b-0c1d2e3f4a5b', source: 'qr-menu'});
  });

  it('round-trips any uuid and any short id, and never makes a payload Telegram refuses', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uuid(), fc.string({minLength: 1, maxLength: 20})), fc.string({maxLength: 80}), fc.boolean(), (id, source, master) => {
        const p = encodeLink({kind: master ? 'master' : 'company', id, source});
        if (p === undefined) return;
        expect(p.length).toBeLessThanOrEqual(64);
        expect(p).toMatch(/^[A-Za-z0-9_-]+$/);
        const back = decodeLink(p)!;
        expect(back.id).toBe(id);
        expect(back.kind).toBe(master ? 'master' : 'company');
      }),
    );
  });

  it('reads nothing from a payload it did not make', () => {
    for (const p of ['', 'hello', 'm_', 'm_xyz', 'x_0190a2b41c2d7e3f8a9b0c1d2e3f4a5b', 'bk_7Hq2xK9', 'm_x0']) expect(decodeLink(p)).toBeUndefined();
  });

  it('builds each messenger’s address from its handle, the payload in the place that messenger reads it', () => {
    const links = messengerLinks({telegram: '@salon_bot', whatsapp: '+7 700 000 00 01', vk: 'salon'}, 'm_x6d_qr', {greeting: 'Здравствуйте!', source: 'qr'});
    expect(links).toEqual({
      telegram: 'https://t.me/salon_bot?start=m_x6d_qr',
      whatsapp: `https://wa.me/77000000001?text=${encodeURIComponent('Здравствуйте! [m_x6d_qr]')}`,
      vk: 'https://vk.me/salon?ref=m_x6d_qr&ref_source=qr',
    });
    expect(messengerLinks({telegram: 'salon_bot', whatsapp: '123'}, 'm_x6d', {greeting: '', source: ''})).toEqual({
      telegram: 'https://t.me/salon_bot?start=m_x6d',
    });
    expect(messengerLinks({telegram: 'salon_bot'}, undefined, {greeting: '', source: ''})).toEqual({});
  });
});
