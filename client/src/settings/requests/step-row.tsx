// One step of a type's template: its title, the status that makes it, who does
// it (a role or a person), its time once it can start, what it waits on, and
// what its doer must hand in and see of the request.
import type {Step} from '#shared/tasks/steps.ts';
import type {FieldDef} from '#shared/workflow/fields.ts';
import {fieldLabel} from '#shared/workflow/fields.ts';
import {localizedText} from '#shared/workflow/resolve.ts';
import type {Workflow} from '#shared/workflow/types.ts';
import {useI18n} from '../../i18n/i18n.tsx';
import {TextField} from '../../ui/field.tsx';
import {LocalizedInputs} from './localized-inputs.tsx';

type Props = {
  index: number;
  step: Step;
  earlier: readonly Step[];
  workflow: Workflow;
  fields: readonly FieldDef[];
  roles: readonly {key: string; name: string}[];
  members: readonly {id: string; name: string}[];
  errors: Record<string, string>;
  onChange: (next: Step) => void;
  onRemove: () => void;
};

const toggle = (list: readonly string[], key: string, on: boolean) => (on ? [...list.filter((k) => k !== key), key] : list.filter((k) => k !== key));

export function StepRow({index: i, step, earlier, workflow, fields, roles, members, errors, onChange, onRemove}: Props) {
  const {t, locale} = useI18n();
  const who = step.memberId ? `m:${step.memberId}` : step.role ? `r:${step.role}` : '';
  const err = (k: string) => errors[`${i}.${k}`];
  return (
    <li className="panel rs-step">
      <LocalizedInputs label={t('rs.steps.title')} value={step.title} errors={{ru: err('title.ru')}} onChange={(title) => onChange({...step, title})} />
      <div className="field">
        <label htmlFor={`rs-step-status-${i}`}>{t('rs.steps.onStatus')}</label>
        <select
          id={`rs-step-status-${i}`}
          value={step.onStatus}
          aria-invalid={err('onStatus') ? true : undefined}
          onChange={(e) => onChange({...step, onStatus: e.target.value})}
        >
          {workflow.statuses.map((s) => (
            <option key={s.key} value={s.key}>
              {localizedText(s.name, locale)}
            </option>
          ))}
        </select>
        {err('onStatus') ? <div className="field-error">{err('onStatus')}</div> : null}
      </div>
      <div className="field">
        <label htmlFor={`rs-step-who-${i}`}>{t('rs.steps.who')}</label>
        <select
          id={`rs-step-who-${i}`}
          value={who}
          onChange={(e) => {
            const v = e.target.value;
            onChange({...step, role: v.startsWith('r:') ? v.slice(2) : '', memberId: v.startsWith('m:') ? v.slice(2) : null});
          }}
        >
          <option value="">{t('rs.steps.whoResponsible')}</option>
          <optgroup label={t('rs.steps.byRole')}>
            {roles.map((r) => (
              <option key={r.key} value={`r:${r.key}`}>
                {r.name}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('rs.steps.byPerson')}>
            {members.map((m) => (
              <option key={m.id} value={`m:${m.id}`}>
                {m.name}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <TextField
        label={t('rs.steps.hours')}
        hint={t('rs.steps.hoursHint')}
        type="number"
        inputMode="decimal"
        min={0}
        step="any"
        value={step.durationHours ?? ''}
        error={err('durationHours')}
        onChange={(e) => onChange({...step, durationHours: e.target.value === '' ? null : Number(e.target.value)})}
      />
      <label className="check">
        <input type="checkbox" checked={step.resultRequired} onChange={(e) => onChange({...step, resultRequired: e.target.checked})} />
        {t('rs.steps.resultRequired')}
      </label>
      <label className="check">
        <input type="checkbox" checked={step.required} onChange={(e) => onChange({...step, required: e.target.checked})} />
        {t('rs.steps.required')}
      </label>
      {earlier.length ? (
        <fieldset className="rs-checks">
          <legend>{t('rs.steps.dependsOn')}</legend>
          {earlier.map((e) => (
            <label key={e.key} className="check">
              <input
                type="checkbox"
                checked={step.dependsOn.includes(e.key)}
                onChange={(ev) => onChange({...step, dependsOn: toggle(step.dependsOn, e.key, ev.target.checked)})}
              />
              {localizedText(e.title, locale) || e.key}
            </label>
          ))}
        </fieldset>
      ) : null}
      {fields.length ? (
        <fieldset className="rs-checks">
          <legend>{t('rs.steps.fields')}</legend>
          {fields.map((f) => (
            <label key={f.key} className="check">
              <input
                type="checkbox"
                checked={step.fields.includes(f.key)}
                onChange={(ev) => onChange({...step, fields: toggle(step.fields, f.key, ev.target.checked)})}
              />
              {fieldLabel(f, locale)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <button type="button" className="link danger" onClick={onRemove}>
        {t('rs.steps.remove')}
      </button>
    </li>
  );
}
