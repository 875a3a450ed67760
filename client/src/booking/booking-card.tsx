// One booking: who, what, when, where; move it (a free time to tap, or any
// time), cancel it with a reason the client is told, or mark a no-show.
import {useQuery} from '@rocicorp/zero/react';
import {useState} from 'react';
import {updateBookingArgs} from '#shared/booking/validation.ts';
import {dayOf} from '#shared/booking/zone.ts';
import {issuesByField} from '#shared/validation/describe.ts';
import {toFieldIssues} from '#shared/validation/issues.ts';
import {formatDate, formatMoney} from '#shared/i18n/format.ts';
import {mutators} from '../sync/mutators.ts';
import {formatPhone} from '#shared/phone.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link, navigate} from '../router/router.tsx';
import {TextField} from '../ui/field.tsx';
import {useWrite} from '../write/writer.tsx';
import {Alternatives, SlotPicker} from './slot-picker.tsx';
import {fromInputs, inputsOf} from './time.ts';
import {withMaster, type MasterWithAll} from './use-master.ts';

/** `canReadClients`: the name links to the client's card in the CRM (K1) for those who may read clients. */
export function BookingCard({master, id, canReadClients}: {master: MasterWithAll; id: string; canReadClients: boolean}) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const [rows, details] = useQuery(queries.booking.bookings({masterId: master.id, from: 0, to: 8.64e15}));
  const b = rows.find((x) => x.id === id);
  const [moving, setMoving] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [day, setDay] = useState('');
  const [time, setTime] = useState('');
  const [refusal, setRefusal] = useState<{message: string; alternatives: {start: number}[]} | null>(null);
  const [editing, setEditing] = useState<{clientName: string; clientPhone: string; clientEmail: string; note: string} | null>(null);
  const [editErrors, setEditErrors] = useState<Record<string, string>>({});
  if (!b) return <p className="card-empty">{details.type === 'complete' ? t('error.notAllowed') : t('state.loading')}</p>;
  const place = master.places.find((p) => p.id === b.place_id);
  const zone = place?.timezone ?? 'Asia/Almaty';
  const back = withMaster(`/booking?week=${dayOf(b.starts_at, zone)}`, master);
  const active = b.status === 'confirmed';

  async function move(at: number | null) {
    if (at === null) return;
    setRefusal(null);
    const r = await write(mutators.booking.move({id: b!.id, startsAt: at, at: Date.now()}));
    if (r.ok) {
      setMoving(false);
      return;
    }
    setRefusal({message: r.message, alternatives: r.details.alternatives ?? []});
  }

  return (
    <section className="panel booking-card" data-booking={b.id}>
      <p>
        <Link href={back}>← {t('booking.tab.week')}</Link>
      </p>
      <h2>
        {b.kind === 'block' ? (
          b.note || t('booking.block')
        ) : canReadClients && b.client_id ? (
          <Link href={`/clients/${b.client_id}`} className="client-link" title={t('booking.openClient')}>
            {b.client_name}
          </Link>
        ) : (
          b.client_name
        )}
      </h2>
      <dl className="op-lines">
        <div>
          <dt>{t('book.when')}</dt>
          <dd>
            {formatDate(b.starts_at, zone, locale, 'dateTime')} – {inputsOf(b.ends_at, zone).time}
          </dd>
        </div>
        {b.kind === 'visit' ? (
          <>
            <div>
              <dt>{t('book.service')}</dt>
              <dd>
                {b.service_title}
                {b.price !== null ? ` · ${formatMoney(b.price, 'KZT', locale)}` : ''}
              </dd>
            </div>
            <div>
              <dt>{t('booking.field.phone')}</dt>
              <dd>
                <a href={`tel:${b.client_phone}`}>{formatPhone(b.client_phone)}</a>
              </dd>
            </div>
            {b.client_email ? (
              <div>
                <dt>{t('booking.field.email')}</dt>
                <dd>{b.client_email}</dd>
              </div>
            ) : null}
          </>
        ) : null}
        <div>
          <dt>{t('book.place')}</dt>
          <dd>{place ? [place.name, place.address].filter(Boolean).join(', ') : '—'}</dd>
        </div>
        <div>
          <dt>{t('requests.status')}</dt>
          <dd className="booking-status">
            {t(`booking.status.${b.status}`)}
            {b.kind === 'visit' ? ` · ${t(b.source === 'manual' || b.source === 'api' ? 'booking.source.manual' : 'booking.source.public')}` : ''}
          </dd>
        </div>
        {b.cancel_reason ? (
          <div>
            <dt>{t('booking.cancelReason')}</dt>
            <dd>{b.cancel_reason}</dd>
          </div>
        ) : null}
        {b.note && b.kind === 'visit' ? (
          <div>
            <dt>{t('booking.field.note')}</dt>
            <dd>{b.note}</dd>
          </div>
        ) : null}
      </dl>
      {editing ? (
        <form
          className="edit-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const args = {id: b.id, ...editing};
            const parsed = updateBookingArgs.safeParse(args);
            if (!parsed.success) return setEditErrors(issuesByField(toFieldIssues(parsed.error.issues), t));
            setEditErrors({});
            void write(mutators.booking.update(args)).then((r) => (r.ok ? setEditing(null) : setEditErrors(issuesByField(r.details.fields ?? [], t))));
          }}
        >
          <TextField
            label={t('booking.field.client')}
            value={editing.clientName}
            onChange={(e) => setEditing({...editing, clientName: e.target.value})}
            error={editErrors.clientName}
          />
          <TextField
            label={t('booking.field.phone')}
            type="tel"
            value={editing.clientPhone}
            onChange={(e) => setEditing({...editing, clientPhone: e.target.value})}
            error={editErrors.clientPhone}
          />
          <TextField
            label={t('booking.field.email')}
            type="email"
            value={editing.clientEmail}
            onChange={(e) => setEditing({...editing, clientEmail: e.target.value})}
            error={editErrors.clientEmail}
          />
          <TextField
            label={t('booking.field.note')}
            value={editing.note}
            onChange={(e) => setEditing({...editing, note: e.target.value})}
            error={editErrors.note}
          />
          <div className="btn-row">
            <button className="primary" type="submit">
              {t('booking.save')}
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              {t('booking.cancelEdit')}
            </button>
          </div>
        </form>
      ) : null}
      {active && !moving && !cancelling && !editing ? (
        <div className="btn-row">
          <button
            type="button"
            className="primary"
            onClick={() => {
              setDay(dayOf(b.starts_at, zone));
              setTime(inputsOf(b.starts_at, zone).time);
              setMoving(true);
            }}
          >
            {t('booking.move')}
          </button>
          <button type="button" onClick={() => setCancelling(true)}>
            {t('booking.cancel')}
          </button>
          {b.kind === 'visit' ? (
            <button
              type="button"
              onClick={() => setEditing({clientName: b.client_name, clientPhone: b.client_phone, clientEmail: b.client_email, note: b.note})}
            >
              {t('booking.edit')}
            </button>
          ) : null}
          {b.kind === 'visit' && b.starts_at < Date.now() ? (
            <button type="button" onClick={() => void write(mutators.booking.update({id: b.id, status: 'no_show'}))}>
              {t('booking.markNoShow')}
            </button>
          ) : null}
        </div>
      ) : null}
      {moving ? (
        <form
          className="move-form"
          onSubmit={(e) => {
            e.preventDefault();
            void move(fromInputs(day, time, zone));
          }}
        >
          <h3>{t('booking.moveTo')}</h3>
          <div className="inline-fields">
            <TextField label={t('booking.field.day')} type="date" value={day} onChange={(e) => setDay(e.target.value)} />
            <TextField label={t('booking.field.time')} type="time" value={time} onChange={(e) => setTime(e.target.value)} />
          </div>
          <SlotPicker
            master={master}
            placeId={b.place_id}
            day={day}
            durationMin={(b.ends_at - b.starts_at) / 60_000}
            bufferMin={(b.blocked_until - b.ends_at) / 60_000}
            ignoreId={b.id}
            chosen={fromInputs(day, time, zone)}
            onPick={(s) => setTime(inputsOf(s, zone).time)}
          />
          {refusal ? (
            <div className="alert" role="alert">
              {refusal.message}
              <Alternatives list={refusal.alternatives} zone={zone} onPick={(s) => void move(s)} />
            </div>
          ) : null}
          <div className="btn-row">
            <button className="primary" type="submit">
              {t('booking.move')}
            </button>
            <button type="button" onClick={() => setMoving(false)}>
              {t('booking.cancelEdit')}
            </button>
          </div>
        </form>
      ) : null}
      {cancelling ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void write(mutators.booking.cancel({id: b.id, reason, at: Date.now()})).then((r) => r.ok && navigate(back));
          }}
        >
          <TextField label={t('booking.cancelReason')} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
          <div className="btn-row">
            <button className="primary" type="submit">
              {t('booking.cancelDo')}
            </button>
            <button type="button" onClick={() => setCancelling(false)}>
              {t('booking.cancelEdit')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
