// Executors from a spreadsheet laid out as the customer's database exports it
// (S2): `№ пп | Фамилия | Имя | Отчество | Должность`. Headers are found by
// name (any order, any case, Kazakh and English names too), so a sheet with an
// extra column or a phone column still reads. Every row is checked; the import
// is all or nothing, or leaves out only the rows the user unticks.
import type {FieldIssue} from '../errors.ts';
import {normalizePhone} from '../phone.ts';

export type ExecutorRow = {line: number; lastName: string; firstName: string; middleName: string; position: string; phone: string};
/** A row that cannot be imported, with what it held, so a preview can show it beside the reason. */
export type RowProblem = {line: number; issues: FieldIssue[]; row: ExecutorRow};
export type SheetResult = {rows: ExecutorRow[]; problems: RowProblem[]; missingColumns: string[]};

const COLUMNS: Record<keyof Omit<ExecutorRow, 'line'>, string[]> = {
  lastName: ['фамилия', 'тегі', 'last name', 'surname'],
  firstName: ['имя', 'аты', 'first name', 'name'],
  middleName: ['отчество', 'әкесінің аты', 'middle name', 'patronymic'],
  position: ['должность', 'лауазымы', 'position', 'job title'],
  phone: ['телефон', 'phone'],
};
const REQUIRED: (keyof typeof COLUMNS)[] = ['lastName', 'firstName', 'position'];

const clean = (v: unknown) => (v === null || v === undefined ? '' : String(v).replace(/\s+/g, ' ').trim());

/** Reads the rows of the first sheet (an array of cell values per row, header first). */
export function readExecutorSheet(table: readonly (readonly unknown[])[]): SheetResult {
  const headerIndex = table.findIndex((r) => r.some((c) => clean(c) !== ''));
  if (headerIndex < 0) return {rows: [], problems: [], missingColumns: REQUIRED};
  const header = table[headerIndex]!.map((c) => clean(c).toLocaleLowerCase().replace(/\.$/, ''));
  const at = Object.fromEntries(
    (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).map((key) => [key, header.findIndex((h) => COLUMNS[key].includes(h))]),
  ) as Record<keyof typeof COLUMNS, number>;
  const missingColumns = REQUIRED.filter((k) => at[k] < 0);
  if (missingColumns.length) return {rows: [], problems: [], missingColumns};
  const rows: ExecutorRow[] = [];
  const problems: RowProblem[] = [];
  table.slice(headerIndex + 1).forEach((cells, i) => {
    const line = headerIndex + i + 2;
    const get = (k: keyof typeof COLUMNS) => (at[k] >= 0 ? clean(cells[at[k]]) : '');
    if (cells.every((c) => clean(c) === '')) return;
    const row: ExecutorRow = {
      line,
      lastName: get('lastName'),
      firstName: get('firstName'),
      middleName: get('middleName'),
      position: get('position'),
      phone: get('phone'),
    };
    const issues: FieldIssue[] = [];
    for (const k of REQUIRED) if (!row[k]) issues.push({field: k, code: 'v.required'});
    for (const k of ['lastName', 'firstName', 'middleName', 'position'] as const)
      if (row[k].length > 120) issues.push({field: k, code: 'v.tooLong', params: {max: 120}});
    if (row.phone) {
      const phone = normalizePhone(row.phone);
      if (phone) row.phone = phone;
      else issues.push({field: 'phone', code: 'v.phone'});
    }
    if (issues.length) problems.push({line, issues, row});
    else rows.push(row);
  });
  return {rows, problems, missingColumns};
}

export function fullName(r: Pick<ExecutorRow, 'lastName' | 'firstName' | 'middleName'>): string {
  return [r.lastName, r.firstName, r.middleName].filter(Boolean).join(' ');
}
