// /finance: "Awaiting my approval" (first, and the default while something
// waits for me), the invoices' registry, budgets and settings (for those who
// manage finance); /finance/invoices/<id> an invoice's card, /finance/new a
// new invoice (?request=<id> from a payment request). Loaded as its own chunk.
import {useQuery} from '@rocicorp/zero/react';
import {queries} from '#shared/queries/index.ts';
import {useT} from '../i18n/i18n.tsx';
import type {ScreenProps} from '../module/define.ts';
import {Link, matchPath} from '../router/router.tsx';
import {BudgetsView} from './budgets-view.tsx';
import {FinanceSettings} from './finance-settings.tsx';
import {InvoiceCard} from './invoice-card.tsx';
import {InvoiceRegistry} from './invoice-registry.tsx';
import {MyApprovals} from './my-approvals.tsx';
import {NewInvoice} from './new-invoice.tsx';
import {rightsOf} from './use-finance.ts';
import './finance.css';

const TABS = ['approvals', 'registry', 'budgets', 'settings'] as const;
type Tab = (typeof TABS)[number];

export default function FinancePage({session, path}: ScreenProps) {
  const t = useT();
  const rights = rightsOf(session);
  const [steps] = useQuery(queries.finance.myApprovals());
  const mine = [...new Set(steps.map((s) => s.entity_id))];
  const card = matchPath('/finance/invoices/:id', path)?.id;
  if (card) return <InvoiceCard key={card} id={card} session={session} />;
  if (path === '/finance/new') return <NewInvoice />;
  const tabs = TABS.filter((tab) => (tab === 'budgets' ? rights.read : tab === 'settings' ? rights.manage : true));
  const asked = matchPath('/finance/:tab', path)?.tab as Tab | undefined;
  const tab: Tab = asked && tabs.includes(asked) ? asked : mine.length || !rights.read ? 'approvals' : 'registry';
  return (
    <section className={`finance-page view-${tab}`}>
      <div className="pane-head">
        <h1>{t('nav.finance')}</h1>
      </div>
      <nav className="task-tabs fin-tabs" aria-label={t('fin.sections')}>
        {tabs.map((v) => (
          <Link key={v} href={`/finance/${v}`} className={v === tab ? 'task-tab active' : 'task-tab'} aria-current={v === tab ? 'page' : undefined}>
            {t(`fin.tab.${v}`)}
            {v === 'approvals' && mine.length ? <span className="chip-count">{mine.length}</span> : null}
          </Link>
        ))}
      </nav>
      {tab === 'approvals' ? (
        <MyApprovals />
      ) : tab === 'registry' ? (
        <InvoiceRegistry />
      ) : tab === 'budgets' ? (
        <BudgetsView session={session} />
      ) : (
        <FinanceSettings />
      )}
      {(rights.own || rights.manage) && (tab === 'registry' || tab === 'approvals') ? (
        <Link href="/finance/new" className="fab" aria-label={t('fin.newInvoice')}>
          +<span className="fab-label">{t('fin.newInvoice')}</span>
        </Link>
      ) : null}
    </section>
  );
}
