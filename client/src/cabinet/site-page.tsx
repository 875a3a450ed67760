// "My site": the company's public mini-site from the inside — profile,
// what is shown, QR codes for print, reviews and the numbers.
import {can} from '#shared/auth/can.ts';
import {useT} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {memberContextOf, type Session} from '../session/session.ts';
import './cabinet.css';
import {ProfileForm} from './profile-form.tsx';
import {usePublicOrigin} from './public-origin.tsx';
import {QrPanel} from './qr-panel.tsx';
import {ReviewsPanel} from './reviews-panel.tsx';
import {StatsPanel} from './stats-panel.tsx';
import {useProfile} from './use-profile.ts';
import {VisibilityForm} from './visibility-form.tsx';

const TABS = [
  {path: '/site', key: 'site.tabs.profile'},
  {path: '/site/visibility', key: 'site.tabs.visibility'},
  {path: '/site/qr', key: 'site.tabs.qr'},
  {path: '/site/reviews', key: 'site.tabs.reviews'},
  {path: '/site/stats', key: 'site.tabs.stats'},
] as const;

export function SitePage({session, path}: {session: Session; path: string}) {
  const t = useT();
  const {profile, loaded} = useProfile();
  const ctx = memberContextOf(session);
  // The address people are given: DOT_PUBLIC_URL when the server has one.
  const siteUrl = `${usePublicOrigin().origin}/c/${session.company.slug}`;
  const tab = TABS.find((x) => x.path === path) ?? TABS[0];
  const canEdit = can(ctx, 'site.manage');
  return (
    <div className="page cabinet">
      <h1>{t('site.title')}</h1>
      <p className="muted">
        {t('site.publicLink')}:{' '}
        <a href={siteUrl} target="_blank" rel="noreferrer" className="public-link">
          {siteUrl}
        </a>
      </p>
      <nav className="chips scroll tabs" aria-label={t('site.title')}>
        {TABS.map((x) => (
          <Link key={x.path} href={x.path} className={x === tab ? 'chip active' : 'chip'} aria-current={x === tab ? 'page' : undefined}>
            {t(x.key)}
          </Link>
        ))}
      </nav>
      {!profile ? (
        <p className="muted">{loaded ? t('error.notAllowed') : t('state.loading')}</p>
      ) : tab.path === '/site' ? (
        <ProfileForm profile={profile} session={session} canEdit={canEdit} />
      ) : tab.path === '/site/visibility' ? (
        <VisibilityForm profile={profile} session={session} />
      ) : tab.path === '/site/qr' ? (
        <QrPanel session={session} />
      ) : tab.path === '/site/reviews' ? (
        <ReviewsPanel canEdit={canEdit} />
      ) : (
        <StatsPanel />
      )}
    </div>
  );
}
