// A document's fields (D1): kind, number, counterparty, project, signed and
// valid until. Who manages documents changes them in place, one small write
// each (a text field on leaving it); everyone else reads them.
import {useState} from 'react';
import {mutators} from '../sync/mutators.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {useWrite} from '../write/writer.tsx';
import {useDay, ValidUntil} from './doc-bits.tsx';
import {DOCUMENT_KINDS, expiryOf, type CounterpartyRow, type ListedDocument} from './use-documents.ts';

type Props = {doc: ListedDocument; canEdit: boolean; counterparties: readonly CounterpartyRow[]; today: string};
type Patch = Omit<Parameters<typeof mutators.document.update>[0], 'id' | 'at'>;

export function DocumentFields({doc, canEdit, counterparties, today}: Props) {
  const {t} = useI18n();
  const write = useWrite();
  const day = useDay();
  const [error, setError] = useState<string>();
  const update = async (patch: Patch) => {
    const r = await write(mutators.document.update({id: doc.id, ...patch, at: Date.now()}));
    setError(r.ok ? undefined : r.message);
  };
  const text = (field: 'title' | 'number' | 'project', label: string) => (
    <div className="field">
      <label htmlFor={`df-${field}`}>{label}</label>
      {canEdit ? (
        <input
          id={`df-${field}`}
          defaultValue={doc[field]}
          key={doc[field]}
          maxLength={field === 'title' ? 300 : 200}
          onBlur={(e) => {
            const next = e.target.value.trim();
            if (next !== doc[field] && (next || field !== 'title')) void update({[field]: next});
          }}
        />
      ) : (
        <div className="value wrap-anywhere" id={`df-${field}`}>
          {doc[field] || '—'}
        </div>
      )}
    </div>
  );
  const date = (field: 'signed_on' | 'valid_until', arg: 'signedOn' | 'validUntil', label: string) => (
    <div className="field">
      <label htmlFor={`df-${field}`}>{label}</label>
      {canEdit ? (
        <input id={`df-${field}`} type="date" value={doc[field]} onChange={(e) => void update({[arg]: e.target.value})} />
      ) : (
        <div className="value" id={`df-${field}`}>
          {day(doc[field]) || '—'}
        </div>
      )}
    </div>
  );
  return (
    <section className="section doc-fields">
      <h2>{t('docs.fields')}</h2>
      {canEdit ? text('title', t('docs.field.title')) : null}
      <div className="details-grid">
        <div className="field">
          <label htmlFor="df-kind">{t('docs.field.kind')}</label>
          {canEdit ? (
            <select id="df-kind" value={doc.kind} onChange={(e) => void update({kind: e.target.value as (typeof DOCUMENT_KINDS)[number]})}>
              {DOCUMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`documents.kind.${k}`)}
                </option>
              ))}
            </select>
          ) : (
            <div className="value" id="df-kind">
              {t(`documents.kind.${doc.kind}`)}
            </div>
          )}
        </div>
        {text('number', t('docs.field.number'))}
        <div className="field">
          <label htmlFor="df-counterparty">{t('docs.field.counterparty')}</label>
          {canEdit ? (
            <select id="df-counterparty" value={doc.counterparty_id ?? ''} onChange={(e) => void update({counterpartyId: e.target.value || null})}>
              <option value="">{t('docs.noCounterparty')}</option>
              {counterparties
                .filter((c) => !c.archived || c.id === doc.counterparty_id)
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
            </select>
          ) : (
            <div className="value wrap-anywhere" id="df-counterparty">
              {doc.counterparty ? `${doc.counterparty.name}${doc.counterparty.bin ? ` — ${doc.counterparty.bin}` : ''}` : '—'}
            </div>
          )}
        </div>
        {text('project', t('docs.field.project'))}
        {date('signed_on', 'signedOn', t('docs.field.signedOn'))}
        {date('valid_until', 'validUntil', t('docs.field.validUntil'))}
      </div>
      {expiryOf(doc, today) !== 'none' ? <ValidUntil day={doc.valid_until} expiry={expiryOf(doc, today)} /> : null}
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
    </section>
  );
}
