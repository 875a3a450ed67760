// A new client, or changes to one. Everything typed is kept as a draft on the
// device until the write is journaled; bad input is named field by field and
// nothing is saved. Typing a number or email another client already has shows
// that client, so a duplicate is not made by accident: a new client with a
// number someone already has is not created (taken.ts) unless the person asks
// for a separate record on purpose.
import {useMemo, useState, type FormEvent} from 'react';
import {uuidv7} from 'uuidv7';
import {normalizeContact} from '#shared/crm/contacts.ts';
import {contactIndex, matchClient, probeContacts} from '#shared/crm/match.ts';
import {takenPhone} from '#shared/crm/taken.ts';
import {CONSENTS, createClientArgs, updateClientArgs} from '#shared/crm/validation.ts';
import {mutators} from '../sync/mutators.ts';
import {issuesByField} from '#shared/validation/describe.ts';
import {toFieldIssues} from '#shared/validation/issues.ts';
import {formatPhone} from '#shared/phone.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link, navigate} from '../router/router.tsx';
import {TextArea, TextField} from '../ui/field.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {useWrite} from '../write/writer.tsx';
import {displayName, type ClientRow, type CrmData} from './use-crm.ts';

const lines = (s: string) =>
  s
    .split(/[\n,;]+/)
    .map((x) => x.trim())
    .filter(Boolean);
const numbers = (s: string, kind: 'phone' | 'whatsapp') => lines(s).flatMap((x) => normalizeContact(kind, x) ?? []);

function initial(client: ClientRow | undefined, crm: CrmData) {
  const of = (kind: string) =>
    client
      ? crm
          .contactsOf(client.id)
          .filter((c) => c.kind === kind)
          .map((c) => (kind === 'phone' || kind === 'whatsapp' ? formatPhone(c.value) : c.value))
          .filter((v, i, all) => all.indexOf(v) === i)
          .join('\n')
      : '';
  return {
    name: client?.name ?? '',
    phones: of('phone'),
    emails: of('email'),
    telegram: of('telegram'),
    whatsapp: of('whatsapp'),
    vk: of('vk'),
    birthday: client?.birthday ?? '',
    tags: client && Array.isArray(client.tags) ? client.tags.join(', ') : '',
    consent: client?.consent ?? 'unknown',
    note: '',
    /** Fields the person changed: only these are sent (the rest may still be arriving from sync). */
    touched: '',
  };
}

type Draft = ReturnType<typeof initial>;
type Key = Exclude<keyof Draft, 'touched'>;

