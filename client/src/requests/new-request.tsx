import {useState, type FormEvent} from 'react';
import {mutators} from '../../../shared/mutators/index.ts';
import {createRequestArgs} from '../../../shared/requests/validation.ts';
import {issuesByField} from '../../../shared/validation/describe.ts';
import {toFieldIssues} from '../../../shared/validation/issues.ts';
import {useT} from '../i18n/i18n.tsx';
import {Link, navigate} from '../router/router.tsx';
import {TextArea, TextField} from '../ui/field.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {useWrite} from '../write/writer.tsx';

const EMPTY = {clientName: '', clientPhone: '', clientEmail: '', text: ''};

/** A request typed in by staff (a phone call, a walk-in). Kept as a draft until saved. */
export function NewRequest() {
  const t = useT();
  const write = useWrite();
  const [draft, setDraft, clearDraft] = useDraft('new-request', EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const args = {id: crypto.randomUUID(), ...draft, source: 'manual', createdAt: Date.now()};
    const parsed = createRequestArgs.safeParse(args);
    if (!parsed.success) {
      setErrors(issuesByField(toFieldIssues(parsed.error.issues), t));
      return;
    }
    const r = await write(mutators.request.create(args));
    if (!r.ok) {
      setErrors(issuesByField(r.details.fields ?? [], t));
      setSummary(r.details.fields?.length ? undefined : r.message);
      return;
    }
    clearDraft();
    navigate(`/requests/${args.id}`, {replace: true});
  }

  const set = (k: keyof typeof EMPTY) => (e: {target: {value: string}}) => setDraft({[k]: e.target.value});
  return (
    <form className="request-card" onSubmit={submit} noValidate>
      <Link href="/requests" className="back-link">
        ← {t('action.back')}
      </Link>
      <h1>{t('requests.new')}</h1>
      {summary ? (
        <div className="alert" role="alert">
          {summary}
        </div>
      ) : null}
      <TextField label={t('requests.client')} value={draft.clientName} onChange={set('clientName')} error={errors.clientName} autoComplete="off" />
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
      <TextArea label={t('requests.text')} value={draft.text} onChange={set('text')} error={errors.text} rows={5} />
      <div className="form-actions">
        <button className="primary">{t('action.create')}</button>
      </div>
    </form>
  );
}
