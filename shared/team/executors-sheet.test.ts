import {describe, expect, it} from 'vitest';
import {readExecutorSheet} from './executors-sheet.ts';

describe('executors from a spreadsheet (S2)', () => {
  it('reads the customer’s layout, in any column order, with numbers as numbers', () => {
    const r = readExecutorSheet([
      ['№ пп', 'Фамилия', 'Имя', 'Отчество', 'Должность'],
      [1, 'Иванов', 'Иван', 'Иванович', 'Инженер'],
      [2, ' Сатпаева ', 'Айгерим', '', 'Бухгалтер'],
      [null, null, null, null, null],
    ]);
    expect(r.missingColumns).toEqual([]);
    expect(r.problems).toEqual([]);
    expect(r.rows).toEqual([
      {line: 2, lastName: 'Иванов', firstName: 'Иван', middleName: 'Иванович', position: 'Инженер', phone: ''},
      {line: 3, lastName: 'Сатпаева', firstName: 'Айгерим', middleName: '', position: 'Бухгалтер', phone: ''},
    ]);
  });

  it('reports every bad row by its line in the file, in plain codes', () => {
    const r = readExecutorSheet([
      ['Должность', 'Имя', 'Фамилия', 'Телефон'],
      ['Инженер', 'Иван', '', '8 701 234 56 78'],
      ['', 'Асель', 'Нурланова', '12'],
      ['Юрист', 'Дамир', 'Ахметов', '8 (777) 111 22 33'],
    ]);
    expect(r.problems.map(({line, issues}) => ({line, issues}))).toEqual([
      {line: 2, issues: [{field: 'lastName', code: 'v.required'}]},
      {
        line: 3,
        issues: [
          {field: 'position', code: 'v.required'},
          {field: 'phone', code: 'v.phone'},
        ],
      },
    ]);
    // The preview shows what the bad row held, as typed (the phone unchanged).
    expect(r.problems[1]!.row).toMatchObject({lastName: 'Нурланова', firstName: 'Асель', phone: '12'});
    expect(r.rows.map((x) => [x.line, x.phone])).toEqual([[4, '+77771112233']]);
  });

  it('says which required columns are missing', () => {
    expect(
      readExecutorSheet([
        ['Фамилия', 'Имя'],
        ['А', 'Б'],
      ]).missingColumns,
    ).toEqual(['position']);
  });
});
