// Counterparties: who the company pays, with BIN/IIN and bank details checked
// as they are typed (shared/finance/kz.ts). One is opened to change it; a new
// one is typed below. The details being typed are kept as a draft.
import {useQuery} from '@rocicorp/zero/react';
import {useState, type FormEvent} from 'react';
import {uuidv7} from 'uuidv7';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {issuesByField} from '#shared/validation/describe.ts';
import {useT} from '../i18n/i18n.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {useWrite} from '../write/writer.tsx';
import {counterpartyProblems, CounterpartyFields, NO_COUNTERPARTY} from './counterparty-fields.tsx';
import type {CounterpartyRow} from './use-finance.ts';

function CounterpartyForm({row, onDone}: {row?: CounterpartyRow | undefined; onDone: () => void}) {
  const t = useT();
  const write = useWrite();
  const start = row ? {name: row.name, bin: row.bin, iban: row.iban, bik: row.bik, bank: row.bank, contact: row.contact} : NO_COUNTERPARTY;
  const [draft, setDraft, clearDraft] = useDraft(`fin-cp.${row?.id ?? 'new'}`, start);
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function submit(e: FormEvent) {
    e.preventDefault();
    const problems = counterpartyProblems(draft);
    const local: Record<string, string> = Object.fromEntries(Object.entries(problems).map(([k, v]) => [k, t(v)]));
    if (!draft.name.trim()) local.name = t('v.required');
    if (Object.keys(local).length) return setErrors(local);
    const r = await write(mutators.counterparty.save({id: row?.id ?? uuidv7(), ...draft, name: draft.name.trim(), createdAt: row?.created_at ?? Date.now()}));
    if (!r.ok) return setErrors({...issuesByField(r.details.fields ?? [], t), form: r.message});
    clearDraft();
    setErrors({});
    onDone();
  }
  return (
    <form className="counterparty-form" onSubmit={submit} noValidate>
      {errors.form ? <div className="alert">{errors.form}</div> : null}
      <CounterpartyFields draft={draft} set={setDraft} errors={errors} />
      <div className="form-actions">
        <button
          type="button"
          onClick={() => {
            clearDraft();
            onDone();
          }}
        >
          {t('action.cancel')}
        </button>
        <button className="primary">{t('action.save')}</button>
      </div>
    </form>
  );
}

export function CounterpartiesEditor() {
  const t = useT();
  const write = useWrite();
  const [rows] = useQuery(queries.finance.counterparties());
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section className="panel counterparties-editor">
      <h2>{t('fin.counterparties')}</h2>
      <ul className="fin-plain-list">
        {rows.map((c) => (
          <li key={c.id} className={c.archived ? 'archived' : undefined} data-counterparty-id={c.id}>
            {open === c.id ? (
              <CounterpartyForm row={c} onDone={() => setOpen(null)} />
            ) : (
              <>
                <span className="wrap-anywhere">
                  {c.name}
                  {c.bin ? <span className="muted mono"> · {c.bin}</span> : null}
                </span>
                <button type="button" className="link" onClick={() => setOpen(c.id)}>
                  {t('fin.edit')}
                </button>
                <button type="button" className="link" onClick={() => void write(mutators.counterparty.archive({id: c.id, archived: !c.archived}))}>
                  {c.archived ? t('fin.restore') : t('fin.archive')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {open === 'new' ? (
        <CounterpartyForm onDone={() => setOpen(null)} />
      ) : (
        <button type="button" onClick={() => setOpen('new')}>
          + {t('fin.cp.new')}
        </button>
      )}
    </section>
  );
}
