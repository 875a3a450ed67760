// Export: XLSX made on the device (offline too), a one-page PDF from the
// server when online, and the browser's print (a print stylesheet keeps just
// the figures) — offline the way to paper or a PDF.
import {useEffect, useState} from 'react';
import type {Dashboard} from '#shared/analytics/types.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {download, sheetRows} from './export.ts';
import type {Labels} from './tables.ts';
import {dashboardSearch} from './use-dashboard.ts';

function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(navigator.onLine);
    window.addEventListener('online', on);
    window.addEventListener('offline', on);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', on);
    };
  }, []);
  return online;
}

export function ExportBar({current, previous, labels}: {current: Dashboard; previous: Dashboard; labels: Labels}) {
  const {t} = useI18n();
  const online = useOnline();
  const [done, setDone] = useState(false);
  const q = current.query;
  async function xlsx() {
    setDone(false);
    const writeXlsxFile = (await import('write-excel-file/browser')).default;
    download(await writeXlsxFile(sheetRows(current, previous, labels, t)).toBlob(), `analytics-${q.from}-${q.to}.xlsx`);
    setDone(true);
  }
  return (
    <div className="an-export no-print" role="group" aria-label={t('an.export')}>
      <button type="button" onClick={() => void xlsx()}>
        {t('an.export.xlsx')}
      </button>
      {online ? (
        <a className="button-like" href={`/api/v1/analytics/dashboard.pdf?${dashboardSearch(q)}`} download>
          {t('an.export.pdf')}
        </a>
      ) : null}
      <button type="button" onClick={() => window.print()}>
        {t('an.print')}
      </button>
      {done ? (
        <span role="status" className="muted">
          {t('an.exported')}
        </span>
      ) : null}
    </div>
  );
}
