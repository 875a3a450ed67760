// Support access (issue 18), in Settings for those who hold company.manage:
// grant the platform's support 1–72 hours of reading, see the grants (synced,
// so this works offline), take one back, and see every read support made
// (the access log, from the server when online).
import {useQuery} from '@rocicorp/zero/react';
import {useEffect, useState, type FormEvent} from 'react';
import {formatDate} from '#shared/i18n/format.ts';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {GRANT_HOURS, grantOpen} from '#shared/support/validation.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {api} from '../session/api.ts';
import {useWrite} from '../write/writer.tsx';

const ZONE = 'Asia/Almaty';
type LogEntry = {at: number; who: string; what: string | null};

export function SupportAccess() {
  const {t, locale} = useI18n();
  const write = useWrite();
  const [grants] = useQuery(queries.support.grants());
  const [hours, setHours] = useState('24');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const [log, setLog] = useState<LogEntry[] | null>();
  const open = grants.filter((g) => grantOpen(g, Date.now()));
  const when = (ms: number) => formatDate(ms, ZONE, locale, 'dateTime');

  useEffect(() => {
    void api<{entries: LogEntry[]}>('/support/access-log', {locale}).then((r) => setLog(r.ok ? r.data.entries : null));
  }, [locale, open.length]);

  async function grant(e: FormEvent) {
    e.preventDefault();
    const res = await write(mutators.support.grant({id: crypto.randomUUID(), hours: Number(hours), note: note.trim() || undefined, at: Date.now()}));
    setError(res.ok ? undefined : res.message);
    if (res.ok) setNote('');
  }
  async function revoke(id: string) {
    const res = await write(mutators.support.revoke({id, at: Date.now()}));
    setError(res.ok ? undefined : res.message);
  }

  return (
    <section className="panel support-access">
      <h2>{t('support.title')}</h2>
      <p className="muted">{t('support.lead')}</p>
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
      {open.length ? null : (
        <form onSubmit={grant}>
          <label htmlFor="support-hours">{t('support.hours')}</label>
          <input
            id="support-hours"
            type="number"
            inputMode="numeric"
            min={GRANT_HOURS.min}
            max={GRANT_HOURS.max}
            value={hours}
            onChange={(e) => setHours(e.target.value)}
          />
          <label htmlFor="support-note">{t('support.note')}</label>
          <input id="support-note" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
          <button className="primary wide">{t('support.grant')}</button>
        </form>
      )}
      {grants.length ? (
        <ul className="support-grants">
          {grants.map((g) => (
            <li key={g.id}>
              <span>
                {grantOpen(g, Date.now())
                  ? t('support.activeUntil', {time: when(g.expires_at)})
                  : g.revoked_at
                    ? t('support.revokedAt', {time: when(g.revoked_at)})
                    : t('support.ended')}
                {g.note ? <span className="muted wrap-anywhere"> · {g.note}</span> : null}
              </span>
              {grantOpen(g, Date.now()) ? (
                <button type="button" onClick={() => void revoke(g.id)}>
                  {t('support.revoke')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('support.none')}</p>
      )}
      <h3>{t('support.log.title')}</h3>
      {log === null ? (
        <p className="muted">{t('support.log.offline')}</p>
      ) : log === undefined ? null : log.length ? (
        <ul className="support-log">
          {log.map((e) => (
            <li key={`${e.at}-${e.who}`}>{t('support.log.entry', {time: when(e.at), who: e.who})}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('support.log.empty')}</p>
      )}
    </section>
  );
}
