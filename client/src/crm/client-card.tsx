// One client: who they are, how to reach them (for roles that may), their
// lifetime numbers, possible duplicates and merges, notes, and the timeline.
import {useQuery} from '@rocicorp/zero/react';
import {useMemo} from 'react';
import {clientSourceLabel} from '#shared/crm/source.ts';
import {formatDate, formatMoney} from '#shared/i18n/format.ts';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link, navigate} from '../router/router.tsx';
import type {Session} from '../session/session.ts';
import {usePendingSubjects, useWrite} from '../write/writer.tsx';
import {ClientContacts} from './client-contacts.tsx';
import {ClientMerges, useUndoMerge} from './client-merges.tsx';
import {ClientNotes} from './client-notes.tsx';
import {ClientTimeline} from './client-timeline.tsx';
import {displayName, type CrmData} from './use-crm.ts';

type Props = {crm: CrmData; id: string; session: Session; timeZone: string; currency: string; proposed?: string | undefined};

export function ClientCard({crm, id, session, timeZone, currency, proposed}: Props) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const undo = useUndoMerge();
  const pending = usePendingSubjects();
  const [notes] = useQuery(queries.clients.notes({clientId: id}));
  const [merges] = useQuery(queries.clients.merges());
  const client = crm.byId.get(id);
  const requests = useMemo(() => crm.requests.filter((r) => r.client_id === id), [crm.requests, id]);
  const bookings = useMemo(
    () =>
      crm.bookings
        .filter((b) => b.client_id === id)
        .map((b) => ({
          id: b.id,
          created_at: b.created_at,
          starts_at: b.starts_at,
          status: b.status,
          kind: b.kind,
          service: b.service_title,
          master_id: b.master_id,
          master: b.master?.display_name,
        })),
    [crm.bookings, id],
  );
  const timelineMerges = useMemo(
    () =>
      merges
        .filter((m) => m.survivor_id === id)
        .map((m) => ({...m, otherName: displayName(crm.byId.get(m.merged_id), crm.contactsOf(m.merged_id), t('crm.noName'))})),
    [merges, id, crm, t],
  );
  if (!client) return <div className="card-empty">{crm.loaded ? t('crm.notFound') : t('state.loading')}</div>;

  const canManage = session.permissions.includes('clients.manage');
  const contacts = crm.contactsOf(client.id);
  const s = crm.statsOf(client.id);
  const tags = Array.isArray(client.tags) ? client.tags : [];
  const name = displayName(client, contacts, t('crm.noName'));
  const mergedInto = client.merged_into ? crm.byId.get(client.merged_into) : undefined;
  const intoMerge = merges.find((m) => m.merged_id === client.id && !m.undone_at);

  // Numeric dates: they fit a phone's narrow tiles.
  const day = (ms: number | null) => (ms === null ? '—' : formatDate(ms, timeZone, locale, 'numeric'));

  async function remove() {
    if (!window.confirm(t('crm.remove.confirm'))) return;
    const r = await write(mutators.client.remove({id: client!.id}));
    if (r.ok) navigate('/clients', {replace: true});
  }

  return (
    <article className="client-card" data-client-id={client.id}>
      <Link href="/clients" className="back-link">
        ← {t('action.back')}
      </Link>
      <div className="card-head">
        <h1 className="client-name">{name}</h1>
        {s.repeat ? <span className="badge repeat-badge">{t('crm.repeat')}</span> : null}
        {pending.has(client.id) ? <span className="badge waiting-badge">{t('outbox.badge')}</span> : null}
      </div>
      {tags.length ? (
        <div className="tags">
          {tags.map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
        </div>
      ) : null}
      {client.merged_into ? (
        <div className="banner merged-banner" role="status">
          <p>{t('crm.mergedInto', {name: mergedInto ? displayName(mergedInto, crm.contactsOf(mergedInto.id), t('crm.noName')) : '…'})}</p>
          <div className="crm-actions">
            <Link href={`/clients/${client.merged_into}`} className="button">
              {t('crm.openMain')}
            </Link>
            {canManage && intoMerge ? (
              <button type="button" onClick={() => void undo(intoMerge)}>
                {t('crm.undo')}
              </button>
            ) : null}
          </div>
        </div>
      ) : null}
      <dl className="client-stats">
        <div>
          <dt>{t('crm.stats.contacts')}</dt>
          <dd data-stat="contacts">{s.requests + s.bookings}</dd>
        </div>
        {s.bookings ? (
          <>
            <div>
              <dt>{t('crm.stats.bookings')}</dt>
              <dd data-stat="bookings">{s.bookings}</dd>
            </div>
            <div>
              <dt>{t('crm.stats.visits')}</dt>
              <dd data-stat="visits">{s.visits}</dd>
            </div>
          </>
        ) : null}
        <div>
          <dt>{t('crm.stats.first')}</dt>
          <dd>{day(s.firstAt)}</dd>
        </div>
        <div>
          <dt>{t('crm.stats.last')}</dt>
          <dd>{day(s.lastAt)}</dd>
        </div>
        <div>
          <dt>{t('crm.stats.orders')}</dt>
          <dd>{s.orders}</dd>
        </div>
        <div>
          <dt>{t('crm.stats.total')}</dt>
          <dd>{formatMoney(s.ordersTotal, currency, locale)}</dd>
        </div>
      </dl>
      <section className="section">
        <h2>{t('crm.contacts')}</h2>
        <ClientContacts contacts={contacts} visible={crm.seesContacts} />
        <dl className="facts">
          {client.birthday ? (
            <>
              <dt>{t('crm.field.birthday')}</dt>
              <dd>{formatDate(Date.parse(`${client.birthday}T12:00:00Z`), 'UTC', locale, 'date')}</dd>
            </>
          ) : null}
          <dt>{t('crm.field.consent')}</dt>
          <dd>{t(`crm.consent.${client.consent}`)}</dd>
          <dt>{t('crm.field.source')}</dt>
          <dd>{clientSourceLabel(client.source, t)}</dd>
        </dl>
        {canManage && !client.merged_into ? (
          <div className="crm-actions">
            <Link href={`/clients/${client.id}/edit`} className="button">
              {t('crm.edit')}
            </Link>
          </div>
        ) : null}
      </section>
      {client.merged_into ? null : <ClientMerges crm={crm} client={client} merges={merges} canManage={canManage} timeZone={timeZone} proposed={proposed} />}
      {canManage && !client.merged_into ? <ClientNotes clientId={client.id} /> : null}
      <ClientTimeline client={client} requests={requests} bookings={bookings} notes={notes} merges={timelineMerges} timeZone={timeZone} />
      {canManage && !client.merged_into ? (
        <div className="form-actions danger-zone">
          <button type="button" className="danger" onClick={() => void remove()}>
            {t('crm.remove')}
          </button>
        </div>
      ) : null}
    </article>
  );
}
