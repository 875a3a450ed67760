import {describe, expect, it} from 'vitest';
import {createTranslator} from '../i18n/translate.ts';
import {csvTable, defuseFormula, exportSheet, formatWallClock, wallClockAsUtc} from './export.ts';

const HOUR = 3_600_000;
const now = Date.UTC(2026, 2, 1, 10);
const row = {
  id: 'r1',
  number: 12,
  title: '',
  text: 'Замена смесителя',
  client_name: 'Әсем',
  client_phone: '+77012345678',
  status: 'in_progress',
  type_id: 't1',
  priority: 'urgent',
  responsible_id: 'm1',
  source: 'qr-door',
  created_at: Date.UTC(2026, 1, 28, 19, 5), // 1 March, 00:05 in Almaty
  deadline: null,
  sla_due_at: now - 2 * HOUR,
};
const env = {
  t: createTranslator('ru'),
  locale: 'ru' as const,
  timeZone: 'Asia/Almaty',
  now,
  typeName: () => 'Ремонт',
  statusName: () => 'В работе',
  statusKind: () => 'in_work' as const,
  responsibleName: () => 'Арман',
  sourceName: () => 'QR-код',
  escalateAfterHours: () => 0,
};

describe('export of the current view', () => {
  it('writes what the screen shows, in the user’s words and the company’s clock', () => {
    const sheet = exportSheet([row], env);
    expect(sheet.header[0]).toBe('№');
    expect(csvTable(sheet, 'Asia/Almaty')[1]).toEqual([
      '12',
      'Замена смесителя',
      'Ремонт',
      'В работе',
      'Срочно',
      'Арман',
      'Әсем',
      '+7 701 234 56 78',
      'QR-код',
      '01.03.2026 00:05',
      '',
      'Просрочена на 2 ч',
    ]);
  });

  it('leaves the SLA empty for a closed request, as the list and the table do', () => {
    const sheet = exportSheet([row], {...env, statusKind: () => 'done' as const});
    expect(csvTable(sheet, 'Asia/Almaty')[1]!.at(-1)).toBe('');
  });

  it('keeps a customer’s formula-like text from running in a spreadsheet, but leaves phones alone', () => {
    expect(defuseFormula('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(defuseFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(defuseFormula('-2+3+cmd')).toBe(`'-2+3+cmd`);
    expect(defuseFormula('+7 701 234 56 78')).toBe('+7 701 234 56 78');
    expect(defuseFormula('-5')).toBe('-5');
    expect(defuseFormula('Обычный текст')).toBe('Обычный текст');
  });

  it('gives spreadsheets the wall clock of the company', () => {
    expect(formatWallClock(Date.UTC(2026, 11, 31, 19, 30), 'Asia/Almaty')).toBe('01.01.2027 00:30');
    expect(new Date(wallClockAsUtc(Date.UTC(2026, 0, 1, 3), 'Asia/Almaty')).toISOString()).toBe('2026-01-01T08:00:00.000Z');
  });
});
