import {useQuery} from '@rocicorp/zero/react';
import {useState, type FormEvent} from 'react';
import {uuidv7} from 'uuidv7';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {createRequestArgs} from '#shared/requests/validation.ts';
import {issuesByField} from '#shared/validation/describe.ts';
import {toFieldIssues} from '#shared/validation/issues.ts';
import {validateCustomFields} from '#shared/workflow/fields.ts';
import {localizedText} from '#shared/workflow/resolve.ts';
import {PRIORITIES} from '#shared/workflow/types.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link, navigate} from '../router/router.tsx';
import {TextArea, TextField} from '../ui/field.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {useWriteEarly} from '../write/writer.tsx';
import {FieldInput} from './card/custom-fields.tsx';
import {fromLocalInput} from './card/local-time.ts';
import {useRequestConfig} from './use-request-config.ts';

const EMPTY = {
  typeId: '',
  title: '',
  clientName: '',
  clientPhone: '',
  clientEmail: '',
  text: '',
  priority: 'medium',
  deadline: '',
  responsibleId: '',
  fields: '{}',
};

/**
 * A request typed in by staff (a phone call, a walk-in, an internal need).
 * The type decides which fields are asked; fields required from the start are
 * asked here, the rest on the card when the workflow needs them. Everything
 * typed is kept as a draft until the request is saved.
 */
export function NewRequest({timeZone}: {timeZone: string}) {
  const {t, locale} = useI18n();
  // The card shows as soon as the device has the request; the draft stays until the journal holds it.
  const write = useWriteEarly();
  const config = useRequestConfig();
  const [members] = useQuery(queries.team.members());
  const [draft, setDraft, clearDraft] = useDraft('new-request', EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string>();
  const types = config.types.filter((ty) => !ty.archived);
  const typeId = draft.typeId || config.defaultTypeId || types[0]?.id || '';
  // Files are added on the card, once the request exists.
  const fields = config.fieldsOf(typeId).filter((f) => !f.archived && f.kind !== 'files');
  // The type's defaults, under what the person typed (a cleared default stays cleared: null).
  const defaults = Object.fromEntries(fields.filter((f) => f.defaultValue !== null && f.defaultValue !== undefined).map((f) => [f.key, f.defaultValue]));
  const values = {...defaults, ...(JSON.parse(draft.fields || '{}') as Record<string, unknown>)};

  async function submit(e: FormEvent) {
    e.preventDefault();
    const args = {
      id: uuidv7(),
      typeId: typeId || null,
      title: draft.title,
      clientName: draft.clientName,
      clientPhone: draft.clientPhone,
      clientEmail: draft.clientEmail,
      text: draft.text,
      priority: draft.priority as (typeof PRIORITIES)[number],
      deadline: fromLocalInput(draft.deadline, timeZone),
      responsibleId: draft.responsibleId || null,
      fields: Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== '')) as never,
      source: 'manual',
      createdAt: Date.now(),
    };
    const parsed = createRequestArgs.safeParse(args);
    const fieldIssues = validateCustomFields(
      fields,
      args.fields,
      fields.filter((f) => f.required),
    );
    if (!parsed.success || fieldIssues.length) {
      setErrors(issuesByField([...(parsed.success ? [] : toFieldIssues(parsed.error.issues)), ...fieldIssues], t));
      return;
    }
    const r = await write(mutators.request.create(args));
    if (!r.ok) {
      setErrors(issuesByField(r.details.fields ?? [], t));
      setSummary(r.details.fields?.length ? undefined : r.message);
      return;
    }
    // The card first; the draft goes once the journal holds the write (nothing typed is lost in between).
    navigate(`/requests/${args.id}`, {replace: true});
    void (r.journaled ?? Promise.resolve()).then(clearDraft, () => {});
  }

  const set = (k: keyof typeof EMPTY) => (e: {target: {value: string}}) => setDraft({[k]: e.target.value});
  return (
    <form className="request-card new-request" onSubmit={submit} noValidate>
      <Link href="/requests" className="back-link">
        ← {t('action.back')}
      </Link>
      <h1>{t('requests.new')}</h1>
      {summary ? (
        <div className="alert" role="alert">
          {summary}
        </div>
      ) : null}
      {types.length > 1 ? (
        <div className="field">
          <label htmlFor="nr-type">{t('requests.type')}</label>
          <select id="nr-type" value={typeId} onChange={(e) => setDraft({typeId: e.target.value, fields: '{}'})}>
            {types.map((ty) => (
              <option key={ty.id} value={ty.id}>
                {ty.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <TextField label={t('requests.titleField')} value={draft.title} onChange={set('title')} error={errors.title} maxLength={300} />
      <TextArea label={t('requests.text')} value={draft.text} onChange={set('text')} error={errors.text} rows={4} />
      <div className="details-grid">
        <div className="field">
          <label htmlFor="nr-priority">{t('requests.priority')}</label>
          <select id="nr-priority" value={draft.priority} onChange={set('priority')}>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`priority.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="nr-responsible">{t('requests.responsible')}</label>
          <select id="nr-responsible" value={draft.responsibleId} onChange={set('responsibleId')}>
            <option value="">{t('requests.autoOrNobody')}</option>
            {members
              .filter((m) => m.active)
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                  {m.position ? ` — ${m.position}` : ''}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="nr-deadline">{t('requests.deadline')}</label>
          <input id="nr-deadline" type="datetime-local" value={draft.deadline} onChange={set('deadline')} />
        </div>
      </div>
      {fields.map((def) => (
        <div key={def.key} className={def.required ? 'field required' : 'field'} data-field={def.key}>
          <label htmlFor={`cf-${def.key}`}>
            {localizedText(def.label, locale)}
            {def.required ? <span aria-hidden="true"> *</span> : null}
            {def.kind === 'money' ? ' (₸)' : ''}
          </label>
          <FieldInput
            requestId="new"
            def={def}
            value={values[def.key]}
            disabled={false}
            onSave={(v) => setDraft({fields: JSON.stringify({...values, [def.key]: v})})}
          />
          {(errors[`fields.${def.key}`] ?? errors[def.key]) ? (
            <div className="field-error" role="alert">
              {errors[`fields.${def.key}`] ?? errors[def.key]}
            </div>
          ) : def.help && localizedText(def.help, locale) ? (
            <div className="field-hint">{localizedText(def.help, locale)}</div>
          ) : null}
        </div>
      ))}
      <fieldset className="client-block">
        <legend>{t('requests.client')}</legend>
        <TextField label={t('requests.clientName')} value={draft.clientName} onChange={set('clientName')} error={errors.clientName} autoComplete="off" />
        <TextField
          label={t('requests.phone')}
          type="tel"
          inputMode="tel"
          placeholder="+7 701 234 56 78"
          value={draft.clientPhone}
          onChange={set('clientPhone')}
          error={errors.clientPhone}
        />
        <TextField label={t('requests.email')} type="email" value={draft.clientEmail} onChange={set('clientEmail')} error={errors.clientEmail} />
      </fieldset>
      <div className="form-actions">
        <button className="primary">{t('action.create')}</button>
      </div>
    </form>
  );
}
