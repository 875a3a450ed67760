// Signed in (a session kept on this device) → the workspace with the local
// replica, even offline. Otherwise → sign in / sign up / accept an invite.
// Each side is its own chunk, so the sign-in page never loads the sync engine.
import {lazy, Suspense, useCallback, useEffect, useState} from 'react';
import {ensureMoreWords, I18nProvider} from '../i18n/i18n.tsx';
import {usePath} from '../router/router.tsx';
import {clearSession, loadSession, saveSession, type Session} from '../session/session.ts';
import {firstScreenShown} from './first-screen.ts';
import {Splash} from './splash.tsx';

const Workspace = lazy(() => import('./workspace.tsx'));
// Signing in says more than the first screen's words (i18n.tsx): the rest come with it.
const AuthScreens = lazy(() => Promise.all([import('../auth/auth-screens.tsx'), ensureMoreWords()]).then(([m]) => m));
// The platform owner's console: its own chunk, no company session, no sync (issue 18).
const ConsoleApp = lazy(() => import('../console/console-app.tsx'));

/** Sign-in and the console have no request list to wait for: shown once they render (first-screen.ts). */
function Shown() {
  useEffect(firstScreenShown, []);
  return null;
}

export function App() {
  const [session, setSession] = useState<Session | null>(loadSession);
  const path = usePath();

  const signedIn = useCallback((s: Session) => {
    saveSession(s);
    setSession(s);
  }, []);
  const signedOut = useCallback(() => {
    clearSession();
    setSession(null);
    void import('../sync/create-zero.ts').then((m) => m.closeZero());
  }, []);

  // An invitation or a password reset link opens its own screen even on a signed-in device.
  const showAuth = !session || path.startsWith('/invite/') || path.startsWith('/reset-password/');
  return (
    <I18nProvider>
      <Suspense fallback={<Splash />}>
        {path.startsWith('/console') ? (
          <>
            <ConsoleApp />
            <Shown />
          </>
        ) : showAuth ? (
          <>
            <AuthScreens onSignedIn={signedIn} />
            <Shown />
          </>
        ) : (
          <Workspace key={`${session.user.id}:${session.company.id}`} session={session} onSessionChange={signedIn} onSignedOut={signedOut} />
        )}
      </Suspense>
    </I18nProvider>
  );
}
