// A booking for a client who phoned (or time the master blocks for
// themselves): place, service, day, a free time to tap (or any time typed),
// the client's name and phone. Saved on the device at once, offline too; a
// time someone else took meanwhile comes back with the nearest free times.
import {useState, type FormEvent} from 'react';
import {createBookingArgs} from '#shared/booking/validation.ts';
import {dayOf} from '#shared/booking/zone.ts';
import {mutators} from '../sync/mutators.ts';
import {issuesByField} from '#shared/validation/describe.ts';
import {toFieldIssues} from '#shared/validation/issues.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {navigate, useSearch} from '../router/router.tsx';
import {TextArea, TextField} from '../ui/field.tsx';
import {useWrite} from '../write/writer.tsx';
import {Alternatives, SlotPicker} from './slot-picker.tsx';
import {fromInputs, inputsOf} from './time.ts';
import {withMaster, type MasterWithAll} from './use-master.ts';

export function BookingForm({master, zone}: {master: MasterWithAll; zone: string}) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const search = useSearch();
  const places = master.places.filter((p) => !p.archived_at);
  const [kind, setKind] = useState<'visit' | 'block'>('visit');
  const [placeId, setPlaceId] = useState(places[0]?.id ?? '');
  const services = master.services.filter((s) => !s.archived_at && s.place_ids.includes(placeId));
  const [serviceId, setServiceId] = useState(services[0]?.id ?? '');
  const start = Number(search.get('at')) || null;
  const [day, setDay] = useState(start ? dayOf(start, zone) : dayOf(Date.now(), zone));
  const [time, setTime] = useState(start ? inputsOf(start, zone).time : '');
  const [until, setUntil] = useState('');
  const [client, setClient] = useState({name: '', phone: '', email: '', note: ''});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<{message: string; alternatives: {start: number}[]} | null>(null);
  const service = services.find((s) => s.id === serviceId) ?? services[0];
  const placeZone = places.find((p) => p.id === placeId)?.timezone ?? zone;
  const startsAt = fromInputs(day, time, placeZone);

  async function save(at: number | null) {
    setRefusal(null);
    const args = {
      id: crypto.randomUUID(),
      masterId: master.id,
      placeId,
      kind,
      serviceId: kind === 'visit' ? (service?.id ?? null) : null,
      startsAt: at ?? -1,
      ...(kind === 'block' && {endsAt: fromInputs(day, until, placeZone) ?? -1}),
      clientName: client.name,
      clientPhone: client.phone,
      clientEmail: client.email,
      clientLocale: locale,
      note: client.note,
      source: 'manual',
      createdAt: Date.now(),
    };
    const parsed = createBookingArgs.safeParse(args);
    if (!parsed.success) return setErrors(issuesByField(toFieldIssues(parsed.error.issues), t));
    setErrors({});
    const r = await write(mutators.booking.create(args));
    // Booked from the salon's calendar: back to that day of every master.
    if (r.ok)
      return navigate(
        search.get('back') === 'team' ? `/booking/team?day=${day}&m=${encodeURIComponent(master.id)}` : withMaster(`/booking?week=${day}`, master),
      );
    setErrors(issuesByField(r.details.fields ?? [], t));
    setRefusal({message: r.message, alternatives: r.details.alternatives ?? []});
  }

  return (
    <form
      className="panel booking-form"
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void save(startsAt);
      }}
    >
      <h2>{kind === 'visit' ? t('booking.newBooking') : t('booking.addBlock')}</h2>
      <div className="chips" role="radiogroup">
        {(['visit', 'block'] as const).map((k) => (
          <button key={k} type="button" role="radio" aria-checked={kind === k} className={kind === k ? 'chip active' : 'chip'} onClick={() => setKind(k)}>
            {k === 'visit' ? t('booking.newBooking') : t('booking.addBlock')}
          </button>
        ))}
      </div>
      <div className="field">
        <label htmlFor="bk-place">{t('booking.field.place')}</label>
        <select id="bk-place" value={placeId} onChange={(e) => setPlaceId(e.target.value)}>
          {places.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      {kind === 'visit' ? (
        <div className="field">
          <label htmlFor="bk-service">{t('booking.field.service')}</label>
          <select id="bk-service" value={service?.id ?? ''} onChange={(e) => setServiceId(e.target.value)} aria-invalid={errors.serviceId ? true : undefined}>
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} · {t('booking.minutesShort', {count: s.duration_min})}
              </option>
            ))}
          </select>
          {errors.serviceId ? <div className="field-error">{errors.serviceId}</div> : null}
        </div>
      ) : null}
      <div className="inline-fields">
        <TextField label={t('booking.field.day')} type="date" value={day} onChange={(e) => setDay(e.target.value)} />
        <TextField label={t('booking.field.time')} type="time" value={time} onChange={(e) => setTime(e.target.value)} error={errors.startsAt} />
      </div>
      {kind === 'visit' && service ? (
        <SlotPicker
          master={master}
          placeId={placeId}
          day={day}
          durationMin={service.duration_min}
          bufferMin={service.buffer_min}
          chosen={startsAt}
          onPick={(s) => setTime(inputsOf(s, placeZone).time)}
        />
      ) : null}
      {kind === 'block' ? (
        <TextField label={t('booking.field.end')} type="time" value={until} onChange={(e) => setUntil(e.target.value)} error={errors.endsAt} />
      ) : null}
      {kind === 'visit' ? (
        <>
          <TextField
            label={t('booking.field.client')}
            value={client.name}
            autoComplete="off"
            onChange={(e) => setClient({...client, name: e.target.value})}
            error={errors.clientName}
          />
          <TextField
            label={t('booking.field.phone')}
            type="tel"
            inputMode="tel"
            value={client.phone}
            onChange={(e) => setClient({...client, phone: e.target.value})}
            error={errors.clientPhone}
          />
          <TextField
            label={t('booking.field.email')}
            type="email"
            value={client.email}
            onChange={(e) => setClient({...client, email: e.target.value})}
            error={errors.clientEmail}
          />
        </>
      ) : null}
      <TextArea label={t('booking.field.note')} rows={2} value={client.note} onChange={(e) => setClient({...client, note: e.target.value})} />
      {refusal ? (
        <div className="alert" role="alert">
          {refusal.message}
          <Alternatives
            list={refusal.alternatives}
            zone={placeZone}
            onPick={(s) => {
              setDay(dayOf(s, placeZone));
              setTime(inputsOf(s, placeZone).time);
              void save(s);
            }}
          />
        </div>
      ) : null}
      <button className="primary wide" type="submit">
        {t('booking.create')}
      </button>
    </form>
  );
}
