// Clients from a spreadsheet (.xlsx or .csv): the columns as guessed, which
// the person can change; every row checked, with the line and the field of
// each error; what each row will do (new client, or add to a known one).
// The rows chosen land in one write — all of them or none; rows with errors
// are left out only when the person unticks them.
import {useMemo, useState} from 'react';
import {uuidv7} from 'uuidv7';
import {decideImport, summarizeImport, type ImportTarget} from '#shared/crm/import.ts';
import {guessMapping, IMPORT_FIELDS, readClientSheet, type ImportField} from '#shared/crm/sheet.ts';
import {MAX_IMPORT_ROWS} from '#shared/crm/validation.ts';
import {mutators} from '../sync/mutators.ts';
import {formatPhone} from '#shared/phone.ts';
import {describeIssues} from '#shared/validation/describe.ts';
import {useT} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {useWrite} from '../write/writer.tsx';
import {displayName, type CrmData} from './use-crm.ts';
import {csvParseOptions} from '#shared/files/csv.ts';

const PREVIEW_ROWS = 100;

async function readTable(file: File): Promise<unknown[][]> {
  if (/\.xlsx$/i.test(file.name) || file.type.includes('spreadsheetml')) {
    const {readSheet} = await import('read-excel-file/browser');
    return (await readSheet(file)) as unknown[][];
  }
  const Papa = (await import('papaparse')).default;
  const text = (await file.text()).replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(text, csvParseOptions(text)).data;
}

type Loaded = {name: string; table: unknown[][]; headerIndex: number; ids: Map<number, string>};

