// B1: the master's services — name, duration, an optional break after (to
// tidy up, to travel), a price in tenge, and the places that offer it. One
// service list: a service may be the catalog's (an item with a duration),
// whose name, price and duration are read from the catalog and change there.
import {useQuery} from '@rocicorp/zero/react';
import {useState} from 'react';
import {parseTenge, tengeInput} from '#shared/catalog/price.ts';
import {saveServiceArgs} from '#shared/booking/validation.ts';
import {formatMoney} from '#shared/i18n/format.ts';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {issuesByField} from '#shared/validation/describe.ts';
import {toFieldIssues} from '#shared/validation/issues.ts';
import {SaveLine, type SaveState} from '../cabinet/save-state.tsx';
import {useI18n} from '../i18n/i18n.tsx';
import {TextField} from '../ui/field.tsx';
import {useWrite} from '../write/writer.tsx';
import type {MasterWithAll} from './use-master.ts';

type Service = MasterWithAll['services'][number];

/** The catalog's bookable services (an item with a duration), live ones first. */
function useCatalogServices() {
  const [items] = useQuery(queries.catalog.items());
  return items.filter((i) => i.duration_min !== null && i.archived_at === null);
}

function ServiceEditor({master, service, onDone}: {master: MasterWithAll; service?: Service; onDone: () => void}) {
  const {t} = useI18n();
  const write = useWrite();
  const places = master.places.filter((p) => !p.archived_at);
  const catalog = useCatalogServices();
  // Items this master already offers are not offered twice.
  const taken = new Set(master.services.filter((s) => !s.archived_at && s.id !== service?.id).map((s) => s.catalog_item_id));
  const [d, setD] = useState({
    catalogItemId: service?.catalog_item_id ?? '',
    title: service?.title ?? '',
    durationMin: String(service?.duration_min ?? 60),
    bufferMin: String(service?.buffer_min ?? 0),
    price: tengeInput(service?.price),
    placeIds: service ? [...service.place_ids] : places.map((p) => p.id),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [state, setState] = useState<SaveState>({kind: 'idle'});
  const item = catalog.find((i) => i.id === d.catalogItemId);
  const pick = (id: string) => {
    const chosen = catalog.find((i) => i.id === id);
    setD(
      chosen
        ? {
            ...d,
            catalogItemId: id,
            title: chosen.title,
            durationMin: String(chosen.duration_min),
            price: tengeInput(chosen.price_kind === 'on_request' ? null : chosen.price),
          }
        : {...d, catalogItemId: ''},
    );
  };
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
          catalogItemId: d.catalogItemId || null,
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
      {catalog.length || d.catalogItemId ? (
        <div className="field">
          <label htmlFor={`sv-cat-${service?.id ?? 'new'}`}>{t('booking.service.fromCatalog')}</label>
          <select
            id={`sv-cat-${service?.id ?? 'new'}`}
            value={d.catalogItemId}
            onChange={(e) => pick(e.target.value)}
            aria-invalid={errors.catalogItemId ? true : undefined}
          >
            <option value="">{t('booking.service.own')}</option>
            {catalog
              .filter((i) => i.id === d.catalogItemId || !taken.has(i.id))
              .map((i) => (
                <option key={i.id} value={i.id}>
                  {i.title}
                </option>
              ))}
          </select>
          {errors.catalogItemId ? (
            <div className="field-error" role="alert">
              {errors.catalogItemId}
            </div>
          ) : null}
        </div>
      ) : null}
      {item ? <p className="muted small catalog-note">{t('booking.service.catalogNote')}</p> : null}
      <TextField
        label={t('booking.service.title')}
        value={d.title}
        readOnly={!!item}
        onChange={(e) => setD({...d, title: e.target.value})}
        error={errors.title}
      />
      <div className="inline-fields three">
        <TextField
          label={t('booking.service.duration')}
          inputMode="numeric"
          value={d.durationMin}
          readOnly={!!item}
          onChange={(e) => setD({...d, durationMin: e.target.value})}
          error={errors.durationMin}
        />
        <TextField
          label={t('booking.service.buffer')}
          inputMode="numeric"
          value={d.bufferMin}
          onChange={(e) => setD({...d, bufferMin: e.target.value})}
          error={errors.bufferMin}
        />
        <TextField
          label={t('booking.service.price')}
          inputMode="decimal"
          value={d.price}
          readOnly={!!item}
          onChange={(e) => setD({...d, price: e.target.value})}
          error={errors.price}
        />
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
            {s.title}{' '}
            <span className="muted small">
              {t('booking.service.summary', {
                duration: s.duration_min,
                price: s.price === null ? t('book.priceOnRequest') : formatMoney(s.price, 'KZT', locale),
              })}
            </span>
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
