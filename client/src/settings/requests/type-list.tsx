// The company's request types, each a link to its settings; archived ones
// apart, still reachable (their old requests keep following them).
import {useI18n} from '../../i18n/i18n.tsx';
import {useRequestConfig, type TypeConfig} from '../../requests/use-request-config.ts';
import {Link} from '../../router/router.tsx';
import {hasDraft} from './use-json-draft.ts';

function TypeRow({type}: {type: TypeConfig}) {
  const {t} = useI18n();
  const fields = type.fields.filter((f) => !f.archived).length;
  return (
    <li className="rs-type-row" data-type={type.key}>
      <Link href={`/settings/requests/types/${type.id}`} className="rs-type-link">
        <b>{type.name}</b>
        <span className="muted small">
          {t('rs.count.statuses', {count: type.workflow.statuses.length})} · {t('rs.count.fields', {count: fields})} · {t(`rs.assign.${type.assignment.mode}`)}
        </span>
      </Link>
      {hasDraft(`rs.workflow.${type.id}`) || hasDraft(`rs.type.${type.id}`) ? <span className="badge rs-draft-badge">{t('rs.hasDraft')}</span> : null}
      {type.isDefault ? <span className="badge">{t('rs.types.default')}</span> : null}
      <span className="rs-chevron" aria-hidden="true">
        ›
      </span>
    </li>
  );
}

export function TypeList() {
  const {t} = useI18n();
  const config = useRequestConfig();
  const active = config.types.filter((ty) => !ty.archived);
  const archived = config.types.filter((ty) => ty.archived);
  return (
    <section className="panel">
      <h2>{t('rs.types.title')}</h2>
      {active.length ? (
        <ul className="rs-list">
          {active.map((ty) => (
            <TypeRow key={ty.id} type={ty} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('rs.types.empty')}</p>
      )}
      {archived.length ? (
        <details className="rs-archived">
          <summary>
            {t('rs.types.archived')}: {archived.length}
          </summary>
          <ul className="rs-list">
            {archived.map((ty) => (
              <TypeRow key={ty.id} type={ty} />
            ))}
          </ul>
        </details>
      ) : null}
      <Link href="/settings/requests/types/new" className="button-like">
        + {t('rs.types.add')}
      </Link>
    </section>
  );
}
