import {useEffect, useState, type FormEvent} from 'react';
import {LOCALES, LOCALE_NAMES} from '../../../shared/i18n/locales.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link, matchPath, navigate, usePath} from '../router/router.tsx';
import {api, fieldErrors, type ApiError} from '../session/api.ts';
import {loadSession, type Session} from '../session/session.ts';
import {TextField} from '../ui/field.tsx';

type Props = {onSignedIn: (s: Session) => void};

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

function useSubmit(onSignedIn: Props['onSignedIn']) {
  const {locale, t} = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  async function submit(path: string, body: unknown) {
    setBusy(true);
    setError(undefined);
    const res = await api<Session>(path, {method: 'POST', body: {...(body as object), locale}, locale});
    setBusy(false);
    if (res.ok) {
      onSignedIn(res.data);
      navigate('/requests', {replace: true});
    } else {
      setError(res.status === 0 ? {code: 'network', message: t('error.network')} : res.error);
    }
  }
  return {busy, error, submit, fields: fieldErrors(error)};
}

function FormError({error}: {error: ApiError | undefined}) {
  if (!error || error.fields?.length) return null;
  return (
    <div className="alert" role="alert">
      {error.message}
    </div>
  );
}

function Login({onSignedIn}: Props) {
  const {t} = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const {busy, error, submit, fields} = useSubmit(onSignedIn);
  return (
    <form
      className="auth-card"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void submit('/auth/login', {email, password});
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
      <button className="primary wide" disabled={busy}>
        {t('auth.login.submit')}
      </button>
      <p className="muted center">
        <Link href="/signup">{t('auth.login.noAccount')}</Link>
      </p>
    </form>
  );
}

function Signup({onSignedIn}: Props) {
  const {t} = useI18n();
  const [v, setV] = useState({companyName: '', name: '', email: '', password: ''});
  const {busy, error, submit, fields} = useSubmit(onSignedIn);
  const set = (k: keyof typeof v) => (e: {target: {value: string}}) => setV({...v, [k]: e.target.value});
  return (
    <form
      className="auth-card"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void submit('/auth/signup', v);
      }}
    >
      <h1>{t('auth.signup.title')}</h1>
      <FormError error={error} />
      <TextField label={t('field.companyName')} value={v.companyName} onChange={set('companyName')} error={fields.companyName} autoComplete="organization" />
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
      <button className="primary wide" disabled={busy}>
        {t('auth.signup.submit')}
      </button>
      <p className="muted center">
        <Link href="/login">{t('auth.signup.haveAccount')}</Link>
      </p>
    </form>
  );
}

type InviteInfo = {company: {name: string}; email: string | null};

/**
 * An invitation link. A new person makes an account here; someone who already
 * has one signs in (or is signed in already) and joins as themselves — their
 * password is only ever checked by sign-in.
 */
function Invite({token, onSignedIn}: Props & {token: string}) {
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
        <TextField label={t('field.password')} type="password" autoComplete="current-password" value={v.password} onChange={set('password')} error={joinFields.password} />
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
      <button className="primary wide" disabled={busy}>
        {t('auth.invite.submit')}
      </button>
      {switcher}
    </form>
  );
}

export default function AuthScreens({onSignedIn}: Props) {
  const {t} = useI18n();
  const path = usePath();
  const invite = matchPath('/invite/:token', path);
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
      ) : path === '/signup' ? (
        <Signup onSignedIn={onSignedIn} />
      ) : (
        <Login onSignedIn={onSignedIn} />
      )}
    </div>
  );
}
