// Reading a client spreadsheet (CSV or XLSX, already split into cells): which
// column holds what (guessed from the header in Russian, Kazakh or English,
// changeable by the person in the preview), and each row checked on its own,
// so the preview can name the line and the field that is wrong.
import type {FieldIssue} from '../errors.ts';
import {toFieldIssues} from '../validation/issues.ts';
import {importRow, MAX_IMPORT_ROWS, type ImportRow} from './validation.ts';

export const IMPORT_FIELDS = [
  'skip',
  'name',
  'lastName',
  'firstName',
  'middleName',
  'phone',
  'email',
  'telegram',
  'whatsapp',
  'vk',
  'birthday',
  'tags',
  'note',
  'source',
  'consent',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

const norm = (s: unknown) =>
  String(s ?? '')
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.:*]$/, '');

// Header words per field; the export writes the first Russian/Kazakh/English ones, so an export reads back.
const ALIASES: Record<Exclude<ImportField, 'skip'>, readonly string[]> = {
  name: ['имя клиента', 'клиент', 'фио', 'имя', 'name', 'client', 'full name', 'клиент аты', 'аты-жөні', 'аты жөні', 'аты', 'контакт'],
  lastName: ['фамилия', 'last name', 'surname', 'тегі'],
  firstName: ['first name', 'given name', 'имя (отдельно)'],
  middleName: ['отчество', 'middle name', 'patronymic', 'әкесінің аты'],
  phone: ['телефон', 'телефоны', 'phone', 'phones', 'mobile', 'мобильный', 'тел', 'номер телефона', 'телефон нөмірі'],
  email: ['email', 'e-mail', 'эл. почта', 'электронная почта', 'почта', 'электрондық пошта', 'emails'],
  telegram: ['telegram', 'телеграм', 'телеграмм', 'tg'],
  whatsapp: ['whatsapp', 'ватсап', 'вотсап', 'wa'],
  vk: ['vk', 'вконтакте', 'вк', 'vkontakte'],
  birthday: ['день рождения', 'дата рождения', 'birthday', 'date of birth', 'туған күні', 'др'],
  tags: ['теги', 'метки', 'tags', 'белгілер', 'тегтер', 'группа'],
  note: ['примечание', 'заметка', 'заметки', 'комментарий', 'note', 'notes', 'comment', 'ескертпе', 'жазба'],
  source: ['источник', 'откуда', 'source', 'дереккөз', 'қайдан'],
  consent: ['согласие на рассылку', 'согласие', 'consent', 'рассылка', 'келісім', 'хабарламаға келісім'],
};

const FIRST_NAME_WORDS = new Set(['имя', 'аты', 'name']);

/** The field each column most likely holds; a column used twice keeps only the first (phones may repeat). */
export function guessMapping(header: readonly unknown[]): ImportField[] {
  const guessed = header.map((h) => (Object.keys(ALIASES) as Exclude<ImportField, 'skip'>[]).find((f) => ALIASES[f].includes(norm(h))) ?? 'skip');
  // "Фамилия | Имя | Отчество": here "Имя" is the first name, not the whole one.
  const split = guessed.includes('lastName') || guessed.includes('middleName');
  const used = new Set<ImportField>();
  return guessed.map((field, i) => {
    const f: ImportField = split && field === 'name' && FIRST_NAME_WORDS.has(norm(header[i])) ? 'firstName' : field;
    if (f !== 'skip' && f !== 'phone' && used.has(f)) return 'skip';
    used.add(f);
    return f;
  });
}

/** Cells hold several values: "8 701 …, 8 777 …", one per line, or split by ; or /. */
const splitList = (v: string) =>
  v
    .split(/[,;\n/]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A date as spreadsheets hold it: a Date cell, an Excel day number, "15.03.1990", "1990-03-15". */
export function readDate(value: unknown): string | null | undefined {
  if (value === null || value === undefined || value === '') return null;
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : iso(value);
  if (typeof value === 'number' && value > 0 && value < 100_000) return iso(new Date(Date.UTC(1899, 11, 30) + value * 86_400_000));
  const s = String(value).trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) return s.slice(0, 10);
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : undefined;
}

const YES = new Set(['да', 'yes', 'y', '1', 'true', 'иә', '+', 'согласен', 'согласна']);
const NO = new Set(['нет', 'no', 'n', '0', 'false', 'жоқ', '-', 'отказ']);

export type SheetRow = {line: number; row: ImportRow};
export type SheetProblem = {line: number; issues: FieldIssue[]};
export type SheetRead = {rows: SheetRow[]; problems: SheetProblem[]; headerLine: number};

const cell = (v: unknown) => (v instanceof Date ? v : v === null || v === undefined ? '' : String(v).trim());

/**
 * Every data row under the header, checked. `newId(line)` gives a new
 * client's id (ids are made by the caller: shared/ has no randomness).
 */
export function readClientSheet(table: readonly (readonly unknown[])[], mapping: readonly ImportField[], newId: (line: number) => string): SheetRead {
  const headerIndex = table.findIndex((r) => r.some((c) => cell(c) !== ''));
  const rows: SheetRow[] = [];
  const problems: SheetProblem[] = [];
  if (headerIndex < 0) return {rows, problems, headerLine: 0};
  const values = (cells: readonly unknown[], field: ImportField) => mapping.flatMap((f, i) => (f === field && cell(cells[i]) !== '' ? [cells[i]] : []));
  const text = (cells: readonly unknown[], field: ImportField) =>
    values(cells, field)
      .map((v) => String(cell(v)))
      .join(' ')
      .trim();
  const list = (cells: readonly unknown[], field: ImportField) => values(cells, field).flatMap((v) => splitList(String(cell(v))));
  table.slice(headerIndex + 1).forEach((cells, i) => {
    const line = headerIndex + i + 2;
    if (cells.every((c) => cell(c) === '')) return;
    const issues: FieldIssue[] = [];
    const birthdayCell = values(cells, 'birthday')[0];
    const birthday = readDate(birthdayCell);
    if (birthday === undefined) issues.push({field: 'birthday', code: 'crm.v.birthday'});
    const consentWord = text(cells, 'consent').toLowerCase();
    const consent = consentWord === '' ? 'unknown' : YES.has(consentWord) ? 'yes' : NO.has(consentWord) ? 'no' : undefined;
    if (consent === undefined) issues.push({field: 'consent', code: 'v.invalid'});
    const name = text(cells, 'name') || [text(cells, 'lastName'), text(cells, 'firstName'), text(cells, 'middleName')].filter(Boolean).join(' ');
    const parsed = importRow.safeParse({
      id: newId(line),
      name,
      phones: list(cells, 'phone'),
      emails: list(cells, 'email'),
      telegram: list(cells, 'telegram'),
      whatsapp: list(cells, 'whatsapp'),
      vk: list(cells, 'vk'),
      birthday: birthday ?? null,
      tags: list(cells, 'tags'),
      note: text(cells, 'note'),
      ...(text(cells, 'source') && {source: text(cells, 'source')}),
      consent: consent ?? 'unknown',
    });
    if (!parsed.success) issues.push(...toFieldIssues(parsed.error.issues).filter((p) => !issues.some((x) => x.field === p.field)));
    if (issues.length || !parsed.success) problems.push({line, issues});
    else rows.push({line, row: parsed.data});
  });
  if (rows.length + problems.length > MAX_IMPORT_ROWS)
    problems.unshift({line: 0, issues: [{field: 'file', code: 'crm.import.tooMany', params: {max: MAX_IMPORT_ROWS}}]});
  return {rows, problems, headerLine: headerIndex + 1};
}
