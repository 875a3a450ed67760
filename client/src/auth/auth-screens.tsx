import {useEffect, useState, type FormEvent} from 'react';
import {BUSINESS_KINDS, type BusinessKind} from '../../../shared/company/business-kinds.ts';
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

function useSubmit(onSignedIn: (s: SignedIn) => void) {
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

function FormError({error}: {error: ApiError | undefined}) {
  if (!error || error.fields?.length) return null;
  return (
    <div className="alert" role="alert">
      {error.message}
    </div>
  );
}

/** What sign-in answers for someone whose password an owner set: they choose their own first. */
type SignedIn = Session & {user: Session['user'] & {mustChangePassword?: boolean}};

function Login({onSignedIn}: Props) {
  const {t} = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [temporary, setTemporary] = useState<string>();
  const {busy, error, submit, fields} = useSubmit((s: SignedIn) => {
    if (s.user.mustChangePassword) setTemporary(password);
    else onSignedIn(s);
  });
  if (temporary !== undefined) return <ChangePassword currentPassword={temporary} onSignedIn={onSignedIn} />;
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
        <Link href="/forgot-password">{t('auth.login.forgot')}</Link>
      </p>
      <p className="muted center">
        <Link href="/signup">{t('auth.login.noAccount')}</Link>
      </p>
    </form>
  );
}

const failedWith = (r: {status: number; error: ApiError}, t: (k: 'error.network') => string): ApiError =>
  r.status === 0 ? {code: 'network', message: t('error.network')} : r.error;

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

/** "Forgot password": the same answer whether or not the email has an account. */
function ForgotPassword() {
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
function ResetPassword({token, onSignedIn}: Props & {token: string}) {
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

function Signup({onSignedIn}: Props) {
  const {t} = useI18n();
  const [v, setV] = useState({companyName: '', kind: 'other' as BusinessKind, name: '', email: '', password: ''});
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
      <div className="field">
        <label htmlFor="signup-kind">{t('field.kind')}</label>
        <select id="signup-kind" value={v.kind} onChange={(e) => setV({...v, kind: e.target.value as BusinessKind})} aria-describedby="signup-kind-hint">
          {BUSINESS_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`business.${k}`)}
            </option>
          ))}
        </select>
        <div className="field-hint" id="signup-kind-hint">
          {t('field.kindHint')}
        </div>
      </div>
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

/** The new password, with the rule it must meet (sign-up's): a reset and a forced change ask it the same way. */
function NewPasswordField({value, onChange, error}: {value: string; onChange: (v: string) => void; error: string | undefined}) {
  const {t} = useI18n();
  return <TextField label={t('field.newPassword')} type="password" autoComplete="new-password" value={value} onChange={(e) => onChange(e.target.value)} error={error} hint={t('field.passwordHint')} />;
}
