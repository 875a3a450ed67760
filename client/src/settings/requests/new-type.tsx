// A company's own request type: a name, and statuses to start from (a simple
// workflow, or a copy of an existing type's), refined afterwards.
import {useState} from 'react';
import {uuidv7} from 'uuidv7';
import {mutators} from '../../sync/mutators.ts';
import {keyFromName} from '#shared/workflow/keys.ts';
import {DEFAULT_WORKFLOW} from '#shared/workflow/resolve.ts';
import type {Localized} from '#shared/workflow/types.ts';
import {saveTypeArgs} from '#shared/workflow/validation.ts';
import {type SaveState} from '../../cabinet/save-state.tsx';
import {useI18n} from '../../i18n/i18n.tsx';
import {useRequestConfig} from '../../requests/use-request-config.ts';
import {Link, navigate} from '../../router/router.tsx';
import {useWrite} from '../../write/writer.tsx';
import {DraftBar} from './draft-bar.tsx';
import {formIssues, NO_ISSUES, schemaIssues} from './form-issues.ts';
import {LocalizedInputs, useLangLabel} from './localized-inputs.tsx';
import {useJsonDraft} from './use-json-draft.ts';

type NewTypeDraft = {name: Localized; from: string};
const EMPTY: NewTypeDraft = {name: {ru: '', kk: '', en: ''}, from: ''};

export function NewType() {
  const {t} = useI18n();
  const write = useWrite();
  const langLabel = useLangLabel();
  const config = useRequestConfig();
  const draft = useJsonDraft<NewTypeDraft>('rs.type.new', EMPTY);
  const v = draft.value;
  const [issues, setIssues] = useState(NO_ISSUES);
  const [state, setState] = useState<SaveState>({kind: 'idle'});

  async function create() {
    const source = config.byId.get(v.from);
    const args = {
      id: uuidv7(),
      key: keyFromName(
        v.name.ru,
        config.types.map((ty) => ty.key),
        'type',
      ),
      name: v.name,
      workflow: source?.workflow ?? DEFAULT_WORKFLOW,
      assignment: {mode: 'manual' as const, positions: []},
      isDefault: false,
      position: Math.max(0, ...config.types.map((ty) => ty.row.position)) + 1,
      at: Date.now(),
    };
    const found = schemaIssues(saveTypeArgs, args);
    setIssues(
      formIssues(
        found,
        {'name.ru': langLabel(t('rs.type.name'), 'ru'), 'name.kk': langLabel(t('rs.type.name'), 'kk'), 'name.en': langLabel(t('rs.type.name'), 'en')},
        t,
      ),
    );
    if (found.length) return;
    const r = await write(mutators.requestConfig.saveType(args));
    if (!r.ok) return setState({kind: 'error', message: r.message});
    draft.clear();
    navigate(`/settings/requests/types/${args.id}/fields`, {replace: true});
  }

  return (
    <form
      className="page cabinet rs-page"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
    >
      <Link href="/settings/requests" className="back-link rs-back">
        ← {t('rs.title')}
      </Link>
      <h1>{t('rs.type.new')}</h1>
      <section className="panel">
        <LocalizedInputs
          label={t('rs.type.name')}
          value={v.name}
          onChange={(name) => draft.set({...v, name})}
          errors={{ru: issues.byField['name.ru'], kk: issues.byField['name.kk'], en: issues.byField['name.en']}}
        />
        <div className="field">
          <label htmlFor="rs-copy-from">{t('rs.type.copyFrom')}</label>
          <select id="rs-copy-from" value={v.from} onChange={(e) => draft.set({...v, from: e.target.value})}>
            <option value="">{t('rs.type.basicWorkflow')}</option>
            {config.types
              .filter((ty) => !ty.archived)
              .map((ty) => (
                <option key={ty.id} value={ty.id}>
                  {ty.name}
                </option>
              ))}
          </select>
        </div>
      </section>
      <DraftBar dirty={draft.dirty} onDiscard={draft.clear} summary={issues.summary} state={state}>
        <button className="primary">{t('action.create')}</button>
      </DraftBar>
    </form>
  );
}
