// What a master hears of a client's booking: the same words as before in the
// master's language, and the notice as keys so any screen says it in its own.
import {describe, expect, it} from 'vitest';
import {noticeWords} from '#shared/i18n/notice.ts';
import type {BookingView} from './load.ts';
import {masterText} from './texts.ts';

const b = {
  starts_at: Date.UTC(2026, 11, 6, 4, 0), // 09:00 in Almaty
  timezone: 'Asia/Almaty',
  service_title: 'Стрижка',
  client_name: 'Сауле',
  client_phone: '+77011234567',
} as BookingView;

describe('a master’s notice of a booking', () => {
  it('is written in the master’s language and stored as keys', () => {
    const ru = masterText(b, 'created', 'ru');
    expect(ru.title).toBe('Новая запись: Сауле');
    expect(ru.body).toMatch(/^«Стрижка», 6 декабря в 09:00, \+7/);
    const row = {title: ru.title, body: ru.body, message: JSON.parse(JSON.stringify(ru.notice))};
    expect(noticeWords(row, 'kk')).toEqual({title: 'Жаңа жазылу: Сауле', body: expect.stringMatching(/^«Стрижка», 6 желтоқсан, 09:00, \+7/)});
    expect(noticeWords(row, 'en')).toEqual({title: 'New booking: Сауле', body: expect.stringMatching(/^"Стрижка", 6 December at 09:00, \+7/)});
    expect(masterText(b, 'cancelled', 'kk').title).toBe(noticeWords({...row, message: masterText(b, 'cancelled', 'ru').notice}, 'kk').title);
  });
});
