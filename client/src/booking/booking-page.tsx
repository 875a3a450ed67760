// B1–B3, B5: booking in the app. A master sets up places, hours and services,
// sees the week ahead with free time, books a client who phoned, moves and
// cancels, messages all clients, and sees what was sent. Managers (a
// permission, not a role) add masters with or without a login, choose the
// master, and see every master's day and week in one calendar. Every change
// goes through useWrite: offline too.
import {useQuery} from '@rocicorp/zero/react';
import {can} from '#shared/auth/can.ts';
import {bookable} from '#shared/booking/team-day.ts';
import {managesBooking, seesBooking} from '#shared/booking/access.ts';
import {queries} from '#shared/queries/index.ts';
import {useT} from '../i18n/i18n.tsx';
import {Link, matchPath, navigate} from '../router/router.tsx';
import {memberContextOf, type Session} from '../session/session.ts';
import './booking.css';
import {BookingCard} from './booking-card.tsx';
import {BookingForm} from './booking-form.tsx';
import {ClientsPanel} from './clients-panel.tsx';
import {LogPanel, NotificationsPanel} from './log-panel.tsx';
import {MasterForm} from './master-form.tsx';
import {PlacesPanel} from './places-panel.tsx';
import {ServicesPanel} from './services-panel.tsx';
import {SharePanel} from './share-panel.tsx';
import {useCurrentMaster, withMaster, zoneOf} from './use-master.ts';
import {TeamView} from './team-view.tsx';
import {WeekView} from './week-view.tsx';

const TEAM_TAB = {path: '/booking/team', key: 'booking.tab.team'} as const;
const TABS = [
  {path: '/booking', key: 'booking.tab.week'},
  {path: '/booking/setup', key: 'booking.tab.setup'},
  {path: '/booking/clients', key: 'booking.tab.clients'},
  {path: '/booking/log', key: 'booking.tab.log'},
] as const;

export function BookingPage({session, path}: {session: Session; path: string}) {
  const t = useT();
  const ctx = memberContextOf(session);
  const manager = managesBooking(ctx);
  const {master, masters, loaded, choose} = useCurrentMaster(session);
  const [company] = useQuery(queries.company.current());
  const zone = zoneOf(master, company?.timezone ?? 'Asia/Almaty');
  const mine = masters.some((m) => m.member_id === session.member.id);
  if (!seesBooking(ctx)) return <p className="card-empty">{t('error.notAllowed')}</p>;
  if (manager && path === '/booking/masters/new') {
    return (
      <div className="page booking">
        <h1>{t('booking.addMaster.title')}</h1>
        <p className="muted">{t('booking.addMaster.intro')}</p>
        <MasterForm session={session} manager memberId={null} onCreated={(id) => navigate(`/booking/setup?master=${encodeURIComponent(id)}`)} />
      </div>
    );
  }
  if (!master) {
    if (!loaded) return <p className="card-empty">{t('state.loading')}</p>;
    return (
      <div className="page booking">
        <h1>{t('booking.setup.title')}</h1>
        <p className="muted">{t('booking.setup.intro')}</p>
        <MasterForm session={session} manager={manager} />
      </div>
    );
  }
  const tabs = manager ? [TEAM_TAB, ...TABS] : TABS;
  const tab = tabs.find((x) => x.path === path) ?? (path.startsWith('/booking/') ? undefined : TABS[0]);
  const card = matchPath('/booking/b/:id', path);
  const team = tab === TEAM_TAB;
  return (
    <div className="page booking">
      <h1>{team ? t('booking.team.title') : master.display_name}</h1>
      {manager && !team && (masters.length > 1 || !mine) ? (
        <div className="field">
          <label htmlFor="bk-master">{t('booking.masters')}</label>
          <select id="bk-master" value={master.id} onChange={(e) => choose(e.target.value)}>
            {masters.map((m) => (
              <option key={m.id} value={m.id}>
                {m.display_name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <nav className="chips scroll tabs" aria-label={t('booking.title')}>
        {tabs.map((x) => (
          <Link
            key={x.path}
            href={x === TEAM_TAB ? x.path : withMaster(x.path, master)}
            className={x === tab ? 'chip active' : 'chip'}
            aria-current={x === tab ? 'page' : undefined}
          >
            {t(x.key)}
          </Link>
        ))}
      </nav>
      {team ? (
        <TeamView masters={masters} zone={company?.timezone ?? zone} />
      ) : card ? (
        <BookingCard master={master} id={card.id ?? ''} canReadClients={can(ctx, 'clients.read')} />
      ) : path === '/booking/new' ? (
        <BookingForm master={master} zone={zone} />
      ) : tab?.path === '/booking/setup' ? (
        <div className="panel-stack">
          <MasterForm key={master.id} session={session} master={master} manager={manager} />
          <PlacesPanel master={master} zone={zone} />
          <ServicesPanel master={master} />
          <SharePanel master={master} session={session} />
        </div>
      ) : tab?.path === '/booking/clients' ? (
        <ClientsPanel master={master} zone={zone} canReadClients={can(ctx, 'clients.read')} />
      ) : tab?.path === '/booking/log' ? (
        <div className="panel-stack">
          <NotificationsPanel zone={zone} />
          <LogPanel master={master} zone={zone} />
        </div>
      ) : (
        <WeekOrSetup master={master} zone={zone} />
      )}
    </div>
  );
}

function WeekOrSetup({master, zone}: {master: NonNullable<ReturnType<typeof useCurrentMaster>['master']>; zone: string}) {
  const t = useT();
  if (!bookable(master)) {
    return (
      <p className="panel">
        {t('booking.setup.intro')} <Link href={withMaster('/booking/setup', master)}>{t('booking.tab.setup')} →</Link>
      </p>
    );
  }
  return <WeekView master={master} zone={zone} />;
}
