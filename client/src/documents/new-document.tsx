// A new document (D1): its title, kind, number, counterparty, project, dates
// and its first file (version 1). What is typed is kept on the device until
// the document is made; the file waits in the outbox when there is no network
// (uploaded by PUT /api/v1/files/:id, then the write), like a task's photo.
import {useState, type FormEvent} from 'react';
import {uuidv7} from 'uuidv7';
import {mutators} from '../sync/mutators.ts';
import {createDocumentArgs} from '#shared/documents/validation.ts';
import {issuesByField} from '#shared/validation/describe.ts';
import {toFieldIssues} from '#shared/validation/issues.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link, navigate} from '../router/router.tsx';
import {TextField} from '../ui/field.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {useWrite} from '../write/writer.tsx';
import type {NewFile} from '../write/outbox.ts';
import {FilePick} from './file-pick.tsx';
import {DOCUMENT_KINDS, projectsOf, useCounterparties, useDocuments} from './use-documents.ts';

const EMPTY = {title: '', kind: 'contract', number: '', counterpartyId: '', project: '', signedOn: '', validUntil: '', note: ''};

/** A picked file as the outbox keeps it: its bytes untouched (a scanned page stays legible). */
export function asNewFile(file: File): NewFile {
  return {id: uuidv7(), blob: file, name: file.name, mime: file.type || 'application/octet-stream'};
}

export function NewDocument() {
  const {t} = useI18n();
  const write = useWrite();
  const counterparties = useCounterparties();
  const projects = projectsOf(useDocuments());
  const [draft, setDraft, clearDraft] = useDraft('new-document', EMPTY);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const id = uuidv7();
    const picked = file ? asNewFile(file) : null;
    const args = {
      id,
      title: draft.title.trim(),
      kind: draft.kind as (typeof DOCUMENT_KINDS)[number],
      number: draft.number.trim(),
      ...(draft.counterpartyId && {counterpartyId: draft.counterpartyId}),
      project: draft.project.trim(),
      signedOn: draft.signedOn,
      validUntil: draft.validUntil,
      ...(picked && {versionId: uuidv7(), fileId: picked.id, note: draft.note.trim()}),
      createdAt: Date.now(),
    };
    const parsed = createDocumentArgs.safeParse(args);
    if (!parsed.success) {
      setErrors(issuesByField(toFieldIssues(parsed.error.issues), t));
      return;
    }
    setBusy(true);
    const r = await write(mutators.document.create(args), picked ? [picked] : []);
    setBusy(false);
    if (!r.ok) {
      const byField = issuesByField(r.details.fields ?? [], t);
      setErrors(byField);
      setSummary(Object.keys(byField).length ? undefined : r.message);
      return;
    }
    clearDraft();
    navigate(`/documents/${id}`, {replace: true});
  }

  const set = (k: keyof typeof EMPTY) => (e: {target: {value: string}}) => setDraft({[k]: e.target.value});
  return (
    <form className="doc-card new-document" onSubmit={submit} noValidate>
      <Link href="/documents" className="back-link">
        ← {t('action.back')}
      </Link>
      <h1>{t('docs.new')}</h1>
      {summary ? (
        <div className="alert" role="alert">
          {summary}
        </div>
      ) : null}
      <TextField label={t('docs.field.title')} value={draft.title} onChange={set('title')} error={errors.title} maxLength={300} required />
      <div className="details-grid">
        <div className="field">
          <label htmlFor="nd-kind">{t('docs.field.kind')}</label>
          <select id="nd-kind" value={draft.kind} onChange={set('kind')}>
            {DOCUMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`documents.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField label={t('docs.field.number')} value={draft.number} onChange={set('number')} error={errors.number} maxLength={100} />
        <div className="field">
          <label htmlFor="nd-counterparty">{t('docs.field.counterparty')}</label>
          <select id="nd-counterparty" value={draft.counterpartyId} onChange={set('counterpartyId')} aria-invalid={errors.counterpartyId ? true : undefined}>
            <option value="">{t('docs.noCounterparty')}</option>
            {counterparties
              .filter((c) => !c.archived || c.id === draft.counterpartyId)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                  {c.bin ? ` — ${c.bin}` : ''}
                </option>
              ))}
          </select>
          {errors.counterpartyId ? (
            <div className="field-error" role="alert">
              {errors.counterpartyId}
            </div>
          ) : null}
        </div>
        <TextField label={t('docs.field.project')} value={draft.project} onChange={set('project')} error={errors.project} list="nd-projects" maxLength={200} />
        <datalist id="nd-projects">
          {projects.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
        <TextField label={t('docs.field.signedOn')} type="date" value={draft.signedOn} onChange={set('signedOn')} error={errors.signedOn} />
        <TextField label={t('docs.field.validUntil')} type="date" value={draft.validUntil} onChange={set('validUntil')} error={errors.validUntil} />
      </div>
      <FilePick label={t('docs.field.firstFile')} file={file} onPick={setFile} testId="document-file" />
      {file ? null : <div className="field-hint file-hint">{t('docs.fileHint')}</div>}
      {errors.fileId ? (
        <div className="field-error" role="alert">
          {errors.fileId}
        </div>
      ) : null}
      {file ? <TextField label={t('docs.field.versionNote')} value={draft.note} onChange={set('note')} maxLength={500} /> : null}
      <div className="form-actions">
        <button className="primary" disabled={busy}>
          {t('action.create')}
        </button>
      </div>
    </form>
  );
}
