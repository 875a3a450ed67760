// Settings → "Данные компании" (issue 19), for those who hold company.manage:
// download the company's export (one zip: every table as JSON and CSV, the
// files, a manifest) and load an export into this company while it is still
// empty. Both need the server: the zip is made there and read there.
import {useState, type FormEvent} from 'react';
import {useI18n} from '../../i18n/i18n.tsx';
import type {Session} from '../../session/session.ts';

type Imported = {rows: number; files: number};

export function DataSection({session}: {session: Session}) {
  const {t, locale} = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<Imported>();

  async function load(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    if (!confirm(t('dataExport.importConfirm', {file: file.name, company: session.company.name}))) return;
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      // The zip itself is the body: nothing is read into the page but the answer.
      const res = await fetch('/api/v1/company/import', {
        method: 'POST',
        credentials: 'same-origin',
        headers: {'Content-Type': 'application/zip', 'Accept-Language': locale},
        body: file,
      });
      const body = (await res.json().catch(() => undefined)) as {error?: {message: string}} & Partial<Imported>;
      if (res.ok) setDone({rows: body.rows ?? 0, files: body.files ?? 0});
      else setError(body?.error?.message ?? res.statusText);
    } catch {
      setError(t('dataExport.offline'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel data-export">
      <h2>{t('dataExport.title')}</h2>
      <p className="muted">{t('dataExport.lead')}</p>
      <a className="button-like" href={`/api/v1/company/export?lang=${locale}`} download>
        {t('dataExport.download')}
      </a>
      <h3>{t('dataExport.importTitle')}</h3>
      <p className="muted">{t('dataExport.importHint')}</p>
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
      {done ? <p role="status">{t('dataExport.imported', {rows: done.rows, files: done.files})}</p> : null}
      <form onSubmit={load}>
        <label htmlFor="data-import-file">{t('dataExport.importFile')}</label>
        <input
          id="data-import-file"
          type="file"
          accept=".zip,application/zip"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setError(undefined);
            setDone(undefined);
          }}
        />
        <button type="submit" disabled={!file || busy}>
          {busy ? t('dataExport.importing') : t('dataExport.importButton')}
        </button>
      </form>
    </section>
  );
}
