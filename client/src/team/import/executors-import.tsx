// Executors from a spreadsheet laid out as the customer's database exports it
// (S2: № пп | Фамилия | Имя | Отчество | Должность), read on this device,
// previewed row by row, then written in one step: every ticked row or none.
import {ownerLevelKeys, executorRole} from '#shared/team/rules.ts';
import {useQuery} from '@rocicorp/zero/react';
import {useMemo, useState} from 'react';
import {uuidv7} from 'uuidv7';
import type {MessageKey} from '#shared/i18n/catalog.ts';
import {mutators} from '../../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {readExecutorSheet, type SheetResult} from '#shared/team/executors-sheet.ts';
import {previewExecutors} from '#shared/team/import-preview.ts';
import {useI18n} from '../../i18n/i18n.tsx';
import {useRoleName} from '../../requests/use-role-name.ts';
import {Link} from '../../router/router.tsx';
import {useWrite} from '../../write/writer.tsx';
import {PreviewTable} from './preview-table.tsx';
import {readTable, UnreadableFile} from './read-table.ts';

type Read = {file: string; sheet: SheetResult};

const COLUMN: Record<string, MessageKey> = {lastName: 'exec.field.lastName', firstName: 'exec.field.firstName', position: 'exec.field.position'};

export function ExecutorsImport() {
  const {t} = useI18n();
  const write = useWrite();
  const roleName = useRoleName();
  const [members] = useQuery(queries.team.members());
  const [roles] = useQuery(queries.team.roles());
  const [read, setRead] = useState<Read>();
  // What the person ticked or unticked; every other row keeps the preview's choice.
  const [ticks, setTicks] = useState<ReadonlyMap<number, boolean>>(new Map());
  const [role, setRole] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const pickable = roles.filter((r) => !ownerLevelKeys(roles).has(r.key));
  const chosenRole = role || executorRole(roles)?.key || '';
  // The team may still be arriving on a fresh device: the preview follows it, so a repeat is never missed.
  const rows = useMemo(() => (read ? previewExecutors(read.sheet, members) : []), [read, members]);
  const checked = useMemo(() => new Set(rows.filter((r) => r.importable && (ticks.get(r.line) ?? r.checked)).map((r) => r.line)), [rows, ticks]);

  async function pick(file: File | undefined) {
    setError(undefined);
    setDone(undefined);
    setRead(undefined);
    if (!file) return;
    setBusy(true);
    try {
      setRead({file: file.name, sheet: readExecutorSheet(await readTable(file))});
      setTicks(new Map());
    } catch (e) {
      if (!(e instanceof UnreadableFile)) console.error(e);
      setError(t('v.spreadsheet'));
    } finally {
      setBusy(false);
    }
  }

  async function importChecked() {
    const chosen = rows.filter((r) => checked.has(r.line));
    if (!chosen.length) return;
    setBusy(true);
    setError(undefined);
    const r = await write(
      mutators.member.importExecutors({
        rows: chosen.map(({row}) => ({
          id: uuidv7(),
          lastName: row.lastName,
          firstName: row.firstName,
          middleName: row.middleName,
          position: row.position,
          phone: row.phone,
        })),
        role: chosenRole,
        at: Date.now(),
      }),
    );
    setBusy(false);
    if (!r.ok) return setError(r.message);
    setDone(t('exec.done', {count: chosen.length}));
    setRead(undefined);
  }

  const tick = (lines: readonly number[], on: boolean) => {
    const next = new Map(ticks);
    for (const line of lines) next.set(line, on);
    setTicks(next);
  };
  const count = checked.size;
  const errors = rows.filter((r) => !r.importable).length;
  const missing = read?.sheet.missingColumns ?? [];
  // The write checks the role on this device first: wait until the roles are here.
  const roleKnown = pickable.some((r) => r.key === chosenRole);
  return (
    <div className="page exec-import">
      <Link href="/team" className="back-link rs-back">
        ← {t('team.title')}
      </Link>
      <h1>{t('exec.title')}</h1>
      <section className="panel">
        <p className="field-hint">{t('exec.hint')}</p>
        <div className="field">
          <label htmlFor="exec-file">{t('exec.pick')}</label>
          <input
            id="exec-file"
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => void pick(e.target.files?.[0])}
          />
        </div>
        {busy && !read ? <p className="muted">{t('exec.reading')}</p> : null}
        {error ? (
          <div className="alert" role="alert">
            {error}
          </div>
        ) : null}
        {done ? (
          <p className="save-ok" role="status">
            ✓ {done}
          </p>
        ) : null}
      </section>
      {missing.length ? (
        <div className="alert" role="alert">
          {t('exec.missingColumns', {columns: missing.map((c) => (COLUMN[c] ? t(COLUMN[c]!) : c)).join(', ')})}
        </div>
      ) : null}
      {read && !missing.length && !rows.length ? <p className="alert">{t('exec.empty')}</p> : null}
      {read && rows.length ? (
        <section className="panel">
          <h2>{read.file}</h2>
          <p role="status" className="exec-summary">
            {t('exec.summary', {total: rows.length, checked: count, errors})}
          </p>
          <div className="btn-row">
            <button
              type="button"
              onClick={() =>
                tick(
                  rows.filter((r) => r.importable).map((r) => r.line),
                  true,
                )
              }
            >
              {t('exec.selectAll')}
            </button>
            <button
              type="button"
              onClick={() =>
                tick(
                  rows.map((r) => r.line),
                  false,
                )
              }
            >
              {t('exec.selectNone')}
            </button>
          </div>
          <PreviewTable rows={rows} checked={checked} onToggle={(line, on) => tick([line], on)} />
          <div className="field">
            <label htmlFor="exec-role">{t('exec.role')}</label>
            <select id="exec-role" value={chosenRole} onChange={(e) => setRole(e.target.value)}>
              {pickable.map((r) => (
                <option key={r.key} value={r.key}>
                  {roleName(r.key)}
                </option>
              ))}
            </select>
          </div>
          <p className="field-hint">{t('exec.allOrNothing')}</p>
          <button type="button" className="primary" disabled={!count || busy || !roleKnown} onClick={() => void importChecked()}>
            {t('exec.import', {count})}
          </button>
        </section>
      ) : null}
    </div>
  );
}
