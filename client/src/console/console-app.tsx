// The platform owner's console (issue 18) at /console: its own lazily loaded
// chunk, online only, with no company session and no sync engine. It asks the
// server who is signed in (the httpOnly `dot_console` cookie), then shows the
// sign-in or the sections.
import {useEffect, useState} from 'react';
import {useI18n} from '../i18n/i18n.tsx';
import {Splash} from '../app/splash.tsx';
import {capi, consoleSession} from './console-api.ts';
import {ConsoleI18nProvider, ensureConsoleWords, useConsole} from './console-i18n.tsx';
import {ConsoleShell} from './console-shell.tsx';
import {ErrorLine} from './console-ui.tsx';
import {ConsoleSignIn, type Admin} from './sign-in.tsx';
import type {ApiError} from '../session/api.ts';
import './console.css';

export default function ConsoleApp() {
  const {locale} = useI18n();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    void ensureConsoleWords(locale).then(() => setReady(true));
    // The first language only: switching later loads its own words (ConsoleI18nProvider).
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  if (!ready) return <Splash />;
  return (
    <ConsoleI18nProvider initial={locale}>
      <ConsoleRoot />
    </ConsoleI18nProvider>
  );
}

function ConsoleRoot() {
  const {locale, tr} = useConsole();
  // undefined: still asking; null: nobody signed in.
  const [admin, setAdmin] = useState<Admin | null>();
  const [error, setError] = useState<ApiError>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    document.title = tr('console.title');
  }, [tr]);
  // A session that ended while a screen was open: back to the sign-in, not a screen of errors.
  useEffect(() => {
    const out = () => setAdmin(null);
    consoleSession.addEventListener('signed-out', out);
    return () => consoleSession.removeEventListener('signed-out', out);
  }, []);
  useEffect(() => {
    void capi<{admin: Admin}>('/auth/me', locale, tr).then((r) => {
      if (r.ok) setAdmin(r.data.admin);
      else if (r.status === 401) setAdmin(null);
      else setError(r.error);
    });
    // Asked once per attempt; the language does not change who is signed in.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);
  if (admin === undefined && error)
    return (
      <main className="auth-page">
        <ErrorLine error={error} />
        <button
          type="button"
          onClick={() => {
            setError(undefined);
            setAttempt((n) => n + 1);
          }}
        >
          {tr('action.retry')}
        </button>
      </main>
    );
  if (admin === undefined) return <Splash />;
  if (admin === null) return <ConsoleSignIn onSignedIn={setAdmin} />;
  return <ConsoleShell admin={admin} onSignedOut={() => setAdmin(null)} />;
}
