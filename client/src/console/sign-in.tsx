// The platform administrator's sign-in: email, password and the 6-digit code
// from their authenticator. Any failure is one message (the server never says
// which part was wrong).
import {useState, type FormEvent} from 'react';
import {TextField} from '../ui/field.tsx';
import {useCall} from './console-api.ts';
import {useConsole} from './console-i18n.tsx';
import {ErrorLine} from './console-ui.tsx';
import {LanguagePicker} from './language-picker.tsx';

export type Admin = {id: string; email: string; name: string};

export function ConsoleSignIn({onSignedIn}: {onSignedIn: (a: Admin) => void}) {
  const {tr} = useConsole();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const {busy, error, call} = useCall();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await call<{admin: Admin}>('/auth/login', {method: 'POST', body: {email, password, code: code.replace(/\s/g, '')}});
    if (r) onSignedIn(r.admin);
    else setCode('');
  }
  return (
    <main className="auth-page">
      <div className="auth-head">
        <span className="brand">
          <span className="logo-dot small" aria-hidden="true" /> {tr('console.title')}
        </span>
        <LanguagePicker />
      </div>
      <p className="tagline">{tr('console.signIn.hint')}</p>
      <form className="auth-card" onSubmit={submit}>
        <h1>{tr('console.signIn.title')}</h1>
        <ErrorLine error={error} />
        <TextField label={tr('field.email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <TextField
          label={tr('field.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <TextField
          label={tr('console.signIn.code')}
          hint={tr('console.signIn.codeHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]{6,7}"
          maxLength={7}
          required
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
        <button className="primary wide" disabled={busy}>
          {tr('console.signIn.submit')}
        </button>
      </form>
    </main>
  );
}
