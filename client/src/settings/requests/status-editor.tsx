// The statuses of a workflow draft, in step order: name in each language,
// colour, kind, time allowed, which one new requests start in. Removing one
// that holds requests is allowed, after saying how many it holds: they stay
// readable and their cards offer a move to a live status.
import {useState} from 'react';
import {STATUS_KINDS, type StatusKind, type Workflow} from '#shared/workflow/types.ts';
import {addStatus, moveStatus, removeStatus, updateStatus} from '#shared/workflow/workflow-edit.ts';
import {localizedText} from '#shared/workflow/resolve.ts';
import {useI18n} from '../../i18n/i18n.tsx';
import {TextField} from '../../ui/field.tsx';
import {useDraft} from '../../ui/use-draft.ts';
import {LocalizedInputs, useLangLabel} from './localized-inputs.tsx';

type Props = {
  typeId: string;
  workflow: Workflow;
  onChange: (w: Workflow) => void;
  counts: ReadonlyMap<string, number>;
  /** Problems per place ("statuses.2.name.ru" → message), shown beside the input. */
  errors: Record<string, string>;
};

const NEW_STATUS = {name: '', kind: 'in_work'};

export function StatusEditor({typeId, workflow: w, onChange, counts, errors}: Props) {
  const {t, locale} = useI18n();
  const langLabel = useLangLabel();
  const [confirm, setConfirm] = useState<string | null>(null);
  const [added, setAdded, clearAdded] = useDraft(`rs.newStatus.${typeId}`, NEW_STATUS);
  const err = (i: number, part: string) => errors[`statuses.${i}.${part}`];

  function add() {
    if (!added.name.trim()) return;
    onChange(addStatus(w, {ru: added.name.trim(), kk: '', en: ''}, added.kind as StatusKind).workflow);
    clearAdded();
  }

  return (
    <section className="panel">
      <h2>{t('rs.statuses')}</h2>
      <p className="field-hint">{t('rs.statuses.hint')}</p>
      {errors.statuses ? (
        <div className="field-error" role="alert">
          {errors.statuses}
        </div>
      ) : null}
      <ol className="rs-statuses">
        {w.statuses.map((s, i) => {
          const name = localizedText(s.name, locale) || s.key;
          const count = counts.get(s.key) ?? 0;
          const id = `rs-st-${s.key}`;
          return (
            <li key={s.key} className="rs-status" data-status={s.key} data-name={s.name.ru} style={{borderLeftColor: s.color}}>
              <div className="rs-status-grid">
                <input
                  type="color"
                  className="rs-color"
                  aria-label={`${t('rs.status.color')}: ${name}`}
                  value={s.color}
                  onChange={(e) => onChange(updateStatus(w, s.key, {color: e.target.value}))}
                />
                <TextField
                  label={langLabel(t('rs.status.name'), 'ru')}
                  value={s.name.ru}
                  error={err(i, 'name.ru')}
                  onChange={(e) => onChange(updateStatus(w, s.key, {name: {...s.name, ru: e.target.value}}))}
                />
                <div className="field rs-kind">
                  <label htmlFor={`${id}-kind`}>{t('rs.status.kind')}</label>
                  <select id={`${id}-kind`} value={s.kind} onChange={(e) => onChange(updateStatus(w, s.key, {kind: e.target.value as StatusKind}))}>
                    {STATUS_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`rs.statusKind.${k}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <TextField
                  label={t('rs.status.sla')}
                  type="number"
                  inputMode="decimal"
                  min={0}
                  step="any"
                  placeholder={t('rs.status.slaNone')}
                  value={s.slaHours ?? ''}
                  error={err(i, 'slaHours')}
                  onChange={(e) => onChange(updateStatus(w, s.key, {slaHours: e.target.value === '' ? undefined : Number(e.target.value)}))}
                />
                <span className="order-buttons">
                  <button
                    type="button"
                    className="link"
                    aria-label={`${t('rs.field.up')}: ${name}`}
                    disabled={i === 0}
                    onClick={() => onChange(moveStatus(w, s.key, -1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="link"
                    aria-label={`${t('rs.field.down')}: ${name}`}
                    disabled={i === w.statuses.length - 1}
                    onClick={() => onChange(moveStatus(w, s.key, 1))}
                  >
                    ↓
                  </button>
                </span>
              </div>
              <LocalizedInputs
                label={t('rs.status.name')}
                value={s.name}
                onChange={(n) => onChange(updateStatus(w, s.key, {name: n}))}
                errors={{kk: err(i, 'name.kk'), en: err(i, 'name.en')}}
                only={['kk', 'en']}
              />
              <div className="rs-status-foot">
                <label className="check">
                  <input type="radio" name={`rs-initial-${typeId}`} checked={w.initial === s.key} onChange={() => onChange({...w, initial: s.key})} />
                  {t('rs.status.initial')}
                </label>
                {count ? <span className="muted small rs-count">{t('requests.count', {count})}</span> : null}
                <button type="button" className="link rs-danger" onClick={() => (count ? setConfirm(s.key) : onChange(removeStatus(w, s.key)))}>
                  {t('rs.status.remove')}
                </button>
              </div>
              {confirm === s.key ? (
                <div className="rs-warn" role="alert">
                  <p>{t('rs.status.removeWarn', {status: name, requests: t('requests.count', {count})})}</p>
                  <div className="btn-row">
                    <button
                      type="button"
                      className="rs-danger-button"
                      onClick={() => {
                        setConfirm(null);
                        onChange(removeStatus(w, s.key));
                      }}
                    >
                      {t('rs.status.removeConfirm')}
                    </button>
                    <button type="button" onClick={() => setConfirm(null)}>
                      {t('action.cancel')}
                    </button>
                  </div>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      {errors.initial ? (
        <div className="field-error" role="alert">
          {errors.initial}
        </div>
      ) : null}
      <div className="rs-add-row">
        <TextField
          label={t('rs.status.newName')}
          value={added.name}
          onChange={(e) => setAdded({name: e.target.value})}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <div className="field">
          <label htmlFor={`rs-new-kind-${typeId}`}>{t('rs.status.kind')}</label>
          <select id={`rs-new-kind-${typeId}`} value={added.kind} onChange={(e) => setAdded({kind: e.target.value})}>
            {STATUS_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`rs.statusKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={add} disabled={!added.name.trim()}>
          + {t('rs.status.add')}
        </button>
      </div>
    </section>
  );
}
