// The console's frame: a top bar (who is signed in, language, sign out) and the
// sections as a row of tabs that wraps on a phone; each section is a path
// under /console.
import {Link, matchPath, usePath} from '../router/router.tsx';
import {useCall} from './console-api.ts';
import {useConsole, type ConsoleKey} from './console-i18n.tsx';
import {AuditPage} from './audit-page.tsx';
import {BackupsPage} from './backups-page.tsx';
import {CompaniesPage} from './companies-page.tsx';
import {CompanyPage} from './company-page.tsx';
import {ConnectRequestsPage} from './connect-requests-page.tsx';
import {ContentPage} from './content-page.tsx';
import {LanguagePicker} from './language-picker.tsx';
import {PlansPage} from './plans-page.tsx';
import {SettingsPage} from './settings-page.tsx';
import type {Admin} from './sign-in.tsx';
import {UsersPage} from './users-page.tsx';

const SECTIONS: {path: string; label: ConsoleKey}[] = [
  {path: '/console/companies', label: 'console.nav.companies'},
  {path: '/console/requests', label: 'console.nav.requests'},
  {path: '/console/users', label: 'console.nav.users'},
  {path: '/console/plans', label: 'console.nav.plans'},
  {path: '/console/content', label: 'console.nav.content'},
  {path: '/console/settings', label: 'console.nav.settings'},
  {path: '/console/audit', label: 'console.nav.audit'},
  {path: '/console/backups', label: 'console.nav.backups'},
];

function Section({path}: {path: string}) {
  const company = matchPath('/console/companies/:id', path);
  if (company) return <CompanyPage id={company.id!} />;
  if (path.startsWith('/console/requests')) return <ConnectRequestsPage />;
  if (path.startsWith('/console/users')) return <UsersPage />;
  if (path.startsWith('/console/plans')) return <PlansPage />;
  if (path.startsWith('/console/content')) return <ContentPage />;
  if (path.startsWith('/console/settings')) return <SettingsPage />;
  if (path.startsWith('/console/audit')) return <AuditPage />;
  if (path.startsWith('/console/backups')) return <BackupsPage />;
  return <CompaniesPage />;
}

export function ConsoleShell({admin, onSignedOut}: {admin: Admin; onSignedOut: () => void}) {
  const {tr} = useConsole();
  const path = usePath();
  const {call} = useCall();
  const current = SECTIONS.find((s) => path.startsWith(s.path)) ?? SECTIONS[0]!;
  return (
    <div className="cn-shell">
      <header className="topbar cn-topbar">
        <span className="brand">
          <span className="logo-dot small" aria-hidden="true" />
          <span>{tr('console.title')}</span>
        </span>
        <div className="cn-who">
          <span className="muted wrap-anywhere cn-email">{admin.email}</span>
          <LanguagePicker />
          <button type="button" className="link" onClick={() => void call('/auth/logout', {method: 'POST'}).then(onSignedOut)}>
            {tr('nav.logout')}
          </button>
        </div>
      </header>
      <nav className="cn-nav" aria-label={tr('nav.menu')}>
        {SECTIONS.map((s) => (
          <Link key={s.path} href={s.path} className={s === current ? 'chip active' : 'chip'} aria-current={s === current ? 'page' : undefined}>
            {tr(s.label)}
          </Link>
        ))}
      </nav>
      <main className="cn-main">
        <Section path={path} />
      </main>
    </div>
  );
}