export function ImportPage({crm}: {crm: CrmData}) {
  const t = useT();
  const write = useWrite();
  const [file, setFile] = useState<Loaded>();
  const [mapping, setMapping] = useState<ImportField[]>([]);
  const [skipped, setSkipped] = useState<ReadonlySet<number>>(new Set());
  const [state, setState] = useState<{working?: boolean; done?: string; error?: string}>({});

  async function choose(f: File | undefined) {
    if (!f) return;
    setState({});
    try {
      const table = await readTable(f);
      const headerIndex = table.findIndex((r) => r.some((c) => String(c ?? '').trim() !== ''));
      // One id per line, made once: the preview and the write name the same new clients.
      const ids = new Map(table.map((_, i) => [i + 1, uuidv7()]));
      setFile({name: f.name, table, headerIndex, ids});
      setMapping(guessMapping(table[headerIndex] ?? []));
      setSkipped(new Set());
    } catch {
      setState({error: t('v.spreadsheet')});
    }
  }

  const read = useMemo(() => (file ? readClientSheet(file.table, mapping, (line) => file.ids.get(line)!) : undefined), [file, mapping]);
  const decisions = useMemo(
    () =>
      read
        ? decideImport(
            read.rows.map((r) => r.row),
            crm.contacts,
            crm.clients,
          )
        : [],
    [read, crm.contacts, crm.clients],
  );
  const chosen = useMemo(() => (read ? read.rows.filter((r) => !skipped.has(r.line)) : []), [read, skipped]);
  const blocking = read ? read.problems.filter((p) => !skipped.has(p.line)) : [];
  const summary = summarizeImport(decisions.filter((_, i) => !skipped.has(read!.rows[i]!.line)));
  const toggle = (line: number) => setSkipped((s) => (s.has(line) ? new Set([...s].filter((x) => x !== line)) : new Set([...s, line])));

  async function apply() {
    if (!chosen.length || blocking.length) return;
    setState({working: true});
    const r = await write(mutators.client.import({rows: chosen.map((c) => c.row), createdAt: Date.now()}));
    if (!r.ok) return setState({error: r.message});
    setState({done: t('crm.import.done', {count: chosen.length})});
    setFile(undefined);
  }

  const target = (tg: ImportTarget) =>
    tg.kind === 'new'
      ? t('crm.import.target.new')
      : tg.kind === 'row'
        ? t('crm.import.target.row')
        : t('crm.import.target.existing', {name: displayName(crm.byId.get(tg.clientId), crm.contactsOf(tg.clientId), t('crm.noName'))});
  const header = file?.table[file.headerIndex] ?? [];

  return (
    <div className="client-card import-page">
      <Link href="/clients" className="back-link">
        ← {t('action.back')}
      </Link>
      <h1>{t('crm.import.title')}</h1>
      <p className="field-hint">{t('crm.import.hint')}</p>
      <div className="import-file">
        <label className="file-button">
          {t('crm.import.choose')}
          <input
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => void choose(e.target.files?.[0])}
          />
        </label>
        {file ? <span className="muted import-file-name"> {file.name}</span> : null}
      </div>
      {state.error ? (
        <div className="alert" role="alert">
          {state.error}
        </div>
      ) : null}
      {state.done ? (
        <p className="notice-inline" role="status">
          ✓ {state.done} <Link href="/clients">{t('crm.title')}</Link>
        </p>
      ) : null}
      {file && read ? (
        <>
          <section className="section">
            <h2>{t('crm.import.mapping')}</h2>
            <div className="mapping">
              {header.map((h, i) => (
                <label key={i}>
                  {t('crm.import.column', {name: String(h ?? '') || String(i + 1)})}
                  <select value={mapping[i] ?? 'skip'} onChange={(e) => setMapping(mapping.map((m, j) => (j === i ? (e.target.value as ImportField) : m)))}>
                    {IMPORT_FIELDS.map((f) => (
                      <option key={f} value={f}>
                        {t(`crm.import.field.${f}`)}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
          </section>
          <section className="section">
            {read.rows.length + read.problems.length === 0 ? <p className="empty">{t('crm.import.noRows')}</p> : null}
            <p role="status" data-testid="import-summary">
              {t('crm.import.summary', summary)}
            </p>
            {read.problems.length ? (
              <div className="alert" role="alert">
                <p>{t('crm.import.errors', {count: read.problems.filter((p) => p.line > 0).length})}</p>
                <button type="button" onClick={() => setSkipped(new Set([...skipped, ...read.problems.map((p) => p.line)]))}>
                  {t('crm.import.skipBad')}
                </button>
              </div>
            ) : null}
            <table className="import-rows">
              <tbody>
                {read.problems.map((p) => (
                  <tr key={`p${p.line}`} className={skipped.has(p.line) ? 'skipped bad' : 'bad'}>
                    <td>
                      {p.line > 0 ? (
                        <input
                          type="checkbox"
                          aria-label={t('crm.import.include', {line: p.line})}
                          checked={!skipped.has(p.line)}
                          onChange={() => toggle(p.line)}
                        />
                      ) : null}
                    </td>
                    <td colSpan={3}>
                      {p.line > 0
                        ? t('crm.import.rowError', {
                            line: p.line,
                            message: describeIssues(p.issues, t)
                              .map((d) => d.text)
                              .join('; '),
                          })
                        : describeIssues(p.issues, t)
                            .map((d) => d.message)
                            .join('; ')}
                    </td>
                  </tr>
                ))}
                {read.rows.slice(0, PREVIEW_ROWS).map((r, i) => (
                  <tr key={r.line} className={skipped.has(r.line) ? 'skipped' : undefined}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('crm.import.include', {line: r.line})}
                        checked={!skipped.has(r.line)}
                        onChange={() => toggle(r.line)}
                      />
                    </td>
                    <td className="muted">{r.line}</td>
                    <td>
                      {r.row.name || '—'} <span className="muted">{r.row.phones.map(formatPhone).join(', ')}</span>
                    </td>
                    <td className="muted">{decisions[i] ? target(decisions[i].target) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {read.rows.length > PREVIEW_ROWS ? <p className="muted">{t('crm.import.more', {count: read.rows.length - PREVIEW_ROWS})}</p> : null}
            <div className="form-actions">
              <button
                type="button"
                className="primary"
                disabled={!chosen.length || blocking.length > 0 || chosen.length > MAX_IMPORT_ROWS || state.working}
                onClick={() => void apply()}
              >
                {t('crm.import.apply', {count: chosen.length})}
              </button>
            </div>
            {state.working ? <p role="status">{t('crm.import.working')}</p> : null}
          </section>
        </>
      ) : null}
    </div>
  );
}
