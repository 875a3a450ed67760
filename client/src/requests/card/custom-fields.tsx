// The type's own fields on a request: one input per kind, saved when the
// person leaves the input (kept as a draft on the device until then). Fields
// the current status (or the next move) requires are marked.
import {useQuery} from '@rocicorp/zero/react';
import {useEffect, useState} from 'react';
import {mutators} from '../../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import type {FieldDef} from '#shared/workflow/fields.ts';
import {localizedText} from '#shared/workflow/resolve.ts';
import {ClientField} from '../../crm/client-field.tsx';
import {useI18n} from '../../i18n/i18n.tsx';
import {useDraft} from '../../ui/use-draft.ts';
import {useWrite} from '../../write/writer.tsx';
import {FilesField} from './files-field.tsx';

type Value = unknown;
const EMPTY_DRAFT = {v: ''};
type Props = {
  requestId: string;
  defs: readonly FieldDef[];
  help: Record<string, string>;
  values: Readonly<Record<string, Value>>;
  requiredNow: ReadonlySet<string>;
  canEdit: boolean;
};

const toTenge = (tiyn: unknown) => (typeof tiyn === 'number' ? String(tiyn / 100) : '');
const toTiyn = (text: string) => {
  const n = Number(text.replace(/\s/g, '').replace(',', '.'));
  return text.trim() === '' ? null : Number.isFinite(n) ? Math.round(n * 100) : text;
};
const toLocalInput = (ms: unknown) => (typeof ms === 'number' ? new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 16) : '');

export function FieldInput({
  requestId,
  def,
  value,
  onSave,
  disabled,
}: {
  requestId: string;
  def: FieldDef;
  value: Value;
  onSave: (v: Value) => void;
  disabled: boolean;
}) {
  const {locale} = useI18n();
  const [members] = useQuery(queries.team.members());
  const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  const [draft, setDraft, clearDraft] = useDraft(`field.${requestId}.${def.key}`, EMPTY_DRAFT);
  const [local, setLocal] = useState<string | null>(null);
  useEffect(() => setLocal(null), [value]);
  const id = `cf-${def.key}`;
  const commit = (v: Value) => {
    onSave(v);
    clearDraft();
  };
  switch (def.kind) {
    case 'select':
      return (
        <select id={id} disabled={disabled} value={text} onChange={(e) => commit(e.target.value || null)}>
          <option value="">—</option>
          {def.options.map((o) => (
            <option key={o.key} value={o.key}>
              {localizedText(o.label, locale)}
            </option>
          ))}
        </select>
      );
    case 'multi_select': {
      const chosen = new Set(Array.isArray(value) ? (value as string[]) : []);
      return (
        <div className="checks" id={id}>
          {def.options.map((o) => (
            <label key={o.key} className="check">
              <input
                type="checkbox"
                disabled={disabled}
                checked={chosen.has(o.key)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(o.key);
                  else next.delete(o.key);
                  commit([...next]);
                }}
              />
              {localizedText(o.label, locale)}
            </label>
          ))}
        </div>
      );
    }
    case 'checkbox':
      return <input id={id} type="checkbox" disabled={disabled} checked={value === true} onChange={(e) => commit(e.target.checked)} />;
    case 'person':
      return (
        <select id={id} disabled={disabled} value={text} onChange={(e) => commit(e.target.value || null)}>
          <option value="">—</option>
          {members
            .filter((m) => m.active)
            .map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
        </select>
      );
    case 'client':
      return <ClientField id={id} value={value} disabled={disabled} onSave={commit} />;
    case 'date':
      return <input id={id} type="date" disabled={disabled} value={text} onChange={(e) => commit(e.target.value || null)} />;
    case 'datetime':
      return (
        <input
          id={id}
          type="datetime-local"
          disabled={disabled}
          value={toLocalInput(value)}
          onChange={(e) => commit(e.target.value ? new Date(e.target.value).getTime() : null)}
        />
      );
    default: {
      // Typed values: a draft survives a reload until the input is left.
      const shown = local ?? (draft.v !== '' ? draft.v : def.kind === 'money' ? toTenge(value) : text);
      const parse = (s: string): Value =>
        def.kind === 'money' ? toTiyn(s) : def.kind === 'number' ? (s.trim() === '' ? null : Number(s.replace(',', '.'))) : s.trim() === '' ? null : s;
      const props = {
        id,
        disabled,
        value: shown,
        onChange: (e: {target: {value: string}}) => {
          setLocal(e.target.value);
          setDraft({v: e.target.value});
        },
        onBlur: () => {
          if (local !== null) commit(parse(local));
        },
      };
      if (def.kind === 'long_text') return <textarea rows={3} {...props} />;
      return <input type={def.kind === 'link' ? 'url' : 'text'} inputMode={def.kind === 'money' || def.kind === 'number' ? 'decimal' : undefined} {...props} />;
    }
  }
}

export function CustomFields({requestId, defs, help, values, requiredNow, canEdit}: Props) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const [error, setError] = useState<string>();
  const shown = defs.filter((d) => !d.archived || values[d.key] !== undefined);
  if (!shown.length) return null;
  return (
    <section className="section custom-fields">
      <h2>{t('requests.fields')}</h2>
      {shown.map((def) => (
        <div key={def.key} className={requiredNow.has(def.key) ? 'field required' : 'field'} data-field={def.key}>
          <label htmlFor={`cf-${def.key}`}>
            {localizedText(def.label, locale)}
            {requiredNow.has(def.key) ? <span aria-hidden="true"> *</span> : null}
            {def.kind === 'money' ? ' (₸)' : ''}
          </label>
          {def.kind === 'files' ? (
            <FilesField id={`cf-${def.key}`} requestId={requestId} fieldKey={def.key} value={values[def.key]} disabled={!canEdit || !!def.archived} />
          ) : (
            <FieldInput
              requestId={requestId}
              def={def}
              value={values[def.key]}
              disabled={!canEdit || !!def.archived}
              onSave={async (v) => {
                setError(undefined);
                const r = await write(mutators.request.setFields({id: requestId, fields: {[def.key]: v as never}}));
                if (!r.ok) setError(r.message);
              }}
            />
          )}
          {help[def.key] ? <div className="field-hint">{help[def.key]}</div> : null}
        </div>
      ))}
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
    </section>
  );
}
