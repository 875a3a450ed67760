// What an approver needs on a bad connection stays subscribed for the whole
// session: the approvals waiting for them and the invoices they see (with the
// budget lines an approver's impact is computed from), so the list, the card
// and the decision work offline even if /finance was never opened.
import {useQuery} from '@rocicorp/zero/react';
import {queries} from '#shared/queries/index.ts';
import {useT} from '../i18n/i18n.tsx';
import './finance.css';

export function FinanceHeld() {
  useQuery(queries.finance.myApprovals());
  useQuery(queries.finance.invoices());
  useQuery(queries.finance.lines({}));
  return null;
}

/** Approvals waiting for my decision, beside the navigation entry. */
export function FinanceNavBadge() {
  const t = useT();
  const [rows] = useQuery(queries.finance.myApprovals());
  // One invoice with several of my steps (an owner standing in for every role) counts once.
  const count = new Set(rows.map((r) => r.entity_id)).size;
  if (!count) return null;
  return (
    <span className="nav-badge" data-testid="finance-approvals" aria-label={t('fin.approvalsWaiting', {count})}>
      {count > 99 ? '99+' : count}
    </span>
  );
}
