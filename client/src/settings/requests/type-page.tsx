// One request type: its name and assignment, its fields, its workflow, its
// step template — four tabs, each saved on its own.
import {useI18n} from '../../i18n/i18n.tsx';
import {useRequestConfig} from '../../requests/use-request-config.ts';
import {Link} from '../../router/router.tsx';
import {FieldsTab} from './fields-tab.tsx';
import {TypeGeneral} from './type-general.tsx';
import {WorkflowTab} from './workflow-tab.tsx';
import {StepsTab} from './steps-tab.tsx';
import {parseSteps} from '#shared/tasks/steps.ts';

export type TypeTab = 'general' | 'fields' | 'workflow' | 'steps';

export function TypePage({id, tab}: {id: string; tab: TypeTab}) {
  const {t} = useI18n();
  const config = useRequestConfig();
  const type = config.byId.get(id);
  const back = (
    <Link href="/settings/requests" className="back-link rs-back">
      ← {t('rs.title')}
    </Link>
  );
  if (!type) {
    return (
      <div className="page cabinet rs-page">
        {back}
        <p className="muted">{config.types.length ? t('error.notAllowed') : t('state.loading')}</p>
      </div>
    );
  }
  const fields = type.fields.filter((f) => !f.archived).length;
  const tabs: {key: TypeTab; label: string}[] = [
    {key: 'general', label: t('rs.tab.general')},
    {key: 'fields', label: `${t('rs.tab.fields')} (${fields})`},
    {key: 'workflow', label: t('rs.tab.workflow')},
    {key: 'steps', label: `${t('rs.tab.steps')} (${parseSteps(type.row.steps).length})`},
  ];
  return (
    <div className="page cabinet rs-page">
      {back}
      <h1>
        {type.name} {type.archived ? <span className="badge">{t('rs.types.archived')}</span> : null}
      </h1>
      <nav className="chips tabs" aria-label={type.name}>
        {tabs.map((x) => (
          <Link
            key={x.key}
            href={`/settings/requests/types/${type.id}${x.key === 'general' ? '' : `/${x.key}`}`}
            className={x.key === tab ? 'chip active' : 'chip'}
            aria-current={x.key === tab ? 'page' : undefined}
          >
            {x.label}
          </Link>
        ))}
      </nav>
      {tab === 'general' ? <TypeGeneral key={type.id} type={type} /> : null}
      {tab === 'fields' ? <FieldsTab key={type.id} type={type} /> : null}
      {tab === 'workflow' ? <WorkflowTab key={type.id} type={type} /> : null}
      {tab === 'steps' ? <StepsTab key={type.id} type={type} /> : null}
    </div>
  );
}
