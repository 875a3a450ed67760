// One step of an approval chain, as a small form: what it is called, who
// decides it, its group, from which amount it applies, only past a limit.
import type {ChainStepJson} from '#schema/tables/finance.ts';
import {useT} from '../i18n/i18n.tsx';
import {amountText, parseAmount} from './money.ts';

type Props = {
  step: ChainStepJson;
  roles: readonly {key: string; name: string}[];
  people: readonly {id: string; name: string}[];
  onChange: (next: ChainStepJson) => void;
  onRemove: () => void;
};

export function ChainStepRow({step, roles, people, onChange, onRemove}: Props) {
  const t = useT();
  const who = step.memberId ? `m:${step.memberId}` : `r:${step.role ?? ''}`;
  const {role: _r, memberId: _m, minAmount: _a, overLimit: _o, ...base} = step;
  const id = `cs-${step.key}`;
  return (
    <li className="chain-step" data-step={step.key}>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('fin.step.name')}</label>
        <input id={`${id}-name`} value={step.name} maxLength={120} onChange={(e) => onChange({...step, name: e.target.value})} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-who`}>{t('fin.step.who')}</label>
        <select
          id={`${id}-who`}
          value={who}
          onChange={(e) => {
            const v = e.target.value;
            const rest = {...base, ...(step.minAmount !== undefined ? {minAmount: step.minAmount} : {}), ...(step.overLimit ? {overLimit: true} : {})};
            onChange(v.startsWith('m:') ? {...rest, memberId: v.slice(2)} : {...rest, role: v.slice(2)});
          }}
        >
          <optgroup label={t('fin.step.roles')}>
            {roles.map((r) => (
              <option key={r.key} value={`r:${r.key}`}>
                {r.name}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('fin.step.people')}>
            {people.map((p) => (
              <option key={p.id} value={`m:${p.id}`}>
                {p.name}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-group`}>{t('fin.step.group')}</label>
        <input
          id={`${id}-group`}
          type="number"
          min={0}
          max={20}
          value={step.group}
          onChange={(e) => onChange({...step, group: Math.max(0, Math.min(20, Number(e.target.value) || 0))})}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-min`}>{t('fin.step.fromAmount')}</label>
        <input
          id={`${id}-min`}
          // Typed freely and read on leaving; a value arriving from the server (a reload) replaces it.
          key={step.minAmount ?? 'none'}
          inputMode="decimal"
          defaultValue={amountText(step.minAmount)}
          onBlur={(e) => {
            const v = e.target.value.trim() ? parseAmount(e.target.value) : null;
            const {minAmount: _x, ...without} = step;
            onChange(v === null ? without : {...step, minAmount: v});
          }}
        />
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={!!step.overLimit}
          onChange={(e) => {
            const {overLimit: _x, ...without} = step;
            onChange(e.target.checked ? {...step, overLimit: true} : without);
          }}
        />
        {t('fin.step.overLimit')}
      </label>
      <button type="button" className="link rs-danger" onClick={onRemove}>
        {t('fin.step.remove')}
      </button>
    </li>
  );
}
