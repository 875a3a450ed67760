// The signed-in app: the local replica (Zero) for this member, the one write
// path, the shell, and the pages. Renders from the device's data at once; the
// network only refreshes it.
import {useConnectionState, useQuery, ZeroProvider} from '@rocicorp/zero/react';
import {queries} from '#shared/queries/index.ts';
import {createElement, lazy, Suspense, useEffect, useState} from 'react';
import {ensureMoreWords, useI18n} from '../i18n/i18n.tsx';
import {navigate, usePath} from '../router/router.tsx';
import {api, type CompanyStop} from '../session/api.ts';
import type {Session} from '../session/session.ts';
import {zeroFor} from '../sync/create-zero.ts';
import {preloadMutators} from '../sync/mutators.ts';
import {loadWriteCode, WriterProvider} from '../write/writer.tsx';
import {CLIENT_MODULES} from '../module/list.ts';
import {useProfile} from '../cabinet/use-profile.ts';
import {afterFirstScreen, firstScreenShown, onFirstScreen} from './first-screen.ts';
import {MorePage, navItems, Shell} from './shell.tsx';
import {SessionBanner} from './session-banner.tsx';
import {SuspendedScreen} from './suspended-screen.tsx';

type Props = {session: Session; onSessionChange: (s: Session) => void; onSignedOut: () => void};

// Each module's screen loads on its own, so a phone's first visit downloads the
// request list and not every screen; the sections this person has are fetched
// once the list is on screen (useWarmSections) so that opening one later, even
// offline before the service worker has cached them, needs no network. A
// section that is switched off or not theirs is never fetched.
// A screen other than the request list renders once the rest of the words are here too (i18n.tsx), and the code its
// writes need (writer.tsx loadWriteCode: a write made offline right after opening must not need the network).
const withWords =
  <T,>(load: () => Promise<T>) =>
  () =>
    Promise.all([load(), ensureMoreWords(), loadWriteCode().catch(() => undefined)]).then(([m]) => m);
const SCREENS = new Map(CLIENT_MODULES.map((m) => [m.key, lazy(m.key === 'requests' ? m.screen : withWords(m.screen))]));
const outboxPage = withWords(() => import('../write/outbox-page.tsx'));
const notificationsPage = withWords(() => import('../notifications/notifications-page.tsx'));
const OutboxPage = lazy(() => outboxPage().then((m) => ({default: m.OutboxPage})));
const NotificationsPage = lazy(() => notificationsPage().then((m) => ({default: m.NotificationsPage})));

const warmed = new Set<string>();
function useWarmSections(session: Session) {
  const {modules, loaded} = useProfile();
  const wanted = loaded ? navItems(modules, session).map((n) => n.href) : [];
  const key = wanted.join(' ');
  useEffect(() => {
    if (!key) return;
    afterFirstScreen(() => {
      for (const m of CLIENT_MODULES) {
        if (warmed.has(m.key) || !key.split(' ').includes(m.path)) continue;
        warmed.add(m.key);
        void m.screen().catch(() => warmed.delete(m.key));
      }
    });
  }, [key]);
}

/** Another section opened first: it is the first screen once it has rendered (the request list waits for its rows). */
function ScreenShown() {
  useEffect(() => {
    requestAnimationFrame(() => setTimeout(firstScreenShown, 0));
  }, []);
  return null;
}

/** Tells first-screen.ts when the request list has its rows (or knows it has none). */
function FirstScreenMark() {
  const [rows, details] = useQuery(queries.requests.list());
  const ready = rows.length > 0 || details.type === 'complete';
  useEffect(() => {
    if (ready) requestAnimationFrame(() => setTimeout(firstScreenShown, 0));
  }, [ready]);
  return null;
}

// The rest of the words, the real write bodies, and the outbox and notification screens, after the first screen.
onFirstScreen(() => void loadWriteCode().catch(() => undefined));
afterFirstScreen(() => {
  void ensureMoreWords().catch(() => undefined);
  preloadMutators();
  for (const page of [outboxPage, notificationsPage]) void page().catch(() => undefined);
});

function Pages({session, onSignedOut}: {session: Session; onSignedOut: () => void}) {
  const path = usePath();
  useEffect(() => {
    if (path === '/' || path === '/login' || path === '/signup') navigate('/requests', {replace: true});
  }, [path]);
  useWarmSections(session);
  if (path.startsWith('/outbox'))
    return (
      <Suspense fallback={null}>
        <OutboxPage />
      </Suspense>
    );
  if (path.startsWith('/notifications'))
    return (
      <Suspense fallback={null}>
        <NotificationsPage />
      </Suspense>
    );
  if (path.startsWith('/more')) return <MorePage session={session} />;
  const module = CLIENT_MODULES.find((m) => path.startsWith(m.path)) ?? CLIENT_MODULES[0]!;
  // The lazy screens are made once, at load (SCREENS): looking one up keeps its identity across renders.
  return (
    <Suspense fallback={null}>
      {createElement(SCREENS.get(module.key)!, {session, path, onSignedOut})}
      {module.key === 'requests' ? null : <ScreenShown />}
    </Suspense>
  );
}

/**
 * What every screen leans on offline (request types with their workflows, the
 * team, roles, reply templates, the client base) is kept subscribed for the
 * whole session, each module's by its manifest, so the device can check a move
 * or name a person without the network.
 */
function HeldData() {
  useQuery(queries.notifications.mine());
  return <>{CLIENT_MODULES.map((m) => (m.Held ? <m.Held key={m.key} /> : null))}</>;
}

/**
 * Asks the server who we are on opening and whenever sync says the session is
 * no longer accepted: a session that ended gets the sign-in banner; a company
 * the platform stopped (403 company_suspended) gets the full suspension screen.
 * Neither drops the device's data or its outbox.
 */
function NeedsAuth({session, onSignedIn}: {session: Session; onSignedIn: (s: Session) => void}) {
  const state = useConnectionState();
  const [expired, setExpired] = useState(false);
  const [stop, setStop] = useState<CompanyStop>();
  const {locale} = useI18n();
  const refused = state.name === 'needs-auth';
  useEffect(() => {
    // Refresh who we are (role or permissions may have changed); offline this just fails quietly.
    void api<Session>('/auth/me', {locale}).then((r) => {
      if (r.ok) {
        setStop(undefined);
        onSignedIn(r.data);
      } else if (r.error.stop) setStop(r.error.stop);
      else if (r.status === 401) setExpired(true);
    });
  }, [locale, onSignedIn, refused]);
  if (stop)
    return (
      <SuspendedScreen
        stop={stop}
        session={session}
        onBack={(s) => {
          setStop(undefined);
          onSignedIn(s);
        }}
        onStillStopped={setStop}
      />
    );
  if (!expired && !refused) return null;
  return <SessionBanner onSignedIn={onSignedIn} />;
}

export default function Workspace({session, onSessionChange, onSignedOut}: Props) {
  const zero = zeroFor(session);
  return (
    <ZeroProvider zero={zero}>
      <WriterProvider session={session}>
        <Shell session={session}>
          <HeldData />
          <FirstScreenMark />
          <NeedsAuth session={session} onSignedIn={onSessionChange} />
          <Pages session={session} onSignedOut={onSignedOut} />
        </Shell>
      </WriterProvider>
    </ZeroProvider>
  );
}
