// "Export": the rows of the current view, in its order, as CSV or XLSX.
import {useState} from 'react';
import {exportSheet, wallClockAsUtc} from '#shared/requests/export.ts';
import {useI18n} from '../../i18n/i18n.tsx';
import {Popover} from './pick.tsx';
import type {ViewContext} from './use-view-env.ts';
import type {ViewRow} from './use-view-rows.ts';

export function ExportMenu({rows, env}: {rows: readonly ViewRow[]; env: ViewContext}) {
  const {t, locale} = useI18n();
  const [done, setDone] = useState<string>();

  async function run(kind: 'csv' | 'xlsx', e: React.MouseEvent<HTMLButtonElement>) {
    (e.currentTarget.closest('details') as HTMLDetailsElement | null)?.removeAttribute('open');
    const sheet = exportSheet(rows, {
      t,
      locale,
      timeZone: env.timeZone,
      now: Date.now(),
      typeName: env.typeName,
      statusName: env.statusName,
      statusKind: env.statusKind,
      responsibleName: env.responsibleName,
      sourceName: env.sourceName,
      escalateAfterHours: (typeId) => env.config.workflowOf(typeId).sla.escalateAfterHours,
    });
    const {downloadCsv, downloadXlsx} = await import('./export-file.ts');
    const day = new Date(wallClockAsUtc(Date.now(), env.timeZone)).toISOString().slice(0, 10);
    const name = `${t('views.export.file')}-${day}`;
    await (kind === 'csv' ? downloadCsv(sheet, env.timeZone, name) : downloadXlsx(sheet, env.timeZone, name));
    setDone(t('views.export.done', {count: rows.length}));
  }

  return (
    <div className="export-menu">
      <Popover label={t('views.export')} active={false}>
        <button type="button" className="menu-item" onClick={(e) => void run('csv', e)}>
          {t('views.export.csv')}
        </button>
        <button type="button" className="menu-item" onClick={(e) => void run('xlsx', e)}>
          {t('views.export.xlsx')}
        </button>
      </Popover>
      <span className="sr-only" role="status">
        {done}
      </span>
    </div>
  );
}
