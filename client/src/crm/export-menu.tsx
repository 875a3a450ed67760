// Export of the clients on screen (the current filter) as CSV or XLSX, made on
// the device from its replica — offline too. Every export is first written to
// the log through the outbox (who, when, how many, with contacts or not): it
// reaches the server's audit log as soon as there is a network.
import {useState} from 'react';
import {uuidv7} from 'uuidv7';
import {exportClientRows} from '#shared/crm/export.ts';
import {clientSourceLabel} from '#shared/crm/source.ts';
import {CSV_BOM, CSV_OPTIONS} from '#shared/files/csv.ts';
import {mutators} from '../sync/mutators.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {useWrite} from '../write/writer.tsx';
import type {ClientRow, CrmData} from './use-crm.ts';

function download(blob: Blob, name: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

export function ExportMenu({crm, clients, timeZone}: {crm: CrmData; clients: readonly ClientRow[]; timeZone: string}) {
  const {t} = useI18n();
  const write = useWrite();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string>();

  async function run(format: 'csv' | 'xlsx') {
    setMessage(undefined);
    const logged = await write(mutators.client.logExport({id: uuidv7(), format, rows: clients.length, withContacts: crm.seesContacts, at: Date.now()}));
    if (!logged.ok) {
      setMessage(logged.message);
      return;
    }
    const day = new Intl.DateTimeFormat('sv-SE', {timeZone});
    const table = exportClientRows(clients, crm.contacts, crm.statsOf, {
      withContacts: crm.seesContacts,
      t,
      date: (ms) => day.format(ms),
      sourceLabel: (s) => clientSourceLabel(s, t),
    });
    const name = `clients-${day.format(Date.now())}`;
    if (format === 'csv') {
      const Papa = (await import('papaparse')).default;
      download(new Blob([CSV_BOM + Papa.unparse(table, CSV_OPTIONS)], {type: 'text/csv;charset=utf-8'}), `${name}.csv`);
    } else {
      const writeXlsxFile = (await import('write-excel-file/browser')).default;
      download(await writeXlsxFile(table).toBlob(), `${name}.xlsx`);
    }
    setMessage(t('crm.export.done'));
  }

  return (
    <div className="export-menu">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('crm.export')}
      </button>
      {open ? (
        <div className="export-panel">
          <p className="field-hint">{t('crm.export.hint')}</p>
          <div className="crm-actions">
            <button type="button" onClick={() => void run('csv')}>
              {t('crm.export.csv')}
            </button>
            <button type="button" onClick={() => void run('xlsx')}>
              {t('crm.export.xlsx')}
            </button>
          </div>
          {message ? <p role="status">{message}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
