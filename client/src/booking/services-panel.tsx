// B1: the master's services — name, duration, an optional break after (to
// tidy up, to travel), a price in tenge, and the places that offer it.
import {useState} from 'react';
import {parseTenge, tengeInput} from '../../../shared/catalog/price.ts';
import {saveServiceArgs} from '../../../shared/booking/validation.ts';
import {formatMoney} from '../../../shared/i18n/format.ts';
import {mutators} from '../../../shared/mutators/index.ts';
import {issuesByField} from '../../../shared/validation/describe.ts';
import {toFieldIssues} from '../../../shared/validation/issues.ts';
import {SaveLine, type SaveState} from '../cabinet/save-state.tsx';
import {useI18n} from '../i18n/i18n.tsx';
import {TextField} from '../ui/field.tsx';
import {useWrite} from '../write/writer.tsx';
import type {MasterWithAll} from './use-master.ts';

type Service = MasterWithAll['services'][number];

function ServiceEditor({master, service, onDone}: {master: MasterWithAll; service?: Service; onDone: () => void}) {
  const {t} = useI18n();
  const write = useWrite();
  const places = master.places.filter((p) => !p.archived_at);
  const [d, setD] = useState({
    title: service?.title ?? '',
    durationMin: String(service?.duration_min ?? 60),
    bufferMin: String(service?.buffer_min ?? 0),
    price: tengeInput(service?.price),
    placeIds: service ? [...service.place_ids] : places.map((p) => p.id),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [state, setState] = useState<SaveState>({kind: 'idle'});
  return (
    <form
      className="service-editor"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const price = d.price.trim() === '' ? null : parseTenge(d.price);
        const args = {
          id: service?.id ?? crypto.randomUUID(),
          masterId: master.id,
          title: d.title,
          durationMin: Number(d.durationMin),
          bufferMin: Number(d.bufferMin || 0),
          price: price === undefined ? -1 : price,
          placeIds: d.placeIds,
          position: service?.position ?? master.services.length,
          createdAt: Date.now(),
        };
        const parsed = saveServiceArgs.safeParse(args);
        if (!parsed.success) return setErrors(issuesByField(toFieldIssues(parsed.error.issues), t));
        setErrors({});
        void write(mutators.booking.saveService(args)).then((r) => {
          if (!r.ok) return setState({kind: 'error', message: r.message});
          setState({kind: 'saved'});
          if (!service) onDone();
        });
      }}
    >
      <TextField label={t('booking.service.title')} value={d.title} onChange={(e) => setD({...d, title: e.target.value})} error={errors.title} />
      <div className="inline-fields three">
        <TextField label={t('booking.service.duration')} inputMode="numeric" value={d.durationMin} onChange={(e) => setD({...d, durationMin: e.target.value})} error={errors.durationMin} />
        <TextField label={t('booking.service.buffer')} inputMode="numeric" value={d.bufferMin} onChange={(e) => setD({...d, bufferMin: e.target.value})} error={errors.bufferMin} />
        <TextField label={t('booking.service.price')} inputMode="decimal" value={d.price} onChange={(e) => setD({...d, price: e.target.value})} error={errors.price} />
      </div>
      <fieldset>
        <legend className="label">{t('booking.service.places')}</legend>
        {places.map((p) => (
          <label key={p.id} className="check">
            <input
              type="checkbox"
              checked={d.placeIds.includes(p.id)}
              onChange={(e) => setD({...d, placeIds: e.target.checked ? [...d.placeIds, p.id] : d.placeIds.filter((x) => x !== p.id)})}
            />
            {p.name}
          </label>
        ))}
        {errors.placeIds ? <div className="field-error">{errors.placeIds}</div> : null}
      </fieldset>
      <div className="btn-row form-actions">
        <SaveLine state={state} />
        {service ? null : (
          <button type="button" onClick={onDone}>
            {t('booking.cancelEdit')}
          </button>
        )}
        <button className="primary" type="submit">
          {t('booking.save')}
        </button>
      </div>
    </form>
  );
}

export function ServicesPanel({master}: {master: MasterWithAll}) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const [adding, setAdding] = useState(false);
  const services = master.services.filter((s) => !s.archived_at);
  return (
    <section className="panel services-panel">
      <h2>{t('booking.services')}</h2>
      {services.map((s) => (
        <details key={s.id} className="panel service" data-service={s.title}>
          <summary>
            {s.title} <span className="muted small">{t('booking.service.summary', {duration: s.duration_min, price: s.price === null ? t('book.priceOnRequest') : formatMoney(s.price, 'KZT', locale)})}</span>
          </summary>
          <ServiceEditor master={master} service={s} onDone={() => {}} />
          <button type="button" className="link" onClick={() => void write(mutators.booking.archiveService({id: s.id, archived: true, at: Date.now()}))}>
            {t('booking.archive')}
          </button>
        </details>
      ))}
      {adding ? (
        <ServiceEditor master={master} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="primary" disabled={!master.places.some((p) => !p.archived_at)} onClick={() => setAdding(true)}>
          + {t('booking.addService')}
        </button>
      )}
    </section>
  );
}
