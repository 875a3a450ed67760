// The registry of invoices: filters applied on the device (the same filter
// the server's export applies, shared/finance/registry.ts), a sortable table
// on wide screens and cards on phones.
import {useQuery} from '@rocicorp/zero/react';
import {useMemo} from 'react';
import {filterInvoices} from '#shared/finance/registry.ts';
import {queries} from '#shared/queries/index.ts';
import {useT} from '../i18n/i18n.tsx';
import {useMedia} from '../requests/views/use-media.ts';
import {useDraft} from '../ui/use-draft.ts';
import {InvoiceList} from './invoice-list.tsx';
import {InvoiceTable} from './invoice-table.tsx';
import {filterOf, NO_FILTER, RegistryFilters} from './registry-filters.tsx';
import type {ListedInvoice} from './use-finance.ts';

export function InvoiceRegistry() {
  const t = useT();
  const wide = useMedia('(min-width: 900px)');
  const [draft, set, clear] = useDraft('fin-registry', NO_FILTER);
  const [rows] = useQuery(queries.finance.invoices());
  const [counterparties] = useQuery(queries.finance.counterparties());
  const [lines] = useQuery(queries.finance.lines({}));
  const all = rows as readonly ListedInvoice[];
  const projects = useMemo(() => [...new Set(all.map((r) => r.project).filter(Boolean))].sort(), [all]);
  const shown = filterInvoices(all, filterOf(draft)) as readonly ListedInvoice[];
  return (
    <div className="fin-registry">
      <RegistryFilters draft={draft} set={set} clear={clear} counterparties={counterparties} lines={lines} projects={projects} />
      <p className="muted fin-count">{t('fin.shown', {count: shown.length})}</p>
      {!shown.length ? (
        <p className="empty">{all.length ? t('fin.noneMatch') : t('fin.noInvoices')}</p>
      ) : wide ? (
        <InvoiceTable rows={shown} />
      ) : (
        <InvoiceList rows={shown} />
      )}
    </div>
  );
}
