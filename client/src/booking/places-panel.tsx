// B1: places of work (a salon, home visits, a second studio), each with its
// weekly hours (breaks are the gaps), its time zone, and dated exceptions: a
// day off, a holiday, a short day. A new place starts from the company's
// hours (the site's "when we are open"); a place that keeps other hours says
// so, with the company's beside it and a way back to them.
import {useQuery} from '@rocicorp/zero/react';
import {useEffect, useState} from 'react';
import {savePlaceArgs, setExceptionArgs} from '#shared/booking/validation.ts';
import {emptyWeek, hasAnyHours, hoursRowTexts, normalizeHours, sameHours, type WeeklyHours} from '#shared/company/hours.ts';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {issuesByField} from '#shared/validation/describe.ts';
import {toFieldIssues} from '#shared/validation/issues.ts';
import {HoursEditor} from '../cabinet/hours-editor.tsx';
import {SaveLine, type SaveState} from '../cabinet/save-state.tsx';
import {useT} from '../i18n/i18n.tsx';
import {TextField} from '../ui/field.tsx';
import {useWrite} from '../write/writer.tsx';
import type {MasterWithAll} from './use-master.ts';

type Place = MasterWithAll['places'][number];

/** Kazakhstan's zones (all UTC+5 since March 2024) and a few neighbours'. */
const ZONES = [
  'Asia/Almaty',
  'Asia/Qostanay',
  'Asia/Aqtobe',
  'Asia/Aqtau',
  'Asia/Atyrau',
  'Asia/Oral',
  'Asia/Qyzylorda',
  'Asia/Tashkent',
  'Asia/Bishkek',
  'Europe/Moscow',
  'UTC',
];

function weekdays(): WeeklyHours {
  const w = emptyWeek();
  for (const d of ['mon', 'tue', 'wed', 'thu', 'fri'] as const)
    w[d] = {
      open: true,
      intervals: [
        {from: '09:00', to: '13:00'},
        {from: '14:00', to: '18:00'},
      ],
    };
  return w;
}

/** The company's hours when it has set any ("when we are open" on its site). */
function useCompanyHours(): WeeklyHours | null {
  const [profile] = useQuery(queries.site.profile());
  const hours = profile ? normalizeHours(profile.hours) : null;
  return hours && hasAnyHours(hours) ? hours : null;
}

/** "Пн–Пт 10:00–20:00; Сб 11:00–16:00": the open days only. */
function hoursText(hours: WeeklyHours, t: ReturnType<typeof useT>): string {
  return hoursRowTexts(hours, (d) => t(`day.${d}`))
    .flatMap((row) => (row.times ? [`${row.days} ${row.times}`] : []))
    .join('; ');
}

