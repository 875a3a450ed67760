// "Forgot password": asking for a link, and the emailed link that sets a new password.
import {useEffect, useState, type FormEvent} from 'react';
import {useI18n} from '../i18n/i18n.tsx';
import {Link, navigate} from '../router/router.tsx';
import {api, fieldErrors, type ApiError} from '../session/api.ts';
import type {Session} from '../session/session.ts';
import {TextField} from '../ui/field.tsx';
import {failedWith, FormError, NewPasswordField, type Props} from './auth-parts.tsx';

/** "Forgot password": the same answer whether or not the email has an account. */
export function ForgotPassword() {
  const {t, locale} = useI18n();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [sent, setSent] = useState<string>();
  const fields = fieldErrors(error);
  async function send(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    const r = await api<{message: string}>('/auth/password-reset', {method: 'POST', body: {email, locale}, locale});
    setBusy(false);
    if (r.ok) setSent(r.data.message);
    else setError(failedWith(r, t));
  }
  return (
    <form className="auth-card" onSubmit={send}>
      <h1>{t('auth.forgot.title')}</h1>
      {sent ? (
        <p role="status">{sent}</p>
      ) : (
        <>
          <p className="muted">{t('auth.forgot.hint')}</p>
          <FormError error={error} />
          <TextField label={t('field.email')} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} error={fields.email} />
          <button className="primary wide" disabled={busy}>
            {t('auth.forgot.submit')}
          </button>
        </>
      )}
      <p className="muted center">
        <Link href="/login">{t('auth.forgot.back')}</Link>
      </p>
    </form>
  );
}

/** The emailed link: a new password, then signed in (or sent to sign in). */
export function ResetPassword({token, onSignedIn}: Props & {token: string}) {
  const {t, locale} = useI18n();
  const [link, setLink] = useState<{email: string} | 'invalid' | null>(null);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState(false);
  useEffect(() => {
    void api<{email: string}>('/auth/password-reset/check', {method: 'POST', body: {token}, locale}).then((r) => {
      if (r.ok) setLink(r.data);
      else if (r.status === 0) setError(failedWith(r, t));
      else setLink('invalid');
    });
  }, [token, locale, t]);
  async function save(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    const r = await api<Session | undefined>('/auth/password-reset/confirm', {method: 'POST', body: {token, password}, locale});
    setBusy(false);
    if (!r.ok) {
      if (r.status === 404) return setLink('invalid');
      return setError(failedWith(r, t));
    }
    if (r.data) {
      onSignedIn(r.data);
      navigate('/requests', {replace: true});
    } else setDone(true);
  }
  const fields = fieldErrors(error);
  if (link === 'invalid' || done) {
    return (
      <div className="auth-card">
        <h1>{t('auth.reset.title')}</h1>
        {done ? (
          <p role="status">{t('auth.reset.done')}</p>
        ) : (
          <div className="alert" role="alert">
            {t('auth.reset.invalid')}
          </div>
        )}
        <p className="muted center">
          <Link href={done ? '/login' : '/forgot-password'}>{done ? t('auth.forgot.back') : t('auth.login.forgot')}</Link>
        </p>
      </div>
    );
  }
  if (link === null) {
    return (
      <div className="auth-card">
        <FormError error={error} />
        {error ? null : t('state.loading')}
      </div>
    );
  }
  return (
    <form className="auth-card" onSubmit={save}>
      <h1>{t('auth.reset.title')}</h1>
      <p className="muted wrap-anywhere">{t('auth.reset.for', {email: link.email})}</p>
      <FormError error={error} />
      <NewPasswordField value={password} onChange={setPassword} error={fields.password} />
      <button className="primary wide" disabled={busy}>
        {t('auth.reset.submit')}
      </button>
    </form>
  );
}
