// The current view to a file, on the device (offline too): CSV the way Excel
// in Kazakhstan opens it (semicolons, UTF-8 with BOM, so Cyrillic and Kazakh
// letters survive), or XLSX with real numbers and dates. Both libraries load
// only when someone exports.
import {CSV_BOM, CSV_OPTIONS} from '#shared/files/csv.ts';
import {csvTable, wallClockAsUtc, type ExportSheet} from '#shared/requests/export.ts';

function download(blob: Blob, name: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

export async function downloadCsv(sheet: ExportSheet, timeZone: string, baseName: string) {
  const Papa = (await import('papaparse')).default;
  const text = CSV_BOM + Papa.unparse(csvTable(sheet, timeZone), CSV_OPTIONS);
  download(new Blob([text], {type: 'text/csv;charset=utf-8'}), `${baseName}.csv`);
}

export async function downloadXlsx(sheet: ExportSheet, timeZone: string, baseName: string) {
  const writeXlsxFile = (await import('write-excel-file/browser')).default;
  const header = sheet.header.map((value) => ({value, fontWeight: 'bold' as const}));
  const rows = sheet.rows.map((row) =>
    row.map((c) => {
      if (c === null) return null;
      if (c.kind === 'number') return {value: c.value, type: Number};
      if (c.kind === 'time') return {value: new Date(wallClockAsUtc(c.value, timeZone)), type: Date, format: 'dd.mm.yyyy hh:mm'};
      return {value: c.value, type: String};
    }),
  );
  const blob = await writeXlsxFile([header, ...rows], {
    columns: [
      {width: 8},
      {width: 40},
      {width: 18},
      {width: 18},
      {width: 12},
      {width: 22},
      {width: 22},
      {width: 18},
      {width: 16},
      {width: 17},
      {width: 17},
      {width: 22},
    ],
    stickyRowsCount: 1,
  }).toBlob();
  download(blob, `${baseName}.xlsx`);
}
