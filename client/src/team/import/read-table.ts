// A spreadsheet picked on the device, read into rows of cells on the device
// (so the import works offline): .xlsx through read-excel-file's browser build,
// .csv through papaparse — both loaded only when a file is picked. Excel on
// Windows often saves CSV in Windows-1251, so a file that is not UTF-8 is read as that.
import {csvParseOptions} from '#shared/files/csv.ts';

export class UnreadableFile extends Error {}

function decode(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

export async function readTable(file: Blob): Promise<unknown[][]> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  // Every .xlsx is a zip, and a zip starts with "PK".
  if (head[0] === 0x50 && head[1] === 0x4b) {
    try {
      const {readSheet} = await import('read-excel-file/browser');
      return (await readSheet(file)) as unknown[][];
    } catch {
      throw new UnreadableFile();
    }
  }
  const text = decode(await file.arrayBuffer()).replace(/^\uFEFF/, '');
  if (text.includes('\u0000')) throw new UnreadableFile();
  const Papa = (await import('papaparse')).default;
  const rows = Papa.parse<string[]>(text, csvParseOptions(text)).data;
  if (!rows.length) throw new UnreadableFile();
  return rows;
}
