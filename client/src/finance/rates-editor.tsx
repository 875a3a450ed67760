// The company's currency rates: KZT per unit of a currency on a date. An
// invoice in a foreign currency without its own rate takes the latest one on
// or before its date.
import {useQuery} from '@rocicorp/zero/react';
import {useState, type FormEvent} from 'react';
import {uuidv7} from 'uuidv7';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {useT} from '../i18n/i18n.tsx';
import {useTimeZone} from '../tasks/use-tasks.ts';
import {TextField} from '../ui/field.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {useWrite} from '../write/writer.tsx';
import {dateText, parseRate, today} from './money.ts';

const FOREIGN = ['USD', 'EUR', 'RUB', 'CNY'];

export function RatesEditor() {
  const t = useT();
  const write = useWrite();
  const timeZone = useTimeZone();
  const [rates] = useQuery(queries.finance.rates());
  const [draft, setDraft, clearDraft] = useDraft('fin-rate', {currency: 'USD', onDate: today(timeZone), rate: ''});
  const [error, setError] = useState<string>();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const rate = parseRate(draft.rate);
    if (!rate) return setError(t('fin.rateInvalid'));
    const r = await write(mutators.rate.save({id: uuidv7(), currency: draft.currency, onDate: draft.onDate, rate, createdAt: Date.now()}));
    setError(r.ok ? undefined : r.message);
    if (r.ok) clearDraft();
  }
  const sorted = [...rates].sort((a, b) => b.on_date.localeCompare(a.on_date) || a.currency.localeCompare(b.currency));
  return (
    <section className="panel rates-editor">
      <h2>{t('fin.rates')}</h2>
      <ul className="fin-plain-list">
        {sorted.slice(0, 30).map((r) => (
          <li key={r.id}>
            <span>
              {dateText(r.on_date)} · 1 {r.currency} = {r.rate} ₸
            </span>
          </li>
        ))}
      </ul>
      <form className="rate-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="rate-currency">{t('fin.field.currency')}</label>
          <select id="rate-currency" value={draft.currency} onChange={(e) => setDraft({currency: e.target.value})}>
            {FOREIGN.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
        <TextField label={t('fin.onDate')} type="date" value={draft.onDate} onChange={(e) => setDraft({onDate: e.target.value})} />
        <TextField label={t('fin.field.rate')} inputMode="decimal" value={draft.rate} onChange={(e) => setDraft({rate: e.target.value})} error={error} />
        <button className="primary">{t('action.add')}</button>
      </form>
    </section>
  );
}
