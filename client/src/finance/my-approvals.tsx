// "Awaiting my approval": the invoices (and documents) whose current step is
// mine to decide, oldest first — each opens the card with the budget impact
// and the decision. Held for the whole session, so it works offline.
import {useQuery} from '@rocicorp/zero/react';
import {formatDate} from '#shared/i18n/format.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {useTimeZone} from '../tasks/use-tasks.ts';
import {InvoiceList} from './invoice-list.tsx';
import type {ListedInvoice} from './use-finance.ts';

export function MyApprovals() {
  const {t, locale} = useI18n();
  const timeZone = useTimeZone();
  const [rows, details] = useQuery(queries.finance.myApprovals());
  const [invoices] = useQuery(queries.finance.invoices());
  const byId = new Map((invoices as readonly ListedInvoice[]).map((i) => [i.id, i]));
  // The step of each invoice decided first (the lowest group): the one that is mine now or next.
  const steps = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const seen = steps.get(r.entity_id);
    if (r.entity === 'invoice' && (!seen || r.grp < seen.grp)) steps.set(r.entity_id, r);
  }
  const mine = [...steps.keys()].flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const documents = rows.filter((r) => r.entity === 'document');
  if (!rows.length) return <p className="empty">{details.type === 'complete' ? t('fin.nothingToApprove') : t('state.loading')}</p>;
  return (
    <div className="my-approvals" data-testid="my-approvals">
      <InvoiceList
        rows={mine}
        note={(inv) => {
          const step = steps.get(inv.id);
          return step
            ? t('fin.yourStep', {step: step.name}) + (step.due_at ? ` · ${t('fin.dueAt', {when: formatDate(step.due_at, timeZone, locale, 'short')})}` : '')
            : '';
        }}
      />
      {documents.length ? (
        <>
          <h2>{t('fin.documentsToApprove')}</h2>
          <ul className="fin-list">
            {documents.map((d) => (
              <li key={d.id}>
                <Link href={`/documents/${d.entity_id}`} className="invoice-item">
                  {t('fin.yourStep', {step: d.name})}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
