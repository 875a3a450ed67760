// The platform audit log: who did what, to which company, and why (support
// reads included). ?companyId= narrows it to one company.
import {Link, useSearch} from '../router/router.tsx';
import {useLoad} from './console-api.ts';
import {useConsole, type ConsoleKey} from './console-i18n.tsx';
import {Loading, useFormat} from './console-ui.tsx';

type Entry = {
  id: string;
  at: number;
  adminEmail: string | null;
  action: string;
  companyId: string | null;
  companyName: string | null;
  target: string | null;
  reason: string | null;
  detail: unknown;
};

// The actions the console names in words (each key checked by the compiler); a code it does not know yet stays a code.
const ACTION_WORDS: Readonly<Record<string, ConsoleKey>> = {
  'admin.create': 'console.action.admin.create',
  'admin.disable': 'console.action.admin.disable',
  'admin.reset-totp': 'console.action.admin.reset-totp',
  'admin.sign-in': 'console.action.admin.sign-in',
  'admin.sign-out': 'console.action.admin.sign-out',
  'announcement.create': 'console.action.announcement.create',
  'announcement.update': 'console.action.announcement.update',
  'announcement.delete': 'console.action.announcement.delete',
  'backup.run': 'console.action.backup.run',
  'company.active': 'console.action.company.active',
  'company.suspended': 'console.action.company.suspended',
  'company.blocked': 'console.action.company.blocked',
  'company.deleted': 'console.action.company.deleted',
  'company.purge': 'console.action.company.purge',
  'company.plan': 'console.action.company.plan',
  'company.payment': 'console.action.company.payment',
  'connect.approve': 'console.action.connect.approve',
  'connect.decline': 'console.action.connect.decline',
  'page.update': 'console.action.page.update',
  'plan.create': 'console.action.plan.create',
  'plan.update': 'console.action.plan.update',
  'settings.update': 'console.action.settings.update',
  'support.read': 'console.action.support.read',
  'user.end-sessions': 'console.action.user.end-sessions',
  'user.reset-sign-in': 'console.action.user.reset-sign-in',
};

export function AuditPage() {
  const {tr} = useConsole();
  const f = useFormat();
  const companyId = useSearch().get('companyId');
  const {data, error} = useLoad<{entries: Entry[]}>(`/audit?limit=200${companyId ? `&companyId=${encodeURIComponent(companyId)}` : ''}`);
  return (
    <section className="cn-page">
      <h1>{tr('console.nav.audit')}</h1>
      {companyId ? <Link href="/console/audit">{tr('console.audit.all')}</Link> : null}
      {!data ? (
        <Loading error={error} />
      ) : data.entries.length === 0 ? (
        <p className="empty">{tr('console.audit.none')}</p>
      ) : (
        <ol className="cn-list cn-audit">
          {data.entries.map((e) => (
            <li key={e.id} className="cn-card">
              <div className="cn-card-head">
                {ACTION_WORDS[e.action] ? (
                  <b className="cn-action" title={e.action}>
                    {tr(ACTION_WORDS[e.action]!)}
                  </b>
                ) : (
                  <code className="cn-action">{e.action}</code>
                )}
                <time className="muted">{f.dateTime(e.at)}</time>
              </div>
              <div className="wrap-anywhere">
                {e.adminEmail ?? tr('console.audit.system')}
                {e.companyId ? (
                  <>
                    {' · '}
                    <Link href={`/console/companies/${e.companyId}`}>{e.companyName ?? e.companyId}</Link>
                  </>
                ) : null}
                {e.target ? <span className="muted"> · {e.target}</span> : null}
              </div>
              {e.reason ? <p className="cn-reason">{e.reason}</p> : null}
              {e.detail != null && JSON.stringify(e.detail) !== '{}' ? <pre className="cn-detail">{JSON.stringify(e.detail)}</pre> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
