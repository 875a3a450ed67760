// One company: its figures now and over 12 weeks, its owners, its status
// (with the actions it allows), its plan and payments, and support access
// when the owner has granted it.
import {Link} from '../router/router.tsx';
import {useLoad} from './console-api.ts';
import {useConsole} from './console-i18n.tsx';
import {Loading, useFormat} from './console-ui.tsx';
import {CompanyBilling} from './company-billing.tsx';
import {CompanyStatusActions} from './company-status.tsx';
import {CompanyFigures, StatusBadge} from './companies-page.tsx';
import {SupportPanel} from './support-panel.tsx';
import type {CompanyDetail, Week} from './types.ts';

function Weeks({weeks}: {weeks: Week[]}) {
  const {tr} = useConsole();
  const f = useFormat();
  const top = Math.max(1, ...weeks.map((w) => w.requests + w.bookings));
  return (
    <div className="cn-table-box">
      <table className="cn-table">
        <caption className="sr-only">{tr('console.company.weeks')}</caption>
        <thead>
          <tr>
            <th scope="col">{tr('console.week')}</th>
            <th scope="col">{tr('console.fig.requests')}</th>
            <th scope="col">{tr('console.fig.bookings')}</th>
            <th scope="col">{tr('console.fig.messages')}</th>
            <th scope="col">{tr('console.fig.active')}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.weekStart}>
              <th scope="row">{f.numeric(Date.parse(`${w.weekStart}T12:00:00Z`))}</th>
              <td>
                <span className="cn-bar" style={{width: `${(w.requests / top) * 24}px`}} aria-hidden="true" />
                {f.number(w.requests)}
              </td>
              <td>{f.number(w.bookings)}</td>
              <td>{f.number(w.messages)}</td>
              <td>{f.number(w.activeMembers)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CompanyPage({id}: {id: string}) {
  const {tr} = useConsole();
  const f = useFormat();
  const {data, error, reload} = useLoad<CompanyDetail>(`/companies/${encodeURIComponent(id)}`);
  if (!data)
    return (
      <section className="cn-page">
        <Link href="/console/companies" className="cn-back">
          ← {tr('console.nav.companies')}
        </Link>
        <Loading error={error} />
      </section>
    );
  const c = data.company;
  return (
    <section className="cn-page">
      <Link href="/console/companies" className="cn-back">
        ← {tr('console.nav.companies')}
      </Link>
      <div className="cn-card-head">
        <h1 className="cn-name">{c.name}</h1>
        <StatusBadge status={c.status} />
      </div>
      <p className="muted cn-slug">
        /{c.slug} · {tr('console.company.created', {date: f.date(c.createdAt)})}
      </p>
      {c.status !== 'active' && c.statusReason ? (
        <p className="cn-reason" data-testid="status-reason">
          {c.statusReason}
          {c.deleteAfter ? ` · ${tr('console.company.deleteAfter', {date: f.date(c.deleteAfter)})}` : null}
        </p>
      ) : null}
      <div className="panel">
        <CompanyFigures c={c} />
      </div>
      <div className="panel">
        <h2>{tr('console.company.weeks')}</h2>
        <Weeks weeks={data.weeks} />
      </div>
      <div className="panel">
        <h2>{tr('console.company.owners')}</h2>
        <ul className="cn-plain">
          {c.owners.map((o) => (
            <li key={o.email} className="wrap-anywhere">
              {o.name} · <a href={`mailto:${o.email}`}>{o.email}</a>
            </li>
          ))}
        </ul>
      </div>
      <CompanyStatusActions company={c} onChanged={reload} />
      <CompanyBilling company={c} onChanged={reload} />
      <SupportPanel companyId={c.id} grant={data.supportGrant} />
      <p>
        <Link href={`/console/audit?companyId=${encodeURIComponent(c.id)}`}>{tr('console.company.audit')}</Link>
      </p>
    </section>
  );
}
