import {can} from '#shared/auth/can.ts';
import {LOCALES, LOCALE_NAMES} from '#shared/i18n/locales.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link, usePath} from '../router/router.tsx';
import {api} from '../session/api.ts';
import {useOutboxCounts} from '../write/writer.tsx';
import {memberContextOf, type Session} from '../session/session.ts';
import {RequestSettings} from './requests/request-settings.tsx';
import {TelegramLink} from './telegram-link.tsx';
import {SupportAccess} from './support-access.tsx';
import {PlanSection} from './plan/plan-section.tsx';
import {DataSection} from './data/data-section.tsx';
import {SecuritySection} from './security/security-section.tsx';

export function SettingsPage({session, onSignedOut}: {session: Session; onSignedOut: () => void}) {
  const {t, locale, setLocale} = useI18n();
  const {waiting, attention} = useOutboxCounts();
  const path = usePath();
  if (path.startsWith('/settings/requests')) return <RequestSettings session={session} path={path} />;
  const formUrl = `${location.origin}/c/${session.company.slug}/request`;
  return (
    <div className="page">
      <h1>{t('settings.title')}</h1>
      <section className="panel">
        <h2>{t('settings.language')}</h2>
        <div className="chips" role="group">
          {LOCALES.map((l) => (
            <button
              key={l}
              type="button"
              className={l === locale ? 'chip active' : 'chip'}
              aria-pressed={l === locale}
              onClick={() => {
                setLocale(l);
                void api('/auth/me', {method: 'PATCH', body: {locale: l}, locale: l});
              }}
            >
              {LOCALE_NAMES[l]}
            </button>
          ))}
        </div>
      </section>
      {can(memberContextOf(session), 'requests.configure') ? (
        <section className="panel">
          <h2>{t('requests.title')}</h2>
          <p className="muted">{t('rs.entry.hint')}</p>
          <Link href="/settings/requests" className="button-like rs-entry">
            {t('rs.entry.open')} →
          </Link>
        </section>
      ) : null}
      {can(memberContextOf(session), 'channels.manage') ? (
        <section className="panel">
          <h2>{t('channels.title')}</h2>
          <p className="muted">{t('channels.entry.hint')}</p>
          <Link href="/inbox/channels" className="button-like">
            {t('channels.entry.open')} →
          </Link>
        </section>
      ) : null}
      {can(memberContextOf(session), 'company.manage') ? <PlanSection /> : null}
      <TelegramLink />
      <SecuritySection />
      {can(memberContextOf(session), 'company.manage') ? <SupportAccess /> : null}
      {can(memberContextOf(session), 'company.manage') ? <DataSection session={session} /> : null}
      <section className="panel">
        <h2>{t('settings.publicForm')}</h2>
        <p className="muted">{t('settings.publicFormHint')}</p>
        <a href={formUrl} target="_blank" rel="noreferrer" className="public-link">
          {formUrl}
        </a>
      </section>
      <section className="panel">
        <h2>{t('settings.company')}</h2>
        <p>
          <strong>{session.company.name}</strong>
        </p>
        <p className="muted wrap-anywhere">
          {session.user.name} · {session.user.email}
        </p>
        <button
          type="button"
          onClick={async () => {
            // Unsent work lives only on this device: never drop it without asking.
            const unsent = waiting + attention;
            if (unsent && !confirm(t('outbox.logoutPending', {count: unsent}))) return;
            await api('/auth/logout', {method: 'POST', locale});
            onSignedOut();
          }}
        >
          {t('nav.logout')}
        </button>
      </section>
    </div>
  );
}
