// The signed-in app: the local replica (Zero) for this member, the one write
// path, the shell, and the pages. Renders from the device's data at once; the
// network only refreshes it.
import {useConnectionState, useQuery, ZeroProvider} from '@rocicorp/zero/react';
import {queries} from '../../../shared/queries/index.ts';
import {lazy, Suspense, useEffect, useState, type ReactNode} from 'react';
import {useI18n} from '../i18n/i18n.tsx';
import {RequestsPage} from '../requests/requests-page.tsx';
import {matchPath, navigate, usePath} from '../router/router.tsx';
import {api} from '../session/api.ts';
import type {Session} from '../session/session.ts';
import {zeroFor} from '../sync/create-zero.ts';
import {OutboxPage} from '../write/outbox-page.tsx';
import {NotificationsPage} from '../notifications/notifications-page.tsx';
import {WriterProvider} from '../write/writer.tsx';
import {CrmHeldData} from '../crm/crm-held-data.tsx';
import {MorePage, Shell} from './shell.tsx';
import {SessionBanner} from './session-banner.tsx';

type Props = {session: Session; onSessionChange: (s: Session) => void; onSignedOut: () => void};

// The sections beyond the request list load on their own, so a phone's first
// visit downloads the list and not every screen; they are fetched right after
// the first paint (warmSections) so that opening one later, even offline before
// the service worker has cached them, needs no network.
const LOADERS = {
  clients: () => import('../crm/clients-page.tsx'),
  team: () => import('../team/team-page.tsx').then((m) => ({default: m.TeamPage})),
  settings: () => import('../settings/settings-page.tsx').then((m) => ({default: m.SettingsPage})),
  catalog: () => import('../catalog/catalog-page.tsx').then((m) => ({default: m.CatalogPage})),
  site: () => import('../cabinet/site-page.tsx').then((m) => ({default: m.SitePage})),
  booking: () => import('../booking/booking-page.tsx').then((m) => ({default: m.BookingPage})),
};
const ClientsPage = lazy(LOADERS.clients);
const TeamPage = lazy(LOADERS.team);
const SettingsPage = lazy(LOADERS.settings);
const CatalogPage = lazy(LOADERS.catalog);
const SitePage = lazy(LOADERS.site);
const BookingPage = lazy(LOADERS.booking);

function warmSections() {
  const warm = () => Object.values(LOADERS).forEach((load) => void load().catch(() => undefined));
  if ('requestIdleCallback' in window) requestIdleCallback(warm, {timeout: 3000});
  else setTimeout(warm, 1000);
}

function Section({children}: {children: ReactNode}) {
  return <Suspense fallback={null}>{children}</Suspense>;
}

function Pages({session, onSignedOut}: {session: Session; onSignedOut: () => void}) {
  const path = usePath();
  useEffect(() => {
    if (path === '/' || path === '/login' || path === '/signup') navigate('/requests', {replace: true});
  }, [path]);
  useEffect(warmSections, []);
  if (path.startsWith('/outbox')) return <OutboxPage />;
  if (path.startsWith('/notifications')) return <NotificationsPage />;
  if (path.startsWith('/more')) return <MorePage />;
  if (path.startsWith('/team')) return <Section><TeamPage session={session} /></Section>;
  if (path.startsWith('/settings')) return <Section><SettingsPage session={session} onSignedOut={onSignedOut} /></Section>;
  if (path.startsWith('/catalog')) return <Section><CatalogPage session={session} path={path} /></Section>;
  if (path.startsWith('/site')) return <Section><SitePage session={session} path={path} /></Section>;
  if (path.startsWith('/booking')) return <Section><BookingPage session={session} path={path} /></Section>;
  if (path.startsWith('/clients')) return <Section><ClientsPage session={session} path={path} /></Section>;
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
