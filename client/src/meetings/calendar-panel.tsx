// Each person's calendar subscription: a private ICS link to their meetings,
// task deadlines and bookings (POST /api/v1/calendar/feed answers {url}), to
// paste into Google, Apple or Outlook, and revoked in one click (DELETE).
// The secret is shown once, when made; making it again replaces it.
import {useState} from 'react';
import {useI18n} from '../i18n/i18n.tsx';
import {api, type ApiResult} from '../session/api.ts';

/** An answer that could not be read (not JSON). */
const BROKEN: ApiResult<never> = {ok: false, status: 500, error: {code: 'http', message: ''}};

type State = {kind: 'idle'} | {kind: 'busy'} | {kind: 'shown'; url: string} | {kind: 'revoked'} | {kind: 'error'; text: string};

export function CalendarPanel() {
  const {t, locale} = useI18n();
  const [state, setState] = useState<State>({kind: 'idle'});
  const [copied, setCopied] = useState(false);

  const failure = (r: ApiResult<unknown>) => (r.status === 0 ? t('meetings.cal.offline') : (!r.ok && r.error.message) || t('meetings.cal.failed'));

  async function make() {
    setState({kind: 'busy'});
    const r = await api<{url?: string}>('/calendar/feed', {method: 'POST', body: {}, locale}).catch(() => BROKEN);
    if (r.ok && r.data?.url) setState({kind: 'shown', url: r.data.url});
    else setState({kind: 'error', text: failure(r)});
  }

  async function revoke() {
    setState({kind: 'busy'});
    const r = await api('/calendar/feed', {method: 'DELETE', locale}).catch(() => BROKEN);
    if (r.ok || r.status === 404) setState({kind: 'revoked'});
    else setState({kind: 'error', text: failure(r)});
  }

  async function copy(url: string) {
    await navigator.clipboard?.writeText(url).catch(() => undefined);
    setCopied(true);
  }

  return (
    <section className="panel calendar-panel" aria-labelledby="cal-title">
      <h2 id="cal-title">{t('meetings.cal.title')}</h2>
      <p className="muted">{t('meetings.cal.hint')}</p>
      {state.kind === 'shown' ? (
        <>
          <label htmlFor="cal-url">{t('meetings.cal.url')}</label>
          <div className="cal-url-row">
            <input id="cal-url" readOnly value={state.url} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" onClick={() => void copy(state.url)}>
              {copied ? t('action.copied') : t('action.copy')}
            </button>
          </div>
          <p className="field-hint">{t('meetings.cal.private')}</p>
          <ul className="cal-hints">
            <li>{t('meetings.cal.google')}</li>
            <li>{t('meetings.cal.apple')}</li>
            <li>{t('meetings.cal.outlook')}</li>
          </ul>
        </>
      ) : null}
      {state.kind === 'revoked' ? <p role="status">{t('meetings.cal.revoked')}</p> : null}
      {state.kind === 'error' ? (
        <p className="field-error" role="alert">
          {state.text}
        </p>
      ) : null}
      <div className="cal-actions">
        <button type="button" className={state.kind === 'shown' ? undefined : 'primary'} disabled={state.kind === 'busy'} onClick={() => void make()}>
          {t('meetings.cal.make')}
        </button>
        <button type="button" disabled={state.kind === 'busy'} onClick={() => void revoke()}>
          {t('meetings.cal.revoke')}
        </button>
      </div>
    </section>
  );
}
