// Stored notices are keys with parameters and read in the reader's language;
// rows written before keys existed keep showing their text.
import {describe, expect, it} from 'vitest';
import {noticeWords, renderNotice, type Notice} from './notice.ts';
import './translate.ts'; // as on the server: every language installed

const booking: Notice = {
  title: {key: 'notify.master.created', params: {client: 'Сауле'}},
  body: {
    key: 'notify.master.details',
    params: {service: 'Стрижка', when: {date: Date.UTC(2025, 11, 6, 4, 0), zone: 'Asia/Almaty', style: 'dateTime'}, phone: '+7 701 123 45 67'},
  },
};
const row = (message: unknown, title = 'Новая запись: Сауле', body = '«Стрижка», 6 декабря в 09:00, +7 701 123 45 67') => ({title, body, message});

describe('notices in the reader’s language', () => {
  it('says a booking notice in Russian, Kazakh and English, dates included', () => {
    expect(noticeWords(row(booking), 'ru')).toEqual({title: 'Новая запись: Сауле', body: '«Стрижка», 6 декабря в 09:00, +7 701 123 45 67'});
    expect(noticeWords(row(booking), 'kk')).toEqual({title: 'Жаңа жазылу: Сауле', body: '«Стрижка», 6 желтоқсан, 09:00, +7 701 123 45 67'});
    expect(noticeWords(row(booking), 'en')).toEqual({title: 'New booking: Сауле', body: '"Стрижка", 6 December at 09:00, +7 701 123 45 67'});
  });

  it('renders lengths of time, nested messages and texts given in each language', () => {
    const sla: Notice = {
      title: {key: 'notify.request.sla.title', params: {request: '№7'}},
      body: {key: 'notify.request.sla.body', params: {status: {text: {ru: 'Новая', kk: 'Жаңа', en: 'New'}}, late: {duration: 2 * 3_600_000 + 15 * 60_000}}},
    };
    expect(renderNotice(sla, 'kk')).toEqual({title: '№7 өтінімінің мерзімі өтті', body: '«Жаңа» мәртебесі, 2 сағ 15 мин кешікті. Өтінім басшыға жеткізілді.'});
    expect(renderNotice(sla, 'en')?.body).toBe('Status “New”, overdue by 2 hrs 15 mins. The request was escalated to the head.');
    const mention: Notice = {title: {key: 'notify.request.mention.title', params: {author: {key: 'history.systemActor'}, request: '№7'}}};
    expect(renderNotice(mention, 'en')?.title).toBe('System mentioned you in request №7');
  });

  it('keeps the row’s body when the notice has none (a comment’s own words)', () => {
    const mention: Notice = {title: {key: 'notify.request.assigned.title', params: {request: '№7'}}};
    expect(noticeWords(row(mention, 'Вам назначена заявка №7', 'Проверить договор'), 'en')).toEqual({
      title: 'Request №7 was assigned to you',
      body: 'Проверить договор',
    });
  });

  it('shows the stored text of old rows, and of notices this device cannot say', () => {
    expect(noticeWords(row(null), 'en')).toEqual({title: 'Новая запись: Сауле', body: '«Стрижка», 6 декабря в 09:00, +7 701 123 45 67'});
    expect(noticeWords(row(undefined), 'kk').title).toBe('Новая запись: Сауле');
    expect(noticeWords(row({title: {key: 'notify.from.the.future', params: {}}}), 'kk').title).toBe('Новая запись: Сауле');
    expect(noticeWords(row({title: {key: 'notify.master.created', params: {client: {what: 1}}}}), 'kk').title).toBe('Новая запись: Сауле');
    expect(noticeWords(row('not a notice'), 'en').title).toBe('Новая запись: Сауле');
    expect(noticeWords(row({title: {key: 'notify.master.created', params: {client: 'Сауле'}}, body: {key: 'nope'}}), 'en').title).toBe('Новая запись: Сауле');
  });
});
