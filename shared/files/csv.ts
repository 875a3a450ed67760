// CSV as the business's spreadsheets read it, written and read back the same
// way by every export and import (catalog, clients, request views).
//
// A cell that starts with = + - @ (or a tab / carriage return, or their
// full-width forms) is a formula to Excel and LibreOffice: a visitor who types
// `=HYPERLINK("http://evil","Позвонить")` or `-2+3+cmd|' /C calc'!A0` as their
// name would have it run on the owner's computer when the export is opened.
// Such cells are written with a leading apostrophe (papaparse's escapeFormulae),
// which spreadsheets show as text; numbers and phones (+77011234567, -500,
// +7 701 123 45 67) are left alone, since they cannot call anything. Imports
// take the apostrophe off again, so an export reads back unchanged.

/** A spreadsheet in Kazakhstan opens this directly: BOM, semicolons, CRLF. */
export const CSV_BOM = '\uFEFF';

/** What makes a spreadsheet read a cell as a formula (and their full-width forms). */
const FORMULA_START = String.raw`[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]`;

/**
 * The formula starts — except a number or a phone (+, -, digits, spaces,
 * brackets, dots, commas only: no function, reference or DDE can be spelt
 * without letters, `|` or `!`), which must stay readable as it is. A cell that
 * already begins with apostrophes before a formula start is escaped too, so that
 * reading back (which takes one apostrophe off) gives exactly what was typed.
 */
export const FORMULA_CELL = new RegExp(String.raw`^(?![+-][\d\s().,+-]*$)'*` + FORMULA_START);

/**
 * Imports take the delimiter from the file (a file saved by Google Sheets uses
 * commas, by a Russian-locale Excel semicolons, a copy from a table tabs), read
 * off the first record outside quotes by `delimiterOf`. Exports quote every cell
 * that holds a comma or a tab, so a one-column export whose cell is "," is not
 * read back as a comma file (papaparse's own guess did exactly that).
 */
const OTHER_DELIMITER = /[,\t]/;

/** papaparse `unparse` options for every export. */
export const CSV_OPTIONS = {
  delimiter: ';',
  newline: '\r\n',
  escapeFormulae: FORMULA_CELL,
  quotes: (value: unknown) => typeof value === 'string' && OTHER_DELIMITER.test(value),
} as const;

/** An apostrophe an export put before a formula start. */
const ESCAPED_FORMULA = new RegExp(`^'(?='*${FORMULA_START})`);

/** A cell as it was before an export escaped it. */
export function unescapeCell(value: string): string {
  return value.replace(ESCAPED_FORMULA, '');
}

/**
 * The delimiter of a CSV text: the first of ; tab , that its first record holds
 * outside quotes (a header such as "Имя, фамилия<TAB>Телефон" is a tab file),
 * else ";" — a one-column file reads the same with any.
 */
export function delimiterOf(text: string): ';' | '\t' | ',' {
  const seen = new Set<string>();
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted) seen.add(ch);
  }
  return seen.has(';') ? ';' : seen.has('\t') ? '\t' : seen.has(',') ? ',' : ';';
}

/** papaparse `parse` options for every import of `text`. */
export function csvParseOptions(text: string) {
  return {delimiter: delimiterOf(text), skipEmptyLines: 'greedy', transform: unescapeCell} as const;
}
