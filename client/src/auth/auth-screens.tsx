// The screens before sign-in (login, sign-up, password reset, invitations), chosen by the path.
import {LOCALES, LOCALE_NAMES} from '#shared/i18n/locales.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {matchPath, usePath} from '../router/router.tsx';
import type {Props} from './auth-parts.tsx';
import {Invite} from './invite.tsx';
import {Login} from './login.tsx';
import {ForgotPassword, ResetPassword} from './password-reset.tsx';
import {Signup} from './signup.tsx';

function LanguagePicker() {
  const {locale, setLocale} = useI18n();
  return (
    <div className="lang-picker" role="group">
      {LOCALES.map((l) => (
        <button key={l} type="button" className={l === locale ? 'chip active' : 'chip'} aria-pressed={l === locale} onClick={() => setLocale(l)}>
          {LOCALE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}

export default function AuthScreens({onSignedIn}: Props) {
  const {t} = useI18n();
  const path = usePath();
  const invite = matchPath('/invite/:token', path);
  const reset = matchPath('/reset-password/:token', path);
  return (
    <div className="auth-page">
      <header className="auth-head">
        <div className="brand">
          <span className="logo-dot small" /> {t('app.name')}
        </div>
        <LanguagePicker />
      </header>
      <p className="tagline">{t('app.tagline')}</p>
      {invite ? (
        <Invite token={invite.token!} onSignedIn={onSignedIn} />
      ) : reset ? (
        <ResetPassword key={reset.token} token={reset.token!} onSignedIn={onSignedIn} />
      ) : path === '/forgot-password' ? (
        <ForgotPassword />
      ) : path === '/signup' ? (
        <Signup onSignedIn={onSignedIn} />
      ) : (
        <Login onSignedIn={onSignedIn} />
      )}
    </div>
  );
}
