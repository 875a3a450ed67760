// /clients: the list beside the open client (desktop) or one over the other
// (phone). /clients/new, /clients/:id/edit, /clients/import and
// /clients/duplicates open in the detail pane. Loaded as its own chunk.
import {useQuery} from '@rocicorp/zero/react';
import {queries} from '#shared/queries/index.ts';
import {useT} from '../i18n/i18n.tsx';
import {matchPath, useSearch} from '../router/router.tsx';
import type {Session} from '../session/session.ts';
import {ClientCard} from './client-card.tsx';
import {ClientForm} from './client-form.tsx';
import {ClientList} from './client-list.tsx';
import {DuplicatesPage} from './duplicates-page.tsx';
import {ImportPage} from './import-page.tsx';
import {useCrm} from './use-crm.ts';

export default function ClientsPage({session, path}: {session: Session; path: string}) {
  const t = useT();
  const crm = useCrm(session.permissions);
  const search = useSearch();
  const [company] = useQuery(queries.company.current());
  const timeZone = company?.timezone ?? 'Asia/Almaty';
  const currency = company?.currency ?? 'KZT';
  const edit = matchPath('/clients/:id/edit', path);
  const card = matchPath('/clients/:id', path);
  const section = card?.id;
  const selectedId = edit?.id ?? (section && !['new', 'import', 'duplicates'].includes(section) ? section : undefined);
  const hasDetail = !!edit || !!section;

  let detail = <div className="card-empty muted">{t('crm.pickOne')}</div>;
  const editing = edit?.id ? crm.byId.get(edit.id) : undefined;
  if (edit) {
    detail = editing ? (
      <ClientForm key={edit.id} crm={crm} client={editing} />
    ) : (
      <div className="card-empty">{crm.loaded ? t('crm.notFound') : t('state.loading')}</div>
    );
  } else if (section === 'new') detail = <ClientForm key="new" crm={crm} />;
  else if (section === 'import') detail = <ImportPage crm={crm} />;
  else if (section === 'duplicates') detail = <DuplicatesPage crm={crm} />;
  else if (section)
    detail = (
      <ClientCard key={section} crm={crm} id={section} session={session} timeZone={timeZone} currency={currency} proposed={search.get('merge') ?? undefined} />
    );

  return (
    <div className={hasDetail ? 'split has-detail crm' : 'split crm'}>
      <section className="list-pane" aria-label={t('crm.title')}>
        <ClientList crm={crm} session={session} selectedId={selectedId} timeZone={timeZone} />
      </section>
      <section className="detail-pane">{detail}</section>
    </div>
  );
}