function PlaceEditor({master, place, zone, onDone}: {master: MasterWithAll; place?: Place; zone: string; onDone: () => void}) {
  const t = useT();
  const write = useWrite();
  const company = useCompanyHours();
  const [d, setD] = useState({
    name: place?.name ?? '',
    address: place?.address ?? '',
    timezone: place?.timezone ?? zone,
    hours: place ? normalizeHours(place.hours) : (company ?? weekdays()),
  });
  // The company's hours may reach the device after the form opened: a new place takes them until its hours are edited.
  const [hoursEdited, setHoursEdited] = useState(!!place);
  const companyKey = company ? JSON.stringify(company) : '';
  useEffect(() => {
    if (!hoursEdited && company) setD((v) => ({...v, hours: company}));
    // companyKey stands for company: a new object each render, the same hours.
  }, [companyKey, hoursEdited]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [state, setState] = useState<SaveState>({kind: 'idle'});
  return (
    <form
      className="place-editor"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const args = {
          id: place?.id ?? crypto.randomUUID(),
          masterId: master.id,
          ...d,
          position: place?.position ?? master.places.length,
          createdAt: Date.now(),
        };
        const parsed = savePlaceArgs.safeParse(args);
        if (!parsed.success) return setErrors(issuesByField(toFieldIssues(parsed.error.issues), t));
        setErrors({});
        void write(mutators.booking.savePlace(args)).then((r) => {
          if (r.ok) {
            setState({kind: 'saved'});
            if (!place) onDone();
          } else setState({kind: 'error', message: r.message});
        });
      }}
    >
      <TextField
        label={t('booking.place.name')}
        placeholder={t('booking.place.namePlaceholder')}
        value={d.name}
        onChange={(e) => setD({...d, name: e.target.value})}
        error={errors.name}
      />
      <TextField label={t('booking.place.address')} value={d.address} onChange={(e) => setD({...d, address: e.target.value})} error={errors.address} />
      <div className="field">
        <label htmlFor={`tz-${place?.id ?? 'new'}`}>{t('booking.place.timezone')}</label>
        <select id={`tz-${place?.id ?? 'new'}`} value={d.timezone} onChange={(e) => setD({...d, timezone: e.target.value})}>
          {[...new Set([d.timezone, ...ZONES])].map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
      </div>
      {company ? (
        sameHours(d.hours, company) ? (
          <p className="muted small hours-note" data-hours="company">
            {t('booking.place.asCompany')}
          </p>
        ) : (
          <div className="hours-note differs" role="note" data-hours="differs">
            <p>
              {t('booking.place.differs')} <span className="muted">({hoursText(company, t)})</span>
            </p>
            <button
              type="button"
              onClick={() => {
                setHoursEdited(true);
                setD({...d, hours: company});
              }}
            >
              {t('booking.place.useCompany')}
            </button>
          </div>
        )
      ) : null}
      <HoursEditor
        value={d.hours}
        onChange={(hours) => {
          setHoursEdited(true);
          setD({...d, hours});
        }}
      />
      {Object.keys(errors).some((k) => k.startsWith('hours')) ? <div className="field-error">{t('v.hours')}</div> : null}
      <div className="btn-row form-actions">
        <SaveLine state={state} />
        {place ? null : (
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

function Exceptions({place}: {place: Place}) {
  const t = useT();
  const write = useWrite();
  const [day, setDay] = useState('');
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState('10:00');
  const [to, setTo] = useState('14:00');
  const [error, setError] = useState('');
  return (
    <div className="exceptions">
      <h3>{t('booking.exceptions')}</h3>
      {place.exceptions.length ? null : <p className="muted">{t('booking.exception.none')}</p>}
      {place.exceptions.map((x) => (
        <div key={x.id} className="exc-row">
          <b>{x.day}</b>
          <span>{x.open ? x.intervals.map((i) => `${i.from}–${i.to}`).join(', ') : t('booking.exception.dayOff')}</span>
          <button type="button" className="link" onClick={() => void write(mutators.booking.clearException({placeId: place.id, day: x.day}))}>
            {t('booking.exception.remove')}
          </button>
        </div>
      ))}
      <div className="exc-add">
        <TextField label={t('booking.field.day')} type="date" value={day} onChange={(e) => setDay(e.target.value)} error={error} />
        <label className="check">
          <input type="checkbox" checked={open} onChange={(e) => setOpen(e.target.checked)} />
          {t('booking.exception.hours')}
        </label>
        {open ? (
          <div className="inline-fields">
            <TextField label={t('site.hours.from')} type="time" value={from} onChange={(e) => setFrom(e.target.value)} />
            <TextField label={t('site.hours.to')} type="time" value={to} onChange={(e) => setTo(e.target.value)} />
          </div>
        ) : null}
        <button
          type="button"
          onClick={() => {
            const args = {placeId: place.id, day, open, intervals: open ? [{from, to}] : [], note: '', createdAt: Date.now()};
            const parsed = setExceptionArgs.safeParse(args);
            if (!parsed.success) return setError(Object.values(issuesByField(toFieldIssues(parsed.error.issues), t))[0] ?? '');
            setError('');
            void write(mutators.booking.setException(args));
          }}
        >
          {open ? t('booking.exception.hours') : t('booking.exception.dayOff')}: {t('booking.exception.add')}
        </button>
      </div>
    </div>
  );
}

export function PlacesPanel({master, zone}: {master: MasterWithAll; zone: string}) {
  const t = useT();
  const write = useWrite();
  const [adding, setAdding] = useState(master.places.length === 0);
  const places = master.places.filter((p) => !p.archived_at);
  return (
    <section className="panel places-panel">
      <h2>{t('booking.places')}</h2>
      {places.map((p) => (
        <details key={p.id} className="panel place" data-place={p.name}>
          <summary>{p.name}</summary>
          <PlaceEditor master={master} place={p} zone={zone} onDone={() => {}} />
          <Exceptions place={p} />
          <button type="button" className="link" onClick={() => void write(mutators.booking.archivePlace({id: p.id, archived: true, at: Date.now()}))}>
            {t('booking.archive')}
          </button>
        </details>
      ))}
      {adding ? (
        <PlaceEditor master={master} zone={zone} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="primary" onClick={() => setAdding(true)}>
          + {t('booking.addPlace')}
        </button>
      )}
    </section>
  );
}
