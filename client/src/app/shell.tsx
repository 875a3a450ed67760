import type {ReactNode} from 'react';
import {useT} from '../i18n/i18n.tsx';
import {Link, usePath} from '../router/router.tsx';
import type {Session} from '../session/session.ts';
import {ConnectionIndicator} from '../sync/connection-indicator.tsx';
import {NotificationBell} from '../notifications/bell.tsx';
import '../notifications/notifications.css';
import {OutboxIndicator, StorageWarning} from '../write/outbox-indicator.tsx';
import {useProfile} from '../cabinet/use-profile.ts';
import type {Module} from '#shared/company/modules.ts';
import {CLIENT_MODULES} from '../module/list.ts';
import {memberContextOf} from '../session/session.ts';
import {Announcements} from './announcements.tsx';

const PHONE_TABS = 4;

/** P4: the sections of the switched-on modules this person has, in the module list's order. */
export function navItems(modules: Partial<Record<Module, boolean>>, session: Session) {
  const ctx = memberContextOf(session);
  return CLIENT_MODULES.flatMap((m) =>
    m.nav && (!m.switch || modules[m.switch]) && (!m.visible || m.visible(ctx)) ? [{href: m.path, key: m.nav.label, icon: m.nav.icon, Badge: m.NavBadge}] : [],
  );
}

/** Phone: "More" lists the sections the tab bar has no room for. */
export function MorePage({session}: {session: Session}) {
  const t = useT();
  const {modules} = useProfile();
  return (
    <section className="page more-page">
      <h1>{t('nav.more')}</h1>
      <ul className="more-list">
        {navItems(modules, session)
          .slice(PHONE_TABS)
          .map((n) => (
            <li key={n.href}>
              <Link href={n.href} className="more-item">
                <span className="nav-icon" aria-hidden="true">
                  {n.icon}
                </span>
                {n.Badge ? <n.Badge /> : null}
                {t(n.key)}
              </Link>
            </li>
          ))}
      </ul>
    </section>
  );
}

/** Phone: top bar + bottom tabs. Tablet/desktop: a side rail. */
export function Shell({session, children}: {session: Session; children: ReactNode}) {
  const t = useT();
  const path = usePath();
  const {modules} = useProfile();
  const items = navItems(modules, session);
  // A phone's tab bar holds five: the first four sections and "More" for the rest.
  const folded = items.length > PHONE_TABS + 1;
  const moreActive = folded && items.slice(PHONE_TABS).some((n) => path.startsWith(n.href));
  return (
    <div className="shell">
      <header className="topbar">
        <Link href="/requests" className="brand">
          <span className="logo-dot small" aria-hidden="true" />
          <span className="company-name">{session.company.name}</span>
        </Link>
        <div className="status-area">
          <OutboxIndicator />
          <NotificationBell />
          <ConnectionIndicator />
        </div>
      </header>
      <nav className="nav" aria-label={t('nav.menu')}>
        {items.map((n, i) => (
          <Link
            key={n.href}
            href={n.href}
            className={`nav-item${path.startsWith(n.href) ? ' active' : ''}${folded && i >= PHONE_TABS ? ' nav-secondary' : ''}`}
            aria-current={path.startsWith(n.href) ? 'page' : undefined}
          >
            <span className="nav-icon" aria-hidden="true">
              {n.icon}
            </span>
            {/* Before the label: the label stays the last child the narrow tab bar shortens. */}
            {n.Badge ? <n.Badge /> : null}
            <span>{t(n.key)}</span>
          </Link>
        ))}
        {folded ? (
          <Link
            href="/more"
            className={`nav-item nav-more${path.startsWith('/more') || moreActive ? ' active' : ''}`}
            aria-current={path.startsWith('/more') ? 'page' : undefined}
          >
            <span className="nav-icon" aria-hidden="true">
              ⋯
            </span>
            <span>{t('nav.more')}</span>
          </Link>
        ) : null}
      </nav>
      <main className="main">
        <StorageWarning />
        <Announcements companyId={session.company.id} />
        {children}
      </main>
    </div>
  );
}
