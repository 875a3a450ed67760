// "Notices in Telegram": a colleague links their own Telegram once; then their
// notices and clients' messages arrive there, and replying to a client's
// message answers the client (sync-server/messaging/staff.ts). Needs the network.
import {useEffect, useState} from 'react';
import {useI18n} from '../i18n/i18n.tsx';
import {api} from '../session/api.ts';
import {useDeviceOnline} from '../sync/connection-indicator.tsx';

type State = {linked: boolean; available: boolean};

export function TelegramLink() {
  const {t, locale} = useI18n();
  const online = useDeviceOnline();
  const [state, setState] = useState<State>();
  const [url, setUrl] = useState('');
  const [error, setError] = useState('');
  const load = () => void api<State>('/messaging/telegram-link', {locale}).then((r) => r.ok && setState(r.data));
  useEffect(load, [locale]);
  if (!state?.available) return null;
  return (
    <section className="panel telegram-link">
      <h2>{t('channels.staff.title')}</h2>
      <p className="muted">{state.linked ? t('channels.staff.linked') : t('channels.staff.hint')}</p>
      {url ? (
        <p>
          <a href={url} target="_blank" rel="noreferrer" className="button-like">
            {t('channels.staff.open')} →
          </a>
        </p>
      ) : null}
      {error ? <p className="alert">{error}</p> : null}
      <div className="row-actions">
        <button
          type="button"
          disabled={!online}
          onClick={async () => {
            const r = await api<{url: string}>('/messaging/telegram-link', {method: 'POST', locale});
            if (r.ok) {
              setUrl(r.data.url);
              setError('');
            } else setError(r.error.message || t('error.network'));
          }}
        >
          {state.linked ? t('channels.staff.relink') : t('channels.staff.link')}
        </button>
        {state.linked ? (
          <button type="button" disabled={!online} onClick={async () => (await api('/messaging/telegram-link', {method: 'DELETE', locale})).ok && load()}>
            {t('channels.staff.unlink')}
          </button>
        ) : null}
      </div>
      {!online ? <p className="muted small">{t('channels.offline')}</p> : null}
    </section>
  );
}
