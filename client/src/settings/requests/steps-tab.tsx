// A type's step template (T1): the tasks a request of this type gets when it
// enters a status. Edited as one draft (kept on the device until saved) and
// saved with the type in one write, checked first by the server's own schema.
import {useQuery} from '@rocicorp/zero/react';
import {useState} from 'react';
import {mutators} from '../../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {parseSteps, stepsSchema, type Step} from '#shared/tasks/steps.ts';
import {type SaveState} from '../../cabinet/save-state.tsx';
import {useI18n} from '../../i18n/i18n.tsx';
import type {TypeConfig} from '../../requests/use-request-config.ts';
import {useRoleName} from '../../requests/use-role-name.ts';
import {useWrite} from '../../write/writer.tsx';
import {DraftBar} from './draft-bar.tsx';
import {StepRow} from './step-row.tsx';
import {typeArgs} from './type-args.ts';
import {useJsonDraft} from './use-json-draft.ts';

export function StepsTab({type}: {type: TypeConfig}) {
  const {t} = useI18n();
  const write = useWrite();
  const roleName = useRoleName();
  const [roles] = useQuery(queries.team.roles());
  const [members] = useQuery(queries.team.members());
  const draft = useJsonDraft<Step[]>(`rs.steps.${type.id}`, parseSteps(type.row.steps));
  const steps = draft.value;
  const [checked, setChecked] = useState(false);
  const [state, setState] = useState<SaveState>({kind: 'idle'});
  const parsed = stepsSchema.safeParse(steps);
  const issues = parsed.success ? [] : parsed.error.issues;
  const errors = checked
    ? Object.fromEntries(issues.map((i) => [i.path.join('.'), t((i.message.includes('.') ? i.message : 'v.invalid') as 'v.invalid')]))
    : {};
  const fields = type.fields.filter((f) => !f.archived);
  const change = (next: Step[]) => {
    setState({kind: 'idle'});
    draft.set(next);
  };
  const add = () => {
    const key = `step_${steps.length + 1}_${Date.now().toString(36).slice(-4)}`;
    const first = type.workflow.statuses.find((s) => s.kind === 'in_work') ?? type.workflow.statuses[0]!;
    change([
      ...steps,
      {
        key,
        title: {ru: '', kk: '', en: ''},
        onStatus: first.key,
        role: '',
        memberId: null,
        durationHours: 8,
        resultRequired: false,
        required: true,
        dependsOn: [],
        fields: [],
      },
    ]);
  };
  async function save() {
    setChecked(true);
    if (!parsed.success) return;
    const r = await write(mutators.requestConfig.saveType({...typeArgs(type, Date.now()), steps: parsed.data}));
    if (!r.ok) return setState({kind: 'error', message: r.message});
    draft.clear();
    setChecked(false);
    setState({kind: 'saved'});
  }
  return (
    <form
      className="panel-stack rs-steps"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="muted">{t('rs.steps.intro')}</p>
      <ol className="rs-step-list">
        {steps.map((s, i) => (
          <StepRow
            key={s.key}
            index={i}
            step={s}
            earlier={steps.slice(0, i)}
            workflow={type.workflow}
            fields={fields}
            roles={roles.filter((r) => !r.is_system || r.key === 'staff').map((r) => ({key: r.key, name: roleName(r.key)}))}
            members={members.filter((m) => m.active).map((m) => ({id: m.id, name: m.name}))}
            errors={errors}
            onChange={(next) => change(steps.map((x, k) => (k === i ? next : x)))}
            onRemove={() => change(steps.filter((_, k) => k !== i).map((x) => ({...x, dependsOn: x.dependsOn.filter((d) => d !== s.key)})))}
          />
        ))}
      </ol>
      <button type="button" className="secondary" onClick={add}>
        {t('rs.steps.add')}
      </button>
      <DraftBar dirty={draft.dirty} onDiscard={draft.clear} state={state} summary={checked && issues.length ? t('rs.steps.issues') : undefined}>
        <button className="primary">{t('rs.steps.save')}</button>
      </DraftBar>
    </form>
  );
}
