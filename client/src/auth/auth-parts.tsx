// What every sign-in form shares: the submit hook, the form-level error, the new account's and the new-password fields.
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
      setError(failedWith(res, t));
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

type AccountValues = {name: string; email: string; password: string};

/** A new account's name, email and password (signing up, accepting an invitation). */
export function AccountFields({
  v,
  set,
  fields,
}: {
  v: AccountValues;
  set: (k: keyof AccountValues) => (e: {target: {value: string}}) => void;
  fields: Record<string, string | undefined>;
}) {
  const {t} = useI18n();
  return (
    <>
      <TextField label={t('field.name')} value={v.name} onChange={set('name')} error={fields.name} autoComplete="name" />
      <TextField label={t('field.email')} type="email" value={v.email} onChange={set('email')} error={fields.email} autoComplete="email" />
      <TextField
        label={t('field.password')}
        type="password"
        value={v.password}
        onChange={set('password')}
        error={fields.password}
        hint={t('field.passwordHint')}
        autoComplete="new-password"
      />
    </>
  );
}
