// The console's backups (issue 19): where they are kept and when they run, the
// last backup and the last proven restore (a verify), "back up now", and the
// runs one by one (a card each, so a phone needs no sideways scrolling).
import type {BackupRun} from '#shared/platform/backup-run.ts';
import {useConsole, type ConsoleKey} from './console-i18n.tsx';
import {useCall, useLoad} from './console-api.ts';
import {ErrorLine, Loading, useFormat} from './console-ui.tsx';

type Run = BackupRun;
type Backups = {target: string; schedule: {on: boolean; at: string; keepDays: number}; kept: string[]; runs: Run[]; running: boolean};

const KIND: Record<Run['kind'], ConsoleKey> = {
  backup: 'console.backups.kind.backup',
  verify: 'console.backups.kind.verify',
  restore: 'console.backups.kind.restore',
};

export function BackupsPage() {
  const {tr} = useConsole();
  const f = useFormat();
  const {data, error, reload} = useLoad<Backups>('/backups');
  const {call, busy, error: runError} = useCall();
  if (!data) return <Loading error={error} />;
  const last = (kind: Run['kind'][]) => data.runs.find((r) => kind.includes(r.kind) && r.finishedAt !== null);
  const backup = last(['backup']);
  const proven = data.runs.find((r) => r.kind !== 'backup' && r.ok);
  const state = (r: Run) => (r.ok === null ? tr('console.backups.running') : r.ok ? tr('console.backups.ok') : tr('console.backups.failed'));
  return (
    <section className="cn-page">
      <h1>{tr('console.nav.backups')}</h1>
      <div className="cn-card">
        <p>
          {tr('console.backups.last')}: <b>{backup ? `${f.dateTime(backup.finishedAt)} · ${state(backup)}` : tr('console.backups.never')}</b>
        </p>
        <p>
          {tr('console.backups.lastVerify')}: <b>{proven ? f.dateTime(proven.finishedAt) : tr('console.backups.never')}</b>
        </p>
        <p className="muted wrap-anywhere">
          {data.schedule.on ? tr('console.backups.schedule', {at: data.schedule.at, days: data.schedule.keepDays}) : tr('console.backups.scheduleOff')}
          {' · '}
          {data.target}
        </p>
        <button
          type="button"
          disabled={busy || data.running}
          onClick={() =>
            void call('/backups', {method: 'POST'}).then(() => {
              reload();
              setTimeout(reload, 3000);
            })
          }
        >
          {data.running ? tr('console.backups.running') : tr('console.backups.runNow')}
        </button>
        <ErrorLine error={runError} />
      </div>
      <h2>{tr('console.backups.runs')}</h2>
      {data.runs.length === 0 ? (
        <p className="empty">{tr('console.backups.none')}</p>
      ) : (
        <ol className="cn-list">
          {data.runs.map((r) => (
            <li key={r.id} className="cn-card">
              <div className="cn-card-head">
                <b>{tr(KIND[r.kind])}</b>
                <time className="muted">{f.dateTime(r.startedAt)}</time>
              </div>
              <div className="wrap-anywhere">
                {state(r)}
                {r.name ? <span className="muted"> · {r.name}</span> : null}
                {r.bytes != null ? <span> · {f.bytes(r.bytes)}</span> : null}
                {r.rows != null ? <span> · {tr('console.backups.rows', {n: f.number(r.rows)})}</span> : null}
                {r.files != null ? <span> · {tr('console.backups.files', {n: f.number(r.files)})}</span> : null}
                {r.durationMs != null ? (
                  <span className="muted"> · {tr('console.backups.seconds', {n: f.number(Math.round(r.durationMs / 100) / 10)})}</span>
                ) : null}
              </div>
              {r.error ? <p className="cn-reason wrap-anywhere">{r.error}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
