// A type's workflow, edited as one draft (statuses, moves, time limits) and
// saved in one write, checked first by the same schema the server applies; each
// problem is shown where it is and listed by the save button in the user's words.
import {useQuery} from '@rocicorp/zero/react';
import {useMemo, useState} from 'react';
import {mutators} from '../../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {localizedText} from '#shared/workflow/resolve.ts';
import type {Workflow} from '#shared/workflow/types.ts';
import {countByStatus} from '#shared/workflow/workflow-edit.ts';
import {describeWorkflowIssue, workflowIssues} from '#shared/workflow/workflow-issues.ts';
import {type SaveState} from '../../cabinet/save-state.tsx';
import {useI18n} from '../../i18n/i18n.tsx';
import type {TypeConfig} from '../../requests/use-request-config.ts';
import {TextField} from '../../ui/field.tsx';
import {useWrite} from '../../write/writer.tsx';
import {DraftBar} from './draft-bar.tsx';
import {StatusEditor} from './status-editor.tsx';
import {TransitionEditor} from './transition-editor.tsx';
import {typeArgs} from './type-args.ts';
import {useJsonDraft} from './use-json-draft.ts';

export function WorkflowTab({type}: {type: TypeConfig}) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const draft = useJsonDraft<Workflow>(`rs.workflow.${type.id}`, type.workflow);
  const w = draft.value;
  const [requests] = useQuery(queries.requests.list());
  const counts = useMemo(() => countByStatus(requests, type.id), [requests, type.id]);
  const fields = type.fields.filter((f) => !f.archived);
  const issues = workflowIssues(
    w,
    fields.map((f) => f.key),
  );
  const [checked, setChecked] = useState(false);
  const [state, setState] = useState<SaveState>({kind: 'idle'});
  // Problems show once a save was tried, then follow the typing.
  const shown = checked ? issues : [];
  const errors = Object.fromEntries(shown.map((i) => [i.path.join('.'), t(i.code, i.params)]));
  const orphans = type.workflow.statuses.filter((s) => (counts.get(s.key) ?? 0) > 0 && !w.statuses.some((x) => x.key === s.key));

  const change = (next: Workflow) => {
    setState({kind: 'idle'});
    draft.set(next);
  };
  async function save() {
    setChecked(true);
    if (issues.length) return;
    const r = await write(mutators.requestConfig.saveType({...typeArgs(type, Date.now()), workflow: w}));
    if (!r.ok) return setState({kind: 'error', message: r.message});
    draft.clear();
    setChecked(false);
    setState({kind: 'saved'});
  }
  const summary = shown.length ? (
    <div className="alert" role="alert">
      <p>{t('rs.workflow.issues')}</p>
      <ul>
        {shown.map((i) => (
          <li key={i.path.join('.')}>{describeWorkflowIssue(i, w, t, locale)}</li>
        ))}
      </ul>
    </div>
  ) : null;

  return (
    <form
      className="panel-stack rs-workflow"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <StatusEditor typeId={type.id} workflow={w} onChange={change} counts={counts} errors={errors} />
      <TransitionEditor workflow={w} onChange={change} fields={fields} errors={errors} />
      <section className="panel">
        <h2>{t('rs.sla.title')}</h2>
        <div className="rs-radios" role="radiogroup" aria-label={t('rs.sla.mode')}>
          {(['working', 'calendar'] as const).map((mode) => (
            <label key={mode} className="check">
              <input type="radio" name={`rs-sla-${type.id}`} checked={w.sla.mode === mode} onChange={() => change({...w, sla: {...w.sla, mode}})} />
              {t(`rs.sla.${mode}`)}
            </label>
          ))}
        </div>
        <TextField
          label={t('rs.sla.escalate')}
          hint={t('rs.sla.escalateHint')}
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          value={typeof w.sla.escalateAfterHours === 'number' && !Number.isNaN(w.sla.escalateAfterHours) ? w.sla.escalateAfterHours : ''}
          error={errors['sla.escalateAfterHours']}
          onChange={(e) => change({...w, sla: {...w.sla, escalateAfterHours: e.target.value === '' ? Number.NaN : Number(e.target.value)}})}
        />
      </section>
      {orphans.length ? (
        <p className="rs-warn" role="status">
          {t('rs.status.orphans', {
            list: orphans
              .map((s) => t('rs.status.orphanItem', {status: localizedText(s.name, locale), requests: t('requests.count', {count: counts.get(s.key) ?? 0})}))
              .join(', '),
          })}
        </p>
      ) : null}
      {summary}
      <DraftBar dirty={draft.dirty} onDiscard={draft.clear} state={state}>
        <button className="primary">{t('rs.workflow.save')}</button>
      </DraftBar>
    </form>
  );
}
