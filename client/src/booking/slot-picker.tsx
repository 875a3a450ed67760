// Free times of a day for a visit of this length at a place, computed on the
// device from its replica (the same pipeline as the public page), to tap
// instead of typing. The master may still type any time: the server (and
// the database) refuse only a real overlap.
import {useQuery} from '@rocicorp/zero/react';
import {computeSlots} from '#shared/booking/compute.ts';
import {scheduleOf} from '#shared/booking/working-ranges.ts';
import {addDays, localToUtc} from '#shared/booking/zone.ts';
import {queries} from '#shared/queries/index.ts';
import {formatDate} from '#shared/i18n/format.ts';
import {useI18n, useT} from '../i18n/i18n.tsx';
import {hhmm} from './time.ts';
import type {MasterWithAll} from './use-master.ts';

type Props = {
  master: MasterWithAll;
  placeId: string;
  day: string;
  durationMin: number;
  bufferMin: number;
  ignoreId?: string;
  chosen: number | null;
  onPick: (start: number) => void;
};

export function SlotPicker({master, placeId, day, durationMin, bufferMin, ignoreId, chosen, onPick}: Props) {
  const t = useT();
  const place = master.places.find((p) => p.id === placeId);
  const zone = place?.timezone ?? 'Asia/Almaty';
  const from = localToUtc(day, 0, zone);
  const to = localToUtc(addDays(day, 1), 0, zone);
  const [bookings] = useQuery(queries.booking.bookings({masterId: master.id, from: from - 86_400_000, to: to + 86_400_000}));
  if (!place || !durationMin) return null;
  const slots = computeSlots({
    schedule: scheduleOf(place, place.exceptions),
    bookings,
    service: {duration_min: durationMin, buffer_min: bufferMin},
    master: {...master, min_notice_min: 0, horizon_days: 400},
    now: Date.now(),
    ignoreBookingId: ignoreId,
    window: {start: from, end: to},
  });
  if (!slots.length) return <p className="muted">{t('book.noDaySlots')}</p>;
  return (
    <div className="slot-picks" role="group" aria-label={t('book.chooseTime')}>
      {slots.map((s) => (
        <button key={s.start} type="button" className={s.start === chosen ? 'on' : undefined} aria-pressed={s.start === chosen} onClick={() => onPick(s.start)}>
          {hhmm(s.start, zone)}
        </button>
      ))}
    </div>
  );
}

/** The nearest free times the server (or the device) offered when the wanted one was taken. */
export function Alternatives({list, zone, onPick}: {list: readonly {start: number}[]; zone: string; onPick: (start: number) => void}) {
  const {t, locale} = useI18n();
  if (!list.length) return null;
  return (
    <div className="alternatives">
      <p>{t('booking.alternatives')}</p>
      <div className="slot-picks">
        {list.map((a) => (
          <button key={a.start} type="button" onClick={() => onPick(a.start)}>
            {formatDate(a.start, zone, locale, 'short')}
          </button>
        ))}
      </div>
    </div>
  );
}
