// What the document is about (D1): the requests, invoices and tasks it is
// linked to, each opening its own card. Who manages documents adds a link —
// one of the records they see — or removes one.
import {useQuery} from '@rocicorp/zero/react';
import {useState} from 'react';
import {uuidv7} from 'uuidv7';
import {can} from '#shared/auth/can.ts';
import {seesFinance} from '#shared/finance/access.ts';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {memberContextOf, type Session} from '../session/session.ts';
import {useWrite} from '../write/writer.tsx';
import type {DocLinkRow} from './use-documents.ts';

type Entity = DocLinkRow['entity'];
const ENTITIES: readonly Entity[] = ['request', 'invoice', 'task'];
const HREF: Record<Entity, (id: string) => string> = {
  request: (id) => `/requests/${id}`,
  invoice: (id) => `/finance/invoices/${id}`,
  task: (id) => `/tasks/${id}`,
};

type Props = {documentId: string; links: readonly DocLinkRow[]; canEdit: boolean; session: Session};

/** The records one may link, by kind, with their names (from the device's replica). */
function useLinkable(session: Session, enabled: boolean) {
  const ctx = memberContextOf(session);
  const [requests] = useQuery(queries.requests.list(), {enabled: enabled && can(ctx, 'requests.read')});
  const [invoices] = useQuery(queries.finance.invoices(), {enabled: enabled && seesFinance(ctx)});
  const [tasks] = useQuery(queries.tasks.list(), {enabled});
  return {
    request: requests.map((r) => ({id: r.id, name: `${r.number ? `№${r.number} ` : ''}${r.title}`})),
    invoice: invoices.map((i) => ({id: i.id, name: `№${i.number}${i.purpose ? ` — ${i.purpose}` : ''}`})),
    task: tasks.map((x) => ({id: x.id, name: x.title})),
  } satisfies Record<Entity, {id: string; name: string}[]>;
}

export function DocumentLinks({documentId, links, canEdit, session}: Props) {
  const {t} = useI18n();
  const write = useWrite();
  const linkable = useLinkable(session, true);
  const [entity, setEntity] = useState<Entity>('request');
  const [error, setError] = useState<string>();
  if (!links.length && !canEdit) return null;
  const nameOf = (l: DocLinkRow) => linkable[l.entity].find((x) => x.id === l.entity_id)?.name;
  const taken = new Set(links.map((l) => `${l.entity}:${l.entity_id}`));
  const choices = linkable[entity].filter((x) => !taken.has(`${entity}:${x.id}`));

  async function run(w: Parameters<typeof write>[0]) {
    const r = await write(w);
    setError(r.ok ? undefined : r.message);
  }
  return (
    <section className="section doc-links">
      <h2>{t('docs.links')}</h2>
      {links.length ? (
        <ul className="links-list">
          {links.map((l) => (
            <li key={l.id} className="doc-link" data-entity={l.entity}>
              <span className="badge">{t(`docs.link.${l.entity}`)}</span>
              <Link href={HREF[l.entity](l.entity_id)} className="wrap-anywhere">
                {nameOf(l) ?? '…'}
              </Link>
              {canEdit ? (
                <button
                  type="button"
                  className="link-button"
                  aria-label={`${t('docs.unlink')}: ${nameOf(l) ?? ''}`}
                  onClick={() => void run(mutators.document.unlink({id: l.id}))}
                >
                  ×
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('docs.links.none')}</p>
      )}
      {canEdit ? (
        <div className="link-add">
          <label className="doc-filter">
            {t('docs.link.what')}
            <select value={entity} onChange={(e) => setEntity(e.target.value as Entity)}>
              {ENTITIES.map((e) => (
                <option key={e} value={e}>
                  {t(`docs.link.${e}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="doc-filter">
            {t('docs.link.add')}
            <select
              value=""
              onChange={(e) =>
                e.target.value && void run(mutators.document.link({id: uuidv7(), documentId, entity, entityId: e.target.value, createdAt: Date.now()}))
              }
            >
              <option value="">{t('docs.link.pick')}</option>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
    </section>
  );
}
