import Papa from 'papaparse';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {CSV_OPTIONS, csvParseOptions, delimiterOf} from './csv.ts';

const readBack = (table: string[][]) => {
  const csv = Papa.unparse(table, CSV_OPTIONS);
  return Papa.parse<string[]>(csv, csvParseOptions(csv)).data;
};
const cellsOf = (csv: string) => Papa.parse<string[]>(csv, {delimiter: ';'}).data[0]!;

describe('CSV exports', () => {
  it.each([
    '=HYPERLINK("http://evil.kz","Позвонить")',
    "-2+3+cmd|' /C calc'!A0",
    '+cmd|/C calc!A0',
    '+7 701 123 45 67 (звонить после 18:00)',
    '=1+1',
    '@SUM(1+1)*cmd|/C calc!A0',
    '\t=1+1',
    '\r=1+1',
    '＝1+1',
  ])('write %j so that no spreadsheet reads a formula', (evil) => {
    const [cell] = cellsOf(Papa.unparse([[evil]], CSV_OPTIONS));
    expect(cell).toBe(`'${evil}`);
  });

  it.each(['+77011234567', '+7 701 123 45 67', '+7 (701) 123-45-67', '-500', '12.5', '-3,75', 'Айгерим', "'уже с апострофом", 'a=b'])(
    'leave %j as it is',
    (plain) => {
      expect(cellsOf(Papa.unparse([[plain]], CSV_OPTIONS))).toEqual([plain]);
    },
  );

  it.each([
    ['Имя;Телефон\r\nАйгерим;+77011234567', ';'],
    ['Имя,Телефон\r\n"Серик, ИП",+77011234567', ','],
    ['Имя, фамилия\tТелефон', '\t'],
    ['"Имя;Фамилия",Телефон', ','],
    ['"Имя\r\nФамилия";Телефон', ';'],
    ['Имя', ';'],
  ])('read the delimiter of %j off its first record', (csv, delimiter) => {
    expect(delimiterOf(csv)).toBe(delimiter);
  });

  it('read back a one-column export whose cells hold another delimiter', () => {
    const table = [[','], ['!'], ['a,b\tc|d']];
    expect(readBack(table)).toEqual(table);
  });

  it('read back exactly what was exported, whatever the text', () => {
    const tricky = fc.tuple(fc.constantFrom('', "'", "''", '=', '+', '-', '@', "'=", "''-", '＝'), fc.string({unit: 'grapheme'})).map(([a, b]) => a + b);
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.oneof(fc.string({unit: 'grapheme'}), tricky).filter((s) => s.trim() !== ''),
            {minLength: 1, maxLength: 4},
          ),
          {minLength: 1, maxLength: 4},
        ),
        (rows) => {
          const width = rows[0]!.length;
          const table = rows.map((r) => Array.from({length: width}, (_, i) => r[i] ?? 'x'));
          const back = readBack(table);
          expect(back).toEqual(table);
        },
      ),
      {numRuns: 2000},
    );
  });
});
