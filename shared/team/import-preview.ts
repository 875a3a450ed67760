// What an executors import will do, row by row, before anything is written.
// A row with an error cannot be imported (the write would refuse it), so it is
// left out and says why. A row that repeats a person — earlier in the same
// file, or already in the team — is left out by default but may be ticked:
// two people can share a name, and only the user knows.
import type {FieldIssue} from '../errors.ts';
import type {ExecutorRow, SheetResult} from './executors-sheet.ts';
import {fullName} from './executors-sheet.ts';

export type Duplicate = {of: 'file'; line: number} | {of: 'team'; name: string};

export type PreviewRow = {
  line: number;
  row: ExecutorRow;
  issues: FieldIssue[];
  duplicate: Duplicate | null;
  /** No errors: the write would accept it. */
  importable: boolean;
  /** Ticked when the preview opens. */
  checked: boolean;
};

/** Names compared as people read them: case, "ё" and extra spaces do not make a different person. */
export function personKey(name: string): string {
  return name.toLocaleLowerCase('ru').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

export function previewExecutors(sheet: SheetResult, team: readonly {name: string}[]): PreviewRow[] {
  const inTeam = new Map(team.map((m) => [personKey(m.name), m.name]));
  const all = [
    ...sheet.rows.map((row) => ({line: row.line, row, issues: [] as FieldIssue[]})),
    ...sheet.problems.map((p) => ({line: p.line, row: p.row, issues: p.issues})),
  ].sort((a, b) => a.line - b.line);
  const firstLine = new Map<string, number>();
  return all.map(({line, row, issues}) => {
    const key = personKey(fullName(row));
    const importable = issues.length === 0;
    let duplicate: Duplicate | null = null;
    const team = inTeam.get(key);
    if (team !== undefined) duplicate = {of: 'team', name: team};
    else if (importable && firstLine.has(key)) duplicate = {of: 'file', line: firstLine.get(key)!};
    // Only a row that can be imported claims a name: a broken first copy must not hide a good second one.
    if (importable && !firstLine.has(key)) firstLine.set(key, line);
    return {line, row, issues, duplicate, importable, checked: importable && !duplicate};
  });
}
