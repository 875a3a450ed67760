// One field of a type: its name and hint in each language, its kind (fixed
// once saved), when it becomes required, its choices and its default. The
// typing is a draft on the device until saved.
import type {Row} from '@rocicorp/zero';
import {useMemo, useState} from 'react';
import {uuidv7} from 'uuidv7';
import type {FieldIssue} from '#shared/errors.ts';
import {mutators} from '../../sync/mutators.ts';
import {FIELD_KINDS, valueProblem, type FieldDef, type FieldKind} from '#shared/workflow/fields.ts';
import {keyFromName} from '#shared/workflow/keys.ts';
import {localizedText} from '#shared/workflow/resolve.ts';
import type {Localized, WorkflowStatus} from '#shared/workflow/types.ts';
import {saveFieldArgs} from '#shared/workflow/validation.ts';
import {type SaveState} from '../../cabinet/save-state.tsx';
import {useI18n} from '../../i18n/i18n.tsx';
import {FieldInput} from '../../requests/card/custom-fields.tsx';
import {useWrite} from '../../write/writer.tsx';
import {DraftBar} from './draft-bar.tsx';
import {fieldArgs} from './field-args.ts';
import {formIssues, NO_ISSUES, schemaIssues} from './form-issues.ts';
import {LocalizedInputs, useLangLabel} from './localized-inputs.tsx';
import {useJsonDraft} from './use-json-draft.ts';

type Option = {key: string; label: Localized};
type FieldDraft = {label: Localized; kind: FieldKind; required: boolean; requiredFrom: string; help: Localized; options: Option[]; defaultValue: unknown};

const NO_TEXT: Localized = {ru: '', kk: '', en: ''};
const EMPTY: FieldDraft = {label: NO_TEXT, kind: 'text', required: false, requiredFrom: '', help: NO_TEXT, options: [], defaultValue: null};
const WITH_OPTIONS: readonly FieldKind[] = ['select', 'multi_select'];
/** A default makes sense where a value can be typed or picked without knowing the request. */
const WITH_DEFAULT: readonly FieldKind[] = ['text', 'long_text', 'number', 'money', 'date', 'select', 'multi_select', 'checkbox', 'link'];

type Props = {
  typeId: string;
  row?: Row['field_def'];
  position: number;
  statuses: readonly WorkflowStatus[];
  takenKeys: readonly string[];
  onDone: () => void;
  onArchive?: () => void;
};

