// A new invoice (/finance/new): by hand, from a payment request
// (?request=<id>: the supplier, amount, deadline and purpose taken from it,
// its invoice and basis files attached by the server), or from an uploaded
// invoice file (kept on the device and uploaded by the outbox, so it works
// offline: the invoice is made first, the file attached to it). The counterparty is picked, or made here with its BIN/IIN and
// IBAN checked as typed. What is typed is kept as a draft until it is made.
import {useQuery} from '@rocicorp/zero/react';
import {useEffect, useState, type FormEvent} from 'react';
import {uuidv7} from 'uuidv7';
import {issuesByField} from '#shared/validation/describe.ts';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link, navigate, useSearch} from '../router/router.tsx';
import {useTimeZone} from '../tasks/use-tasks.ts';
import {TextArea, TextField} from '../ui/field.tsx';
import {preparePhoto} from '../ui/photo.ts';
import {useDraft} from '../ui/use-draft.ts';
import type {NewFile} from '../write/outbox.ts';
import {useWrite} from '../write/writer.tsx';
import {counterpartyProblems, CounterpartyFields, NO_COUNTERPARTY} from './counterparty-fields.tsx';
import {amountText, parseAmount, parseRate, today} from './money.ts';
import {lineName} from './registry-filters.tsx';

export const CURRENCIES = ['KZT', 'USD', 'EUR', 'RUB', 'CNY'] as const;
const NEW = '+new';
const EMPTY = {
  number: '',
  counterpartyId: '',
  amount: '',
  currency: 'KZT',
  rate: '',
  invoiceDate: '',
  payBy: '',
  purpose: '',
  lineId: '',
  project: '',
  branch: '',
  prefilled: '',
  ...Object.fromEntries(Object.entries(NO_COUNTERPARTY).map(([k, v]) => [`cp_${k}`, v])),
} as Record<string, string>;

