import type {ReactNode} from 'react';
import {useT} from '../i18n/i18n.tsx';
import {Link, usePath} from '../router/router.tsx';
import type {Session} from '../session/session.ts';
import {ConnectionIndicator} from '../sync/connection-indicator.tsx';
import {OutboxIndicator, StorageWarning} from '../write/outbox-indicator.tsx';
import {useProfile} from '../cabinet/use-profile.ts';
import type {Module} from '../../../shared/company/modules.ts';

/** P4: a section of a module that is switched off leaves the navigation. */
const NAV_MODULE: Record<string, Module> = {'/requests': 'requests', '/catalog': 'catalog', '/booking': 'booking'};

const NAV = [
  {href: '/requests', key: 'nav.requests', icon: '▤'},
  {href: '/catalog', key: 'nav.catalog', icon: '▦'},
  {href: '/booking', key: 'nav.booking', icon: '◷'},
  {href: '/site', key: 'nav.site', icon: '◉'},
  {href: '/team', key: 'nav.team', icon: '◎'},
  {href: '/settings', key: 'nav.settings', icon: '⚙'},
] as const;

/** Phone: top bar + bottom tabs. Tablet/desktop: a side rail. */
export function Shell({session, children}: {session: Session; children: ReactNode}) {
  const t = useT();
  const path = usePath();
  const {modules} = useProfile();
  return (
    <div className="shell">
      <header className="topbar">
        <Link href="/requests" className="brand">
          <span className="logo-dot small" aria-hidden="true" />
          <span className="company-name">{session.company.name}</span>
        </Link>
        <div className="status-area">
          <OutboxIndicator />
          <ConnectionIndicator />
        </div>
      </header>
      <nav className="nav" aria-label={t('nav.menu')}>
        {NAV.filter((n) => !NAV_MODULE[n.href] || modules[NAV_MODULE[n.href]!]).map((n) => (
          <Link key={n.href} href={n.href} className={path.startsWith(n.href) ? 'nav-item active' : 'nav-item'} aria-current={path.startsWith(n.href) ? 'page' : undefined}>
            <span className="nav-icon" aria-hidden="true">
              {n.icon}
            </span>
            <span>{t(n.key)}</span>
          </Link>
        ))}
      </nav>
      <main className="main">
        <StorageWarning />
        {children}
      </main>
    </div>
  );
}
