// An invitation link: a new account, or joining as the person already signed in.
import {useEffect, useState, type FormEvent} from 'react';
import {useI18n} from '../i18n/i18n.tsx';
import {Link, navigate} from '../router/router.tsx';
import {api, fieldErrors, type ApiError} from '../session/api.ts';
import {loadSession, type Session} from '../session/session.ts';
import {TextField} from '../ui/field.tsx';
import {AccountFields, FormError, type Props, useSubmit} from './auth-parts.tsx';

type InviteInfo = {company: {name: string}; email: string | null};

/**
 * An invitation link. A new person makes an account here; someone who already
 * has one signs in (or is signed in already) and joins as themselves — their
 * password is only ever checked by sign-in.
 */
export function Invite({token, onSignedIn}: Props & {token: string}) {
  const {t, locale} = useI18n();
  const [invite, setInvite] = useState<InviteInfo | null | 'invalid'>(null);
  const [session, setSession] = useState<Session | null>(loadSession);
  const [mode, setMode] = useState<'new' | 'existing'>(session ? 'existing' : 'new');
  const [v, setV] = useState({name: '', email: '', password: ''});
  const {busy, error, submit, fields} = useSubmit(onSignedIn);
  const [joinError, setJoinError] = useState<ApiError>();
  const [joining, setJoining] = useState(false);
  useEffect(() => {
    void api<InviteInfo>(`/invites/${encodeURIComponent(token)}`, {locale}).then((r) => {
      if (r.ok) {
        setInvite(r.data);
        if (r.data.email) setV((x) => ({...x, email: r.data.email ?? ''}));
      } else setInvite('invalid');
    });
  }, [token, locale]);
  if (invite === null) return <div className="auth-card">{t('state.loading')}</div>;
  if (invite === 'invalid') {
    return (
      <div className="auth-card">
        <div className="alert" role="alert">
          {t('auth.invite.invalid')}
        </div>
      </div>
    );
  }
  const set = (k: keyof typeof v) => (e: {target: {value: string}}) => setV({...v, [k]: e.target.value});
  const failed = (r: {status: number; error: ApiError}) => (r.status === 0 ? {code: 'network', message: t('error.network')} : r.error);

  async function join() {
    setJoining(true);
    setJoinError(undefined);
    const joined = await api<Session>(`/invites/${encodeURIComponent(token)}/join`, {method: 'POST', body: {}, locale});
    setJoining(false);
    if (joined.ok) {
      onSignedIn(joined.data);
      navigate('/requests', {replace: true});
    } else setJoinError(failed(joined));
  }

  async function signInAndJoin() {
    setJoining(true);
    setJoinError(undefined);
    const login = await api<Session>('/auth/login', {method: 'POST', body: {email: v.email, password: v.password}, locale});
    setJoining(false);
    if (!login.ok) return setJoinError(failed(login));
    // Signed in now, whatever the invitation says next.
    onSignedIn(login.data);
    setSession(login.data);
    await join();
  }

  const switcher = (
    <p className="muted center">
      <button type="button" className="link" onClick={() => setMode(mode === 'new' ? 'existing' : 'new')}>
        {mode === 'new' ? t('auth.invite.haveAccount') : t('auth.invite.newAccount')}
      </button>
    </p>
  );

  if (mode === 'existing' && session) {
    return (
      <div className="auth-card">
        <h1>{t('auth.invite.title', {company: invite.company.name})}</h1>
        <FormError error={joinError} />
        {joinError?.fields?.length ? (
          <div className="alert" role="alert">
            {joinError.fields.map((f) => f.message).join(' ')}
          </div>
        ) : null}
        <p className="invite-as">{t('auth.invite.youAre', {name: session.user.name, email: session.user.email})}</p>
        <button type="button" className="primary wide" disabled={joining} onClick={() => void join()}>
          {t('auth.invite.submit')}
        </button>
        <p className="muted center">
          <Link href="/requests">{session.company.name}</Link>
        </p>
      </div>
    );
  }

  if (mode === 'existing') {
    const joinFields = fieldErrors(joinError);
    return (
      <form
        className="auth-card"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void signInAndJoin();
        }}
      >
        <h1>{t('auth.invite.title', {company: invite.company.name})}</h1>
        <FormError error={joinError} />
        <TextField label={t('field.email')} type="email" autoComplete="email" value={v.email} onChange={set('email')} error={joinFields.email} />
        <TextField
          label={t('field.password')}
          type="password"
          autoComplete="current-password"
          value={v.password}
          onChange={set('password')}
          error={joinFields.password}
        />
        <button className="primary wide" disabled={joining}>
          {t('auth.invite.signInSubmit')}
        </button>
        {switcher}
      </form>
    );
  }

  return (
    <form
      className="auth-card"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void submit(`/invites/${encodeURIComponent(token)}/accept`, v);
      }}
    >
      <h1>{t('auth.invite.title', {company: invite.company.name})}</h1>
      <FormError error={error} />
      <AccountFields v={v} set={set} fields={fields} />
      <button className="primary wide" disabled={busy}>
        {t('auth.invite.submit')}
      </button>
      {switcher}
    </form>
  );
}