export function NewInvoice() {
  const {t} = useI18n();
  const write = useWrite();
  const timeZone = useTimeZone();
  const requestId = useSearch().get('request') ?? '';
  const [request] = useQuery(queries.requests.card({id: requestId}), {enabled: !!requestId});
  const [counterparties] = useQuery(queries.finance.counterparties());
  const [lines] = useQuery(queries.finance.lines({}));
  const [draft, setDraft, clearDraft] = useDraft(`fin-new.${requestId}`, EMPTY);
  const [file, setFile] = useState<NewFile | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string>();
  const cp = Object.fromEntries(Object.keys(NO_COUNTERPARTY).map((k) => [k, draft[`cp_${k}`] ?? ''])) as typeof NO_COUNTERPARTY;
  const setCp = (patch: Partial<typeof NO_COUNTERPARTY>) => setDraft(Object.fromEntries(Object.entries(patch).map(([k, v]) => [`cp_${k}`, v])));

  // The request's fields, once, into an empty form: the supplier matched to a counterparty by name, or a new one.
  useEffect(() => {
    if (!request || draft.prefilled === request.id) return;
    const f = request.fields as Record<string, unknown>;
    const supplier = typeof f.supplier === 'string' ? f.supplier.trim() : '';
    const known = counterparties.find((c) => c.name.trim().toLocaleLowerCase() === supplier.toLocaleLowerCase());
    setDraft({
      prefilled: request.id,
      amount: typeof f.amount === 'number' ? amountText(f.amount) : '',
      payBy: typeof f.pay_by === 'string' ? f.pay_by : '',
      purpose: typeof f.purpose === 'string' && f.purpose ? f.purpose : request.title,
      counterpartyId: known ? known.id : supplier ? NEW : '',
      cp_name: known ? '' : supplier,
    });
  }, [request, counterparties, draft.prefilled, setDraft]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const amount = parseAmount(draft.amount ?? '');
    const rate = draft.currency !== 'KZT' && draft.rate ? parseRate(draft.rate) : null;
    const local: Record<string, string> = {};
    if (amount === null || amount <= 0) local.amount = t('fin.amountInvalid');
    if (draft.currency !== 'KZT' && draft.rate && !rate) local.rate = t('fin.rateInvalid');
    const creating = draft.counterpartyId === NEW;
    if (creating && !cp.name.trim()) local.name = t('v.required');
    const problems = creating ? counterpartyProblems(cp) : {};
    for (const [k, v] of Object.entries(problems)) local[k] = t(v);
    if (Object.keys(local).length) return setErrors(local);
    setErrors({});
    const now = Date.now();
    let counterpartyId = draft.counterpartyId || null;
    if (creating) {
      counterpartyId = uuidv7();
      const r = await write(mutators.counterparty.save({id: counterpartyId, ...cp, name: cp.name.trim(), createdAt: now}));
      if (!r.ok) {
        setErrors(issuesByField(r.details.fields ?? [], t));
        return setSummary(r.message);
      }
    }
    const id = uuidv7();
    const args = {
      id,
      number: draft.number!.trim(),
      counterpartyId,
      amount: amount!,
      currency: draft.currency!,
      ...(rate ? {rate} : {}),
      purpose: draft.purpose!.trim(),
      project: draft.project!.trim(),
      branch: draft.branch!.trim(),
      budgetLineId: draft.lineId || null,
      invoiceDate: draft.invoiceDate || today(timeZone),
      payBy: draft.payBy!,
      ...(requestId ? {requestId} : {}),
      createdAt: now,
    };
    const r = await write(mutators.invoice.create(args));
    if (!r.ok) {
      setErrors(issuesByField(r.details.fields ?? [], t));
      return setSummary(r.message);
    }
    // The file rides on its own write, so the invoice shows at once (offline too) and the file, marked "waiting to
    // send", is uploaded and attached when the network is back — the invoice's later writes held behind it.
    if (file) {
      const f = await write(mutators.attachment.add({id: uuidv7(), entity: 'invoice', entityId: id, fileId: file.id, kind: 'invoice', createdAt: now}), [file]);
      if (!f.ok) setSummary(f.message);
    }
    clearDraft();
    navigate(`/finance/invoices/${id}`, {replace: true});
  }

  const set = (k: string) => (e: {target: {value: string}}) => setDraft({[k]: e.target.value});
  return (
    <form className="invoice-card new-invoice" onSubmit={submit} noValidate>
      <Link href={requestId ? `/requests/${requestId}` : '/finance'} className="back-link">
        ← {t('action.back')}
      </Link>
      <h1>{t('fin.newInvoice')}</h1>
      {request ? <p className="task-context">{t('fin.fromRequest', {title: `${request.number ? `№${request.number} ` : ''}${request.title}`})}</p> : null}
      {summary ? (
        <div className="alert" role="alert">
          {summary}
        </div>
      ) : null}
      <div className="field invoice-file-pick">
        <label className="file-button">
          {file ? t('fin.fileChosen', {name: file.name}) : t('fin.fromFile')}
          <input
            type="file"
            data-testid="invoice-file"
            accept="application/pdf,image/*"
            onChange={(e) => void (e.target.files?.[0] && preparePhoto(e.target.files[0]).then(setFile))}
          />
        </label>
      </div>
      <div className="field">
        <label htmlFor="ni-cp">{t('fin.field.counterparty')}</label>
        <select id="ni-cp" value={draft.counterpartyId} onChange={set('counterpartyId')}>
          <option value="">{t('fin.notChosen')}</option>
          {counterparties
            .filter((c) => !c.archived)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.bin ? `${c.name} (${c.bin})` : c.name}
              </option>
            ))}
          <option value={NEW}>+ {t('fin.cp.new')}</option>
        </select>
      </div>
      {draft.counterpartyId === NEW ? <CounterpartyFields draft={cp} set={setCp} errors={errors} /> : null}
      <div className="details-grid">
        <TextField label={t('fin.field.number')} value={draft.number} onChange={set('number')} error={errors.number} maxLength={60} />
        <TextField label={t('fin.field.amount')} inputMode="decimal" value={draft.amount} onChange={set('amount')} error={errors.amount} required />
        <div className="field">
          <label htmlFor="ni-currency">{t('fin.field.currency')}</label>
          <select id="ni-currency" value={draft.currency} onChange={set('currency')}>
            {CURRENCIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
        {draft.currency !== 'KZT' ? (
          <TextField label={t('fin.field.rate')} inputMode="decimal" value={draft.rate} onChange={set('rate')} error={errors.rate} hint={t('fin.rateHint')} />
        ) : null}
        <TextField
          label={t('fin.field.invoiceDate')}
          type="date"
          value={draft.invoiceDate || today(timeZone)}
          onChange={set('invoiceDate')}
          error={errors.invoiceDate}
        />
        <TextField label={t('fin.field.payBy')} type="date" value={draft.payBy} onChange={set('payBy')} error={errors.payBy} />
        <div className="field">
          <label htmlFor="ni-line">{t('fin.field.line')}</label>
          <select id="ni-line" value={draft.lineId} onChange={set('lineId')}>
            <option value="">{t('fin.notChosen')}</option>
            {lines.map((l) => (
              <option key={l.id} value={l.id}>
                {lineName(l)}
              </option>
            ))}
          </select>
        </div>
        <TextField label={t('fin.field.project')} value={draft.project} onChange={set('project')} error={errors.project} />
        <TextField label={t('fin.field.branch')} value={draft.branch} onChange={set('branch')} error={errors.branch} />
      </div>
      <TextArea label={t('fin.field.purpose')} value={draft.purpose} onChange={set('purpose')} error={errors.purpose} rows={3} />
      <div className="form-actions">
        <button className="primary">{t('action.create')}</button>
      </div>
    </form>
  );
}