export function ClientForm({crm, client}: {crm: CrmData; client?: ClientRow | undefined}) {
  const {t} = useI18n();
  const write = useWrite();
  const start = useMemo(() => initial(client, crm), [client, crm]);
  const [stored, setDraft, clearDraft] = useDraft(`crm.client.${client?.id ?? 'new'}`, start);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string>();
  /** The client the server named when it refused a taken number (the device may not have known them). */
  const [refusedFor, setRefusedFor] = useState<string>();
  const touched = new Set(stored.touched.split(',').filter(Boolean));
  // What is shown: the person's own edits, else the record as it is now.
  const draft = Object.fromEntries(Object.keys(start).map((k) => [k, touched.has(k) ? stored[k as Key] : start[k as Key]])) as Draft;
  const set = (k: Key) => (e: {target: {value: string}}) => {
    if (k === 'phones' || k === 'whatsapp') setRefusedFor(undefined);
    setDraft({[k]: e.target.value, touched: [...new Set([...touched, k])].join(',')});
  };
  const contactLists = {
    phones: lines(draft.phones),
    emails: lines(draft.emails),
    telegram: lines(draft.telegram),
    whatsapp: lines(draft.whatsapp),
    vk: lines(draft.vk),
  };
  const all = {
    name: draft.name,
    ...(crm.seesContacts ? contactLists : {}),
    birthday: draft.birthday || null,
    tags: lines(draft.tags),
    consent: draft.consent as (typeof CONSENTS)[number],
  };
  // A change sends only what was changed; a new client sends everything.
  const common = client ? Object.fromEntries(Object.entries(all).filter(([k]) => touched.has(k))) : all;

  const index = useMemo(() => contactIndex(crm.contacts), [crm.contacts]);
  // Someone else with these contacts already (only for people who see contacts).
  const similar = useMemo(() => {
    if (!crm.seesContacts) return undefined;
    const probe = probeContacts({
      contacts: [
        ...contactLists.phones.map((value) => ({kind: 'phone' as const, value})),
        ...contactLists.emails.map((value) => ({kind: 'email' as const, value})),
      ],
    });
    const found = matchClient(probe, index, crm.byId);
    return found && found.clientId !== client?.id ? crm.byId.get(found.clientId) : undefined;
  }, [draft.phones, draft.emails, index, crm.byId, client?.id, crm.seesContacts]);
  // A new client with a number someone already has: that client is offered instead (the rule the server keeps).
  const taken = useMemo(
    () =>
      client || !crm.seesContacts ? null : takenPhone({phones: numbers(draft.phones, 'phone'), whatsapp: numbers(draft.whatsapp, 'whatsapp')}, index, crm.byId),
    [client, crm.seesContacts, draft.phones, draft.whatsapp, index, crm.byId],
  );
  const takenId = taken?.clientId ?? (client ? undefined : refusedFor);
  const takenBy = takenId ? crm.byId.get(takenId) : undefined;
  const takenName = takenBy ? displayName(takenBy, crm.contactsOf(takenBy.id), t('crm.noName')) : taken ? formatPhone(taken.value) : '…';

  async function submit(e: FormEvent) {
    e.preventDefault();
    await save(false);
  }

  async function save(allowSharedPhone: boolean) {
    setSummary(undefined);
    if (taken && !allowSharedPhone) {
      // The field says why; the offer beneath it names the client and opens them.
      setErrors({[taken.field]: t('crm.error.phoneTaken')});
      return;
    }
    const id = client?.id ?? uuidv7();
    const args = client ? {id, ...common, at: Date.now()} : {id, ...common, note: draft.note, source: 'manual', allowSharedPhone, createdAt: Date.now()};
    const parsed = client ? updateClientArgs.safeParse(args) : createClientArgs.safeParse(args);
    if (!parsed.success) {
      setErrors(issuesByField(toFieldIssues(parsed.error.issues), t));
      return;
    }
    setErrors({});
    const r = client ? await write(mutators.client.update(args as never)) : await write(mutators.client.create(args as never));
    if (!r.ok) {
      setRefusedFor(r.details.existingId);
      setErrors(issuesByField(r.details.fields ?? [], t));
      setSummary(r.details.fields?.length ? undefined : r.message);
      return;
    }
    clearDraft();
    navigate(`/clients/${id}`, {replace: true});
  }

  return (
    <form className="client-card client-form" onSubmit={submit} noValidate>
      <Link href={client ? `/clients/${client.id}` : '/clients'} className="back-link">
        ← {t('action.back')}
      </Link>
      <h1>{client ? displayName(client, crm.contactsOf(client.id), t('crm.noName')) : t('crm.new')}</h1>
      {summary ? (
        <div className="alert" role="alert">
          {summary}
        </div>
      ) : null}
      <TextField label={t('crm.field.name')} value={draft.name} onChange={set('name')} error={errors.name} autoComplete="off" maxLength={200} />
      {crm.seesContacts ? (
        <fieldset className="client-block">
          <legend>{t('crm.contacts')}</legend>
          <TextArea
            label={t('crm.field.phones')}
            value={draft.phones}
            onChange={set('phones')}
            error={errors.phones}
            rows={2}
            inputMode="tel"
            placeholder="+7 701 234 56 78"
          />
          {takenId ? (
            <div className="notice-inline taken-phone" role="status" data-client-id={takenId}>
              <p>
                {t('crm.v.phoneTaken', {name: takenName})} — <Link href={`/clients/${takenId}`}>{t('crm.dup.open')}</Link>
              </p>
              <button type="button" className="link" onClick={() => void save(true)}>
                {t('crm.dup.createAnyway')}
              </button>
            </div>
          ) : null}
          <TextArea label={t('crm.field.emails')} value={draft.emails} onChange={set('emails')} error={errors.emails} rows={1} inputMode="email" />
          <div className="details-grid">
            <TextField label={t('crm.field.telegram')} value={draft.telegram} onChange={set('telegram')} error={errors.telegram} placeholder="@name" />
            <TextField label={t('crm.field.whatsapp')} value={draft.whatsapp} onChange={set('whatsapp')} error={errors.whatsapp} inputMode="tel" />
            <TextField label={t('crm.field.vk')} value={draft.vk} onChange={set('vk')} error={errors.vk} placeholder="vk.com/…" />
          </div>
          <p className="field-hint">{t('crm.field.messengersHint')}</p>
          {!takenId && similar ? (
            <p className="notice-inline" role="status">
              {t('crm.dup.similar', {name: displayName(similar, crm.contactsOf(similar.id), t('crm.noName'))})}{' '}
              <Link href={`/clients/${similar.id}`}>{t('crm.req.open')}</Link>
            </p>
          ) : null}
        </fieldset>
      ) : (
        <p className="field-hint">{t('crm.contactsHidden')}</p>
      )}
      <div className="details-grid">
        <TextField label={t('crm.field.birthday')} type="date" value={draft.birthday} onChange={set('birthday')} error={errors.birthday} />
        <div className="field">
          <label htmlFor="client-consent">{t('crm.field.consent')}</label>
          <select id="client-consent" value={draft.consent} onChange={set('consent')}>
            {CONSENTS.map((c) => (
              <option key={c} value={c}>
                {t(`crm.consent.${c}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TextField label={t('crm.field.tags')} value={draft.tags} onChange={set('tags')} error={errors.tags} hint={t('crm.field.tagsHint')} />
      {client ? null : <TextArea label={t('crm.field.note')} value={draft.note} onChange={set('note')} error={errors.note} rows={3} />}
      <div className="form-actions">
        <button className="primary">{client ? t('action.save') : t('action.create')}</button>
      </div>
    </form>
  );
}
