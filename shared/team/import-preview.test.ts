import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {fullName, readExecutorSheet} from './executors-sheet.ts';
import {personKey, previewExecutors} from './import-preview.ts';

const HEADER = ['№ пп', 'Фамилия', 'Имя', 'Отчество', 'Должность'];

describe('executors import preview', () => {
  it('keeps every row in file order: errors unticked with reasons, repeats unticked and named', () => {
    const sheet = readExecutorSheet([
      HEADER,
      [1, 'Иванов', 'Иван', 'Иванович', 'Инженер'],
      [2, '', 'Асель', '', 'Бухгалтер'],
      [3, 'иванов', 'Иван', 'Иванович ', 'Инженер'],
      [4, 'Сейткали', 'Дамир', '', 'Юрист'],
      [5, 'Артёмов', 'Пётр', '', 'Водитель'],
    ]);
    const rows = previewExecutors(sheet, [{name: 'Артемов Петр'}]);
    expect(rows.map((r) => [r.line, r.checked, r.importable])).toEqual([
      [2, true, true],
      [3, false, false],
      [4, false, true],
      [5, true, true],
      [6, false, true],
    ]);
    expect(rows[1]!.issues).toEqual([{field: 'lastName', code: 'v.required'}]);
    expect(rows[1]!.row.firstName).toBe('Асель');
    expect(rows[2]!.duplicate).toEqual({of: 'file', line: 2});
    expect(rows[4]!.duplicate).toEqual({of: 'team', name: 'Артемов Петр'});
  });

  it('does not let a broken first copy hide a good second one', () => {
    const sheet = readExecutorSheet([HEADER, [1, 'Омаров', 'Ерлан', '', ''], [2, 'Омаров', 'Ерлан', '', 'Механик']]);
    const rows = previewExecutors(sheet, []);
    expect(rows.map((r) => r.checked)).toEqual([false, true]);
    expect(rows[1]!.duplicate).toBeNull();
  });

  it('never ticks a row with an error or two rows for the same person, for any sheet', () => {
    // Few names per column, so repeats (and repeats differing only in case or "ё") are common.
    const cell = (...values: string[]) => fc.oneof({arbitrary: fc.constantFrom(...values), weight: 6}, {arbitrary: fc.string({maxLength: 6}), weight: 1});
    const line = fc.tuple(
      fc.nat(99),
      cell('', 'Иванов', 'иванов ', 'Ёлкин', 'Елкин'),
      cell('', 'Иван'),
      cell('', 'Иван'),
      cell('', 'Инженер', 'A'.repeat(130)),
    );
    const team = fc.array(fc.constantFrom('Иванов Иван', 'Елкин Иван', 'Ёлкин Иван Иван'), {maxLength: 3});
    fc.assert(
      fc.property(fc.array(line, {maxLength: 25}), team, (lines, members) => {
        const sheet = readExecutorSheet([HEADER, ...lines]);
        const rows = previewExecutors(
          sheet,
          members.map((name) => ({name})),
        );
        const nonEmpty = lines.filter((l) => l.some((c) => String(c).replace(/\s+/g, '') !== '')).length;
        expect(rows).toHaveLength(nonEmpty);
        const ticked = rows.filter((r) => r.checked);
        expect(ticked.every((r) => r.importable && r.issues.length === 0)).toBe(true);
        const names = ticked.map((r) => personKey(fullName(r.row)));
        expect(new Set(names).size).toBe(names.length);
        const teamKeys = new Set(members.map(personKey));
        expect(names.some((n) => teamKeys.has(n))).toBe(false);
      }),
    );
  });
});
