import {describe, expect, it} from 'vitest';
import {createTranslator} from '../i18n/translate.ts';
import {exportClientRows} from './export.ts';
import {decideImport, summarizeImport} from './import.ts';
import {guessMapping, readClientSheet, readDate} from './sheet.ts';
import {EMPTY_STATS} from './stats.ts';

const ids = (line: number) => `row-${line}`;

describe('reading a client spreadsheet', () => {
  it('guesses columns from Russian, Kazakh and English headers', () => {
    expect(guessMapping(['ФИО', 'Телефон', 'E-mail', 'Дата рождения', 'Теги', 'Комментарий', 'Что-то ещё'])).toEqual([
      'name',
      'phone',
      'email',
      'birthday',
      'tags',
      'note',
      'skip',
    ]);
    expect(guessMapping(['Фамилия', 'Имя', 'Отчество', 'Телефон', 'Телефон'])).toEqual(['lastName', 'firstName', 'middleName', 'phone', 'phone']);
    expect(guessMapping(['Аты-жөні', 'Телефон нөмірі', 'Туған күні'])).toEqual(['name', 'phone', 'birthday']);
  });

  it('reads dates as spreadsheets hold them', () => {
    expect(readDate('15.03.1990')).toBe('1990-03-15');
    expect(readDate('1990-03-15')).toBe('1990-03-15');
    expect(readDate(new Date(Date.UTC(1990, 2, 15)))).toBe('1990-03-15');
    expect(readDate(32947)).toBe('1990-03-15');
    expect(readDate('')).toBeNull();
    expect(readDate('весной')).toBeUndefined();
  });

  it('checks every row and names the line and the field that is wrong', () => {
    const table = [
      ['', ''],
      ['Имя', 'Телефон', 'Email', 'День рождения', 'Согласие'],
      ['Айгерим', '8 701 123 45 67, +7 777 000 11 22', 'A@Mail.kz', '15.03.1990', 'да'],
      ['', '', '', '', ''],
      ['Ержан', '12345', '', '', ''],
      ['', '', '', '', ''],
      ['Дана', '', 'not-an-email', '31.02.1990', 'может быть'],
      ['', '', '', '', ''],
    ];
    const read = readClientSheet(table, guessMapping(table[1]!), ids);
    expect(read.headerLine).toBe(2);
    expect(read.rows).toHaveLength(1);
    expect(read.rows[0]).toMatchObject({
      line: 3,
      row: {name: 'Айгерим', phones: ['+77011234567', '+77770001122'], emails: ['a@mail.kz'], birthday: '1990-03-15', consent: 'yes', source: 'import'},
    });
    expect(read.problems.map((p) => [p.line, p.issues.map((i) => i.field)])).toEqual([
      [5, ['phones']],
      [7, ['consent', 'emails', 'birthday']],
    ]);
  });

  it('adds a row to a known client or to an earlier row of the file instead of making a duplicate', () => {
    const table = [
      ['Name', 'Phone'],
      ['Асель', '87011234567'],
      ['Новый', '87770000000'],
      ['Новый ещё раз', '+7 777 000 00 00'],
    ];
    const rows = readClientSheet(table, guessMapping(table[0]!), ids).rows.map((r) => r.row);
    const decisions = decideImport(rows, [{client_id: 'known', kind: 'phone', value: '+77011234567'}], [{id: 'known', created_at: 1}]);
    expect(decisions.map((d) => d.target)).toEqual([{kind: 'existing', clientId: 'known'}, {kind: 'new'}, {kind: 'row', clientId: 'row-3'}]);
    expect(summarizeImport(decisions)).toEqual({created: 1, updated: 1, repeated: 1});
  });

  it('reads its own export back in every language', () => {
    for (const locale of ['ru', 'kk', 'en'] as const) {
      const t = createTranslator(locale);
      const table = exportClientRows(
        [{id: 'c1', name: 'Айгерим', birthday: '1990-03-15', tags: ['vip', 'опт'], source: 'form', consent: 'yes', created_at: 0}],
        [
          {client_id: 'c1', kind: 'phone', value: '+77011234567'},
          {client_id: 'c1', kind: 'telegram', value: 'aigerim'},
        ],
        () => EMPTY_STATS,
        {withContacts: true, t, date: () => '2026-05-01', sourceLabel: (s) => s},
      );
      const read = readClientSheet(table, guessMapping(table[0]!), ids);
      expect(read.problems, locale).toEqual([]);
      expect(read.rows[0]!.row, locale).toMatchObject({
        name: 'Айгерим',
        phones: ['+77011234567'],
        telegram: ['aigerim'],
        birthday: '1990-03-15',
        tags: ['vip', 'опт'],
        consent: 'yes',
      });
    }
  });
});
