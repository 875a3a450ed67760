// What every sign-in form shares: the submit hook, the form-level error, the new-password field.
import {useState} from 'react';
import {useI18n} from '../i18n/i18n.tsx';
import {navigate} from '../router/router.tsx';
import {api, fieldErrors, type ApiError} from '../session/api.ts';
import type {Session} from '../session/session.ts';
import {TextField} from '../ui/field.tsx';

export type Props = {onSignedIn: (s: Session) => void};

export function useSubmit(onSignedIn: (s: SignedIn) => void) {
  const {locale, t} = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  async function submit(path: string, body: unknown) {
    setBusy(true);
    setError(undefined);
    const res = await api<SignedIn>(path, {method: 'POST', body: {...(body as object), locale}, locale});
    setBusy(false);
    if (res.ok) {
      onSignedIn(res.data);
      if (!res.data.user.mustChangePassword) navigate('/requests', {replace: true});
    } else {
      setError(res.status === 0 ? {code: 'network', message: t('error.network')} : res.error);
    }
  }
  return {busy, error, submit, fields: fieldErrors(error)};
}

export function FormError({error}: {error: ApiError | undefined}) {
  if (!error || error.fields?.length) return null;
  return (
    <div className="alert" role="alert">
      {error.message}
    </div>
  );
}

/** What sign-in answers for someone whose password an owner set: they choose their own first. */
export type SignedIn = Session & {user: Session['user'] & {mustChangePassword?: boolean}};

export const failedWith = (r: {status: number; error: ApiError}, t: (k: 'error.network') => string): ApiError =>
  r.status === 0 ? {code: 'network', message: t('error.network')} : r.error;

/** The new password, with the rule it must meet (sign-up's): a reset and a forced change ask it the same way. */
export function NewPasswordField({value, onChange, error}: {value: string; onChange: (v: string) => void; error: string | undefined}) {
  const {t} = useI18n();
  return (
    <TextField
      label={t('field.newPassword')}
      type="password"
      autoComplete="new-password"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      hint={t('field.passwordHint')}
    />
  );
}
