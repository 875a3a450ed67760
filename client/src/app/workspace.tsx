// The signed-in app: the local replica (Zero) for this member, the one write
// path, the shell, and the pages. Renders from the device's data at once; the
// network only refreshes it.
import {useConnectionState, useQuery, ZeroProvider} from '@rocicorp/zero/react';
import {queries} from '#shared/queries/index.ts';
import {createElement, lazy, Suspense, useEffect, useState} from 'react';
import {useI18n} from '../i18n/i18n.tsx';
import {navigate, usePath} from '../router/router.tsx';
import {api, type CompanyStop} from '../session/api.ts';
import type {Session} from '../session/session.ts';
import {zeroFor} from '../sync/create-zero.ts';
import {OutboxPage} from '../write/outbox-page.tsx';
import {NotificationsPage} from '../notifications/notifications-page.tsx';
import {WriterProvider} from '../write/writer.tsx';
import {CLIENT_MODULES} from '../module/list.ts';
import {MorePage, Shell} from './shell.tsx';
import {SessionBanner} from './session-banner.tsx';
import {SuspendedScreen} from './suspended-screen.tsx';

type Props = {session: Session; onSessionChange: (s: Session) => void; onSignedOut: () => void};

// Each module's screen loads on its own, so a phone's first visit downloads the
// request list and not every screen; the others are fetched right after the
// first paint (warmSections) so that opening one later, even offline before
// the service worker has cached them, needs no network.
const SCREENS = new Map(CLIENT_MODULES.map((m) => [m.key, lazy(m.screen)]));

function warmSections() {
  const warm = () => CLIENT_MODULES.forEach((m) => void m.screen().catch(() => undefined));
  if ('requestIdleCallback' in window) requestIdleCallback(warm, {timeout: 3000});
  else setTimeout(warm, 1000);
}

function Pages({session, onSignedOut}: {session: Session; onSignedOut: () => void}) {
  const path = usePath();
  useEffect(() => {
    if (path === '/' || path === '/login' || path === '/signup') navigate('/requests', {replace: true});
  }, [path]);
  useEffect(warmSections, []);
  if (path.startsWith('/outbox')) return <OutboxPage />;
  if (path.startsWith('/notifications')) return <NotificationsPage />;
  if (path.startsWith('/more')) return <MorePage session={session} />;
  const module = CLIENT_MODULES.find((m) => path.startsWith(m.path)) ?? CLIENT_MODULES[0]!;
  // The lazy screens are made once, at load (SCREENS): looking one up keeps its identity across renders.
  return <Suspense fallback={null}>{createElement(SCREENS.get(module.key)!, {session, path, onSignedOut})}</Suspense>;
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
          <NeedsAuth session={session} onSignedIn={onSessionChange} />
          <Pages session={session} onSignedOut={onSignedOut} />
        </Shell>
      </WriterProvider>
    </ZeroProvider>
  );
}
