// A type's name in each language, whether new requests take it by default,
// who gets its new requests, and archiving.
import {useQuery} from '@rocicorp/zero/react';
import {useMemo, useState} from 'react';
import {mutators} from '../../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {ASSIGNMENT_MODES, type AssignmentMode, type Localized} from '#shared/workflow/types.ts';
import {saveTypeArgs} from '#shared/workflow/validation.ts';
import {type SaveState} from '../../cabinet/save-state.tsx';
import {useI18n} from '../../i18n/i18n.tsx';
import type {TypeConfig} from '../../requests/use-request-config.ts';
import {TextField} from '../../ui/field.tsx';
import {useWrite} from '../../write/writer.tsx';
import {DraftBar} from './draft-bar.tsx';
import {formIssues, NO_ISSUES, schemaIssues, type FormIssues} from './form-issues.ts';
import {LocalizedInputs, useLangLabel} from './localized-inputs.tsx';
import {typeArgs} from './type-args.ts';
import {useJsonDraft} from './use-json-draft.ts';

type General = {name: Localized; isDefault: boolean; mode: AssignmentMode; positions: string};

const splitList = (s: string) =>
  s
    .split(/[,;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

export function TypeGeneral({type}: {type: TypeConfig}) {
  const {t} = useI18n();
  const write = useWrite();
  const langLabel = useLangLabel();
  const [members] = useQuery(queries.team.members());
  const live = useMemo<General>(
    () => ({name: typeArgs(type, 0).name, isDefault: type.isDefault, mode: type.assignment.mode, positions: type.assignment.positions.join(', ')}),
    [type],
  );
  const draft = useJsonDraft<General>(`rs.type.${type.id}`, live);
  const v = draft.value;
  const [issues, setIssues] = useState<FormIssues>(NO_ISSUES);
  const [state, setState] = useState<SaveState>({kind: 'idle'});
  const knownPositions = [...new Set(members.flatMap((m) => [m.position, ...(m.skills ?? [])]).filter((p): p is string => !!p))];

  async function save() {
    setState({kind: 'idle'});
    const args = {...typeArgs(type, Date.now()), name: v.name, isDefault: v.isDefault, assignment: {mode: v.mode, positions: splitList(v.positions)}};
    const found = schemaIssues(saveTypeArgs, args);
    if (v.mode === 'by_position' && !splitList(v.positions).length) found.push({field: 'positions', code: 'rs.assign.positionsNeeded'});
    const labels = {
      'name.ru': langLabel(t('rs.type.name'), 'ru'),
      'name.kk': langLabel(t('rs.type.name'), 'kk'),
      'name.en': langLabel(t('rs.type.name'), 'en'),
      positions: t('rs.assign.positions'),
    };
    setIssues(formIssues(found, labels, t));
    if (found.length) return;
    const r = await write(mutators.requestConfig.saveType(args));
    if (r.ok) {
      draft.clear();
      setState({kind: 'saved'});
    } else setState({kind: 'error', message: r.message});
  }

  async function archive(archived: boolean) {
    const r = await write(mutators.requestConfig.archiveType({id: type.id, archived, at: Date.now()}));
    setState(r.ok ? {kind: 'saved'} : {kind: 'error', message: r.message});
  }

  const set = (patch: Partial<General>) => {
    setState({kind: 'idle'});
    draft.set({...v, ...patch});
  };
  return (
    <form
      className="panel-stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <section className="panel">
        {type.archived ? <p className="rs-warn">{t('rs.type.archivedNote')}</p> : null}
        <LocalizedInputs
          label={t('rs.type.name')}
          value={v.name}
          onChange={(name) => set({name})}
          errors={{ru: issues.byField['name.ru'], kk: issues.byField['name.kk'], en: issues.byField['name.en']}}
        />
        <p className="muted small">
          {t('rs.key')}: <code>{type.key}</code>
        </p>
        <label className="check">
          <input type="checkbox" checked={v.isDefault} disabled={type.archived} onChange={(e) => set({isDefault: e.target.checked})} />
          {t('rs.type.makeDefault')}
        </label>
      </section>
      <section className="panel">
        <h2>{t('rs.type.assignment')}</h2>
        <div className="rs-radios" role="radiogroup" aria-label={t('rs.type.assignment')}>
          {ASSIGNMENT_MODES.map((mode) => (
            <label key={mode} className="check rs-radio">
              <input type="radio" name={`assign-${type.id}`} checked={v.mode === mode} onChange={() => set({mode})} />
              <span>
                {t(`rs.assign.${mode}`)}
                <span className="field-hint">{t(`rs.assign.hint.${mode}`)}</span>
              </span>
            </label>
          ))}
        </div>
        {v.mode === 'by_position' ? (
          <>
            <TextField
              label={t('rs.assign.positions')}
              hint={t('rs.assign.positionsHint')}
              value={v.positions}
              error={issues.byField.positions}
              list={`positions-${type.id}`}
              onChange={(e) => set({positions: e.target.value})}
            />
            <datalist id={`positions-${type.id}`}>
              {knownPositions.map((p) => (
                <option key={p} value={p} />
              ))}
            </datalist>
          </>
        ) : null}
      </section>
      <DraftBar dirty={draft.dirty} onDiscard={draft.clear} summary={issues.summary} state={state}>
        <button className="primary">{t('action.save')}</button>
      </DraftBar>
      <section className="panel">
        <button type="button" onClick={() => void archive(!type.archived)}>
          {type.archived ? t('rs.type.restore') : t('rs.type.archive')}
        </button>
      </section>
    </form>
  );
}
