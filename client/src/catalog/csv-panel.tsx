// CSV import and export of the catalog, the way Excel in Kazakhstan writes it
// (semicolons, BOM). Import shows what will happen and the bad rows first;
// then the whole file is one write — it lands entirely or not at all.
import {useQuery} from '@rocicorp/zero/react';
import {useState} from 'react';
import {exportRows, planImport, type ImportPlan} from '#shared/catalog/csv.ts';
import {CSV_BOM, CSV_OPTIONS, csvParseOptions} from '#shared/files/csv.ts';
import {describeIssues} from '#shared/validation/describe.ts';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {useWrite} from '../write/writer.tsx';

export function CsvPanel({canEdit}: {canEdit: boolean}) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const [items] = useQuery(queries.catalog.items());
  const [categories] = useQuery(queries.catalog.categories());
  const [plan, setPlan] = useState<ImportPlan>();
  const [done, setDone] = useState<string>();

  async function exportCsv() {
    const Papa = (await import('papaparse')).default;
    const rows = exportRows(
      items.filter((i) => !i.archived_at),
      categories,
      t,
      locale,
    );
    const blob = new Blob([CSV_BOM + Papa.unparse(rows, CSV_OPTIONS)], {type: 'text/csv;charset=utf-8'});
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'catalog.csv';
    a.click();
    URL.revokeObjectURL(a.href);
  }

  async function read(file: File | undefined) {
    if (!file) return;
    setDone(undefined);
    const Papa = (await import('papaparse')).default;
    const text = (await file.text()).replace(/^\uFEFF/, '');
    const table = Papa.parse<string[]>(text, csvParseOptions(text)).data;
    setPlan(planImport(table, {items, categories}, () => crypto.randomUUID(), Date.now()));
  }

  async function apply() {
    if (!plan || plan.errors.length) return;
    const r = await write(mutators.catalog.importItems(plan.args));
    setDone(r.ok ? t('catalog.csv.done') : r.message);
    if (r.ok) setPlan(undefined);
  }

  return (
    <div className="page cabinet">
      <Link href="/catalog" className="back-link">
        ← {t('action.back')}
      </Link>
      <h1>CSV</h1>
      <section className="panel">
        <h2>{t('catalog.csv.export')}</h2>
        <button type="button" onClick={() => void exportCsv()}>
          ⭳ {t('catalog.csv.export')}
        </button>
      </section>
      {canEdit ? (
        <section className="panel">
          <h2>{t('catalog.csv.import')}</h2>
          <p className="field-hint">{t('catalog.csv.hint')}</p>
          <input type="file" accept=".csv,text/csv" aria-label={t('catalog.csv.import')} onChange={(e) => void read(e.target.files?.[0])} />
          {plan ? (
            plan.errors.length ? (
              <div className="alert" role="alert">
                <p>{t('catalog.csv.errors')}</p>
                <ul>
                  {plan.errors.map((e) => (
                    <li key={e.row}>
                      {t('catalog.csv.rowError', {
                        row: e.row,
                        message: describeIssues(e.issues, t)
                          .map((d) => d.text)
                          .join('; '),
                      })}
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <div className="csv-preview">
                <p>{t('catalog.csv.preview', {created: plan.created, updated: plan.updated})}</p>
                <button type="button" className="primary" onClick={() => void apply()}>
                  {t('catalog.csv.apply')}
                </button>
              </div>
            )
          ) : null}
          {done ? <p role="status">✓ {done}</p> : null}
        </section>
      ) : null}
    </div>
  );
}
