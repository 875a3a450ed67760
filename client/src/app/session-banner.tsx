import {useZero} from '@rocicorp/zero/react';
import {useState, type FormEvent} from 'react';
import {useI18n} from '../i18n/i18n.tsx';
import {api, fieldErrors, type ApiError} from '../session/api.ts';
import type {Session} from '../session/session.ts';
import {TextField} from '../ui/field.tsx';

/**
 * The session ended (revoked, expired). Sign in again right here: nothing on
 * the device is dropped, and sync resumes with the new session.
 */
export function SessionBanner({onSignedIn}: {onSignedIn: (s: Session) => void}) {
  const {t, locale} = useI18n();
  const zero = useZero();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError>();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await api<Session>('/auth/login', {method: 'POST', body: {email, password}, locale});
    if (!r.ok) return setError(r.error);
    onSignedIn(r.data);
    void zero.connection.connect();
  }
  const fields = fieldErrors(error);
  return (
    <form className="banner" onSubmit={submit}>
      <p>{t('auth.error.sessionExpired')}</p>
      {error && !error.fields?.length ? <div className="alert">{error.message}</div> : null}
      <div className="banner-row">
        <TextField label={t('field.email')} type="email" value={email} onChange={(e) => setEmail(e.target.value)} error={fields.email} />
        <TextField label={t('field.password')} type="password" value={password} onChange={(e) => setPassword(e.target.value)} error={fields.password} />
        <button className="primary">{t('auth.login.submit')}</button>
      </div>
    </form>
  );
}
