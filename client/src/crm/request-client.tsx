// On a request's card: the client it is from (found by matching when the
// request was made), with their number of contacts and a repeat badge; a link
// to their card; and, for staff who edit requests, linking by hand.
import type {Row} from '@rocicorp/zero';
import {mutators} from '../sync/mutators.ts';
import {liveId} from '#shared/crm/match.ts';
import {useT} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import type {Session} from '../session/session.ts';
import {useWrite} from '../write/writer.tsx';
import {ClientPicker} from './client-picker.tsx';
import {displayName, useCrm} from './use-crm.ts';

export function RequestClient({request, session}: {request: Row['request']; session: Session}) {
  const t = useT();
  const write = useWrite();
  const crm = useCrm(session.permissions, {search: !request.client_id});
  if (!session.permissions.includes('clients.read')) return null;
  const canLink = session.permissions.includes('requests.update');
  const id = request.client_id ? liveId(request.client_id, crm.byId) : undefined;
  const client = id ? crm.byId.get(id) : undefined;
  const s = client ? crm.statsOf(client.id) : undefined;
  const link = (clientId: string | null) => void write(mutators.client.linkRequest({requestId: request.id, clientId}));
  return (
    <section className="section request-client" aria-label={t('crm.req.title')}>
      <h2>{t('crm.req.title')}</h2>
      {client && s ? (
        <div className="request-client-row">
          <Link href={`/clients/${client.id}`} className="client-link">
            {displayName(client, crm.contactsOf(client.id), t('crm.noName'))}
          </Link>
          {s.repeat ? <span className="badge repeat-badge">{t('crm.repeat')}</span> : null}
          <span className="muted">{t('crm.req.contacts', {count: s.requests + s.bookings})}</span>
          {canLink ? (
            <button type="button" className="link" onClick={() => link(null)}>
              {t('crm.req.unlink')}
            </button>
          ) : null}
        </div>
      ) : (
        <>
          <p className="muted">{request.client_id ? t('state.loading') : t('crm.req.none')}</p>
          {canLink && !request.client_id ? <ClientPicker crm={crm} label={t('crm.req.link')} onPick={(c) => link(c.id)} /> : null}
        </>
      )}
    </section>
  );
}
