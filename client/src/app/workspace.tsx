// The signed-in app: the local replica (Zero) for this member, the one write
// path, the shell, and the pages. Renders from the device's data at once; the
// network only refreshes it.
import {useConnectionState, useQuery, ZeroProvider} from '@rocicorp/zero/react';
import {queries} from '../../../shared/queries/index.ts';
import {lazy, Suspense, useEffect, useState} from 'react';
import {useI18n} from '../i18n/i18n.tsx';
import {RequestsPage} from '../requests/requests-page.tsx';
import {matchPath, navigate, usePath} from '../router/router.tsx';
import {api} from '../session/api.ts';
import type {Session} from '../session/session.ts';
import {SettingsPage} from '../settings/settings-page.tsx';
import {zeroFor} from '../sync/create-zero.ts';
import {TeamPage} from '../team/team-page.tsx';
import {OutboxPage} from '../write/outbox-page.tsx';
import {NotificationsPage} from '../notifications/notifications-page.tsx';
import {WriterProvider} from '../write/writer.tsx';
import {CatalogPage} from '../catalog/catalog-page.tsx';
import {SitePage} from '../cabinet/site-page.tsx';
import {BookingPage} from '../booking/booking-page.tsx';
import {CrmHeldData} from '../crm/crm-held-data.tsx';
import {MorePage, Shell} from './shell.tsx';
import {SessionBanner} from './session-banner.tsx';

type Props = {session: Session; onSessionChange: (s: Session) => void; onSignedOut: () => void};

const ClientsPage = lazy(() => import('../crm/clients-page.tsx'));

function Pages({session, onSignedOut}: {session: Session; onSignedOut: () => void}) {
  const path = usePath();
  useEffect(() => {
    if (path === '/' || path === '/login' || path === '/signup') navigate('/requests', {replace: true});
  }, [path]);
  if (path.startsWith('/team')) return <TeamPage session={session} />;
  if (path.startsWith('/outbox')) return <OutboxPage />;
  if (path.startsWith('/notifications')) return <NotificationsPage />;
  if (path.startsWith('/more')) return <MorePage />;
  if (path.startsWith('/settings')) return <SettingsPage session={session} onSignedOut={onSignedOut} />;
  if (path.startsWith('/catalog')) return <CatalogPage session={session} path={path} />;
  if (path.startsWith('/site')) return <SitePage session={session} path={path} />;
  if (path.startsWith('/booking')) return <BookingPage session={session} path={path} />;
  if (path.startsWith('/clients')) return <Suspense fallback={null}><ClientsPage session={session} path={path} /></Suspense>;
  const card = matchPath('/requests/:id', path);
  return <RequestsPage session={session} selectedId={card?.id} />;
}

/**
 * What every screen leans on offline (request types with their workflows, the
 * team, roles, reply templates) is kept subscribed for the whole session, so
 * the device can check a move or name a person without the network.
 */
function HeldData() {
  useQuery(queries.requestConfig.types());
  useQuery(queries.team.members());
  useQuery(queries.team.roles());
  useQuery(queries.requestConfig.messageTemplates());
  useQuery(queries.notifications.mine());
  return <CrmHeldData />;
}

function NeedsAuth({onSignedIn}: {onSignedIn: (s: Session) => void}) {
  const state = useConnectionState();
  const [expired, setExpired] = useState(false);
  const {locale} = useI18n();
  useEffect(() => {
    // Refresh who we are (role or permissions may have changed); offline this just fails quietly.
    void api<Session>('/auth/me', {locale}).then((r) => {
      if (r.ok) onSignedIn(r.data);
      else if (r.status === 401) setExpired(true);
    });
  }, [locale, onSignedIn]);
  if (!expired && state.name !== 'needs-auth') return null;
  return <SessionBanner onSignedIn={onSignedIn} />;
}

export default function Workspace({session, onSessionChange, onSignedOut}: Props) {
  const zero = zeroFor(session);
  return (
    <ZeroProvider zero={zero}>
      <WriterProvider session={session}>
        <Shell session={session}>
          <HeldData />
          <NeedsAuth onSignedIn={onSessionChange} />
          <Pages session={session} onSignedOut={onSignedOut} />
        </Shell>
      </WriterProvider>
    </ZeroProvider>
  );
}
