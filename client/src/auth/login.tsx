// Signing in, and choosing one's own password after signing in with a temporary one.
import {useState, type FormEvent} from 'react';
import {useI18n} from '../i18n/i18n.tsx';
import {Link, navigate} from '../router/router.tsx';
import {api, fieldErrors, type ApiError} from '../session/api.ts';
import type {Session} from '../session/session.ts';
import {TextField} from '../ui/field.tsx';
import {failedWith, FormError, NewPasswordField, type Props, type SignedIn, useSubmit} from './auth-parts.tsx';

export function Login({onSignedIn}: Props) {
  const {t} = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [temporary, setTemporary] = useState<string>();
  // After a right password, an account with a second factor asks for its code (the server answers totp_required).
  const [code, setCode] = useState<string>();
  const {busy, error, submit, fields} = useSubmit((s: SignedIn) => {
    if (s.user.mustChangePassword) setTemporary(password);
    else onSignedIn(s);
  });
  if (code === undefined && (error?.code === 'totp_required' || error?.code === 'totp_wrong')) setCode('');
  if (temporary !== undefined) return <ChangePassword currentPassword={temporary} onSignedIn={onSignedIn} />;
  return (
    <form
      className="auth-card"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void submit('/auth/login', {email, password, ...(code !== undefined && {code: code.trim()})});
      }}
    >
      <h1>{t('auth.login.title')}</h1>
      <FormError error={error} />
      <TextField label={t('field.email')} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} error={fields.email} />
      <TextField
        label={t('field.password')}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fields.password}
      />
      {code !== undefined ? (
        <TextField
          label={t('field.totpCode')}
          autoComplete="one-time-code"
          inputMode="text"
          autoFocus
          value={code}
          onChange={(e) => setCode(e.target.value)}
          hint={t('auth.login.codeHint')}
        />
      ) : null}
      <button className="primary wide" disabled={busy}>
        {t('auth.login.submit')}
      </button>
      <p className="muted center">
        <Link href="/forgot-password">{t('auth.login.forgot')}</Link>
      </p>
      <p className="muted center">
        <Link href="/signup">{t('auth.login.noAccount')}</Link>
      </p>
    </form>
  );
}

/** After signing in with a temporary password: their own, before anything else. */
function ChangePassword({currentPassword, onSignedIn}: Props & {currentPassword: string}) {
  const {t, locale} = useI18n();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const fields = fieldErrors(error);
  async function save(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const r = await api<Session>('/auth/password', {method: 'POST', body: {currentPassword, password}, locale});
    setBusy(false);
    if (!r.ok) return setError(failedWith(r, t));
    onSignedIn(r.data);
    navigate('/requests', {replace: true});
  }
  return (
    <form className="auth-card" onSubmit={save}>
      <h1>{t('auth.change.title')}</h1>
      <p className="muted">{t('auth.change.hint')}</p>
      <FormError error={error} />
      {fields.currentPassword ? (
        <div className="alert" role="alert">
          {fields.currentPassword}
        </div>
      ) : null}
      <NewPasswordField value={password} onChange={setPassword} error={fields.password} />
      <button className="primary wide" disabled={busy}>
        {t('auth.change.submit')}
      </button>
    </form>
  );
}
