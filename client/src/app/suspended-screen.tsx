// The platform stopped this company (issue 18): a full screen with why, and
// for a deleted one when its data goes and the owner's "download my data".
// Nothing on the device is dropped — the replica and the outbox stay, and
// whatever waits in the outbox is sent once the company is reinstated.
import {useZero} from '@rocicorp/zero/react';
import {useEffect, useRef, useState} from 'react';
import {formatDate} from '#shared/i18n/format.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {api, type CompanyStop} from '../session/api.ts';
import type {Session} from '../session/session.ts';

const RECHECK_MS = 30_000;

type Props = {stop: CompanyStop; session: Session; onBack: (s: Session) => void; onStillStopped: (stop: CompanyStop) => void};

export function SuspendedScreen({stop, session, onBack, onStillStopped}: Props) {
  const {t, locale} = useI18n();
  const zero = useZero();
  const [checking, setChecking] = useState(false);
  const [same, setSame] = useState(false);
  async function checkAgain(quiet = false) {
    if (!quiet) {
      setChecking(true);
      setSame(false);
    }
    const r = await api<Session>('/auth/me', {locale});
    if (!quiet) setChecking(false);
    if (r.ok) {
      onBack(r.data);
      void zero.connection.connect();
    } else if (r.error.stop) {
      onStillStopped(r.error.stop);
      if (!quiet) setSame(true);
    } else if (!quiet) setSame(true);
  }
  // Reinstated, the app comes back by itself: it asks again every half minute
  // and when the device comes back online or the screen is looked at again.
  const check = useRef(checkAgain);
  check.current = checkAgain;
  useEffect(() => {
    const quietly = () => void check.current(true);
    const timer = setInterval(quietly, RECHECK_MS);
    const onVisible = () => document.visibilityState === 'visible' && quietly();
    window.addEventListener('online', quietly);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', quietly);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  const owner = session.permissions.includes('company.manage');
  return (
    <div className="suspended-screen" role="alertdialog" aria-labelledby="suspended-title">
      <div className="auth-card">
        <h1 id="suspended-title">{t(`suspension.title.${stop.status}`)}</h1>
        <p>
          <b>{session.company.name}</b>
        </p>
        {stop.reason ? <p>{t('suspension.reason', {reason: stop.reason})}</p> : null}
        {stop.status === 'deleted' && stop.deleteAfter ? (
          <p className="alert">{t('suspension.deleteAfter', {date: formatDate(stop.deleteAfter, 'Asia/Almaty', locale, 'date')})}</p>
        ) : null}
        <p className="muted">{t('suspension.kept')}</p>
        <p className="muted">{t('suspension.contact')}</p>
        {owner ? (
          <a className={`button wide${stop.status === 'deleted' ? ' primary' : ''}`} href="/api/v1/company/export" download>
            {t('suspension.export')}
          </a>
        ) : null}
        <button className={`wide${stop.status === 'deleted' ? '' : ' primary'}`} disabled={checking} onClick={() => void checkAgain()}>
          {checking ? t('suspension.checking') : t('suspension.checkAgain')}
        </button>
        {same ? (
          <p className="muted center" role="status">
            {t('suspension.stillStopped')}
          </p>
        ) : null}
      </div>
    </div>
  );
}