export function FieldForm({typeId, row, position, statuses, takenKeys, onDone, onArchive}: Props) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const langLabel = useLangLabel();
  const live = useMemo<FieldDraft>(() => {
    if (!row) return EMPTY;
    const a = fieldArgs(row, 0);
    return {
      label: a.label,
      kind: a.kind,
      required: a.required ?? false,
      requiredFrom: a.requiredFrom ?? '',
      help: a.help,
      options: a.options,
      defaultValue: a.defaultValue ?? null,
    };
  }, [row]);
  const draft = useJsonDraft<FieldDraft>(`rs.field.${row?.id ?? `new.${typeId}`}`, live);
  const v = draft.value;
  const [issues, setIssues] = useState(NO_ISSUES);
  const [state, setState] = useState<SaveState>({kind: 'idle'});
  const set = (patch: Partial<FieldDraft>) => {
    setState({kind: 'idle'});
    draft.set({...v, ...patch});
  };
  const hasOptions = WITH_OPTIONS.includes(v.kind);
  // Only saved choices can be a default: a new one has no key until saved.
  const defaultDef: FieldDef = {key: 'default', label: v.label, kind: v.kind, options: v.options.filter((o) => o.key), required: false};

  async function save() {
    const used = new Set(v.options.map((o) => o.key).filter(Boolean));
    const options = hasOptions
      ? v.options.map((o) => {
          if (o.key) return o;
          const key = keyFromName(o.label.ru, used, 'option');
          used.add(key);
          return {...o, key};
        })
      : [];
    const defaultValue = WITH_DEFAULT.includes(v.kind) ? (v.defaultValue ?? null) : null;
    const args = {
      ...(row ? fieldArgs(row, Date.now()) : {id: uuidv7(), typeId, key: keyFromName(v.label.ru, takenKeys, 'field'), position, at: Date.now()}),
      label: v.label,
      kind: v.kind,
      options,
      required: v.required,
      requiredFrom: v.required || !v.requiredFrom ? null : v.requiredFrom,
      help: v.help,
      defaultValue: defaultValue as never,
    };
    const found: FieldIssue[] = schemaIssues(saveFieldArgs, args);
    if (hasOptions && !options.length) found.push({field: 'options', code: 'rs.field.optionsNeeded'});
    options.forEach((o, i) => {
      if (!o.label.ru.trim()) found.push({field: `options.${i}`, code: 'v.required'});
    });
    const problem = defaultValue === null ? null : valueProblem({...defaultDef, options}, defaultValue);
    if (problem) found.push({field: 'defaultValue', code: problem});
    const labels: Record<string, string> = {
      'label.ru': langLabel(t('rs.field.label'), 'ru'),
      'label.kk': langLabel(t('rs.field.label'), 'kk'),
      'label.en': langLabel(t('rs.field.label'), 'en'),
      help: t('rs.field.help'),
      kind: t('rs.field.kind'),
      key: t('rs.key'),
      options: t('rs.field.options'),
      defaultValue: t('rs.field.default'),
      ...Object.fromEntries(options.map((_, i) => [`options.${i}`, langLabel(t('rs.field.option', {n: i + 1}), 'ru')])),
    };
    const shown = formIssues(found, labels, t);
    setIssues(shown);
    if (found.length) return;
    const r = await write(mutators.requestConfig.saveField(args));
    if (!r.ok) return setState({kind: 'error', message: r.message});
    draft.clear();
    onDone();
  }

  const setOption = (i: number, patch: Partial<Option>) => set({options: v.options.map((o, j) => (j === i ? {...o, ...patch} : o))});
  const moveOption = (i: number, d: -1 | 1) => {
    const next = [...v.options];
    const j = i + d;
    if (j < 0 || j >= next.length) return;
    [next[i], next[j]] = [next[j]!, next[i]!];
    set({options: next});
  };
  const kindId = `rs-kind-${row?.id ?? 'new'}`;
  const fromId = `rs-from-${row?.id ?? 'new'}`;
  return (
    <form
      className="rs-field-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <LocalizedInputs
        label={t('rs.field.label')}
        value={v.label}
        onChange={(label) => set({label})}
        errors={{ru: issues.byField['label.ru'], kk: issues.byField['label.kk'], en: issues.byField['label.en']}}
      />
      <div className="two">
        <div className="field">
          <label htmlFor={kindId}>{t('rs.field.kind')}</label>
          <select
            id={kindId}
            value={v.kind}
            disabled={!!row}
            onChange={(e) => set({kind: e.target.value as FieldKind, defaultValue: null})}
            aria-describedby={row ? `${kindId}-hint` : undefined}
          >
            {FIELD_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`rs.kind.${k}`)}
              </option>
            ))}
          </select>
          {row ? (
            <div className="field-hint" id={`${kindId}-hint`}>
              {t('rs.field.kindFixed')}
            </div>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={fromId}>{t('rs.field.requiredFrom')}</label>
          <select id={fromId} value={v.required ? '' : v.requiredFrom} disabled={v.required} onChange={(e) => set({requiredFrom: e.target.value})}>
            <option value="">{t('rs.field.requiredFromNone')}</option>
            {statuses.map((s) => (
              <option key={s.key} value={s.key}>
                {localizedText(s.name, locale)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label className="check">
        <input type="checkbox" checked={v.required} onChange={(e) => set({required: e.target.checked})} />
        {t('rs.field.required')}
      </label>
      {hasOptions ? (
        <fieldset className="rs-options">
          <legend className="label">{t('rs.field.options')}</legend>
          {issues.byField.options ? (
            <div className="field-error" role="alert">
              {issues.byField.options}
            </div>
          ) : null}
          {v.options.map((o, i) => (
            <div key={i} className="rs-option">
              <LocalizedInputs
                label={t('rs.field.option', {n: i + 1})}
                value={o.label}
                onChange={(label) => setOption(i, {label})}
                errors={{ru: issues.byField[`options.${i}`]}}
              />
              <div className="order-buttons">
                <button
                  type="button"
                  className="link"
                  aria-label={`${t('rs.field.up')}: ${t('rs.field.option', {n: i + 1})}`}
                  disabled={i === 0}
                  onClick={() => moveOption(i, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="link"
                  aria-label={`${t('rs.field.down')}: ${t('rs.field.option', {n: i + 1})}`}
                  disabled={i === v.options.length - 1}
                  onClick={() => moveOption(i, 1)}
                >
                  ↓
                </button>
                {/* A saved choice may be on requests already: it stays until the field is replaced. */}
                {o.key ? null : (
                  <button type="button" className="link" onClick={() => set({options: v.options.filter((_, j) => j !== i)})}>
                    {t('rs.field.remove')}
                  </button>
                )}
              </div>
            </div>
          ))}
          <button type="button" onClick={() => set({options: [...v.options, {key: '', label: NO_TEXT}]})}>
            + {t('rs.field.addOption')}
          </button>
        </fieldset>
      ) : null}
      {WITH_DEFAULT.includes(v.kind) ? (
        <div className="field" data-field="default">
          <label htmlFor="cf-default">{t('rs.field.default')}</label>
          <FieldInput
            requestId={`rs-default-${row?.id ?? typeId}`}
            def={defaultDef}
            value={v.defaultValue}
            disabled={false}
            onSave={(value) => set({defaultValue: value})}
          />
          {issues.byField.defaultValue ? (
            <div className="field-error" role="alert">
              {issues.byField.defaultValue}
            </div>
          ) : null}
        </div>
      ) : null}
      <LocalizedInputs label={t('rs.field.help')} value={v.help} onChange={(help) => set({help})} multiline />
      <DraftBar dirty={draft.dirty} onDiscard={draft.clear} summary={issues.summary} state={state}>
        {onArchive ? (
          <button type="button" onClick={onArchive}>
            {t('rs.field.archive')}
          </button>
        ) : null}
        <button type="button" onClick={onDone}>
          {t('action.close')}
        </button>
        <button className="primary">{t('action.save')}</button>
      </DraftBar>
    </form>
  );
}
