// B3: the master's week ahead at a glance, free time included. A phone shows
// a list of days; a tablet or desktop (≥ 900 px) a week grid. A tap on a
// booking opens it; "Book a client" adds one for a client who phoned.
import {useQuery} from '@rocicorp/zero/react';
import {busyRanges, freeRanges} from '#shared/booking/busy.ts';
import {clipRanges, type Range} from '#shared/booking/ranges.ts';
import {scheduleOf, workingRanges} from '#shared/booking/working-ranges.ts';
import {addDays, dayOf, localToUtc, minuteOfDay} from '#shared/booking/zone.ts';
import {formatDate} from '#shared/i18n/format.ts';
import type {Locale} from '#shared/i18n/locales.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link, navigate, useSearch} from '../router/router.tsx';
import {hhmm, mondayOf, weekDays} from './time.ts';
import {withMaster, type MasterWithAll} from './use-master.ts';

type BookingRow = ReturnType<typeof useWeek>['bookings'][number];
const HOUR_PX = 48;

function useWeek(master: MasterWithAll, zone: string, monday: string) {
  const from = localToUtc(monday, 0, zone);
  const to = localToUtc(addDays(monday, 7), 0, zone);
  const [bookings] = useQuery(queries.booking.bookings({masterId: master.id, from, to}));
  const busy = busyRanges(bookings);
  const working = master.places
    .filter((p) => !p.archived_at)
    .flatMap((p) => workingRanges(scheduleOf(p, p.exceptions), addDays(monday, -1), addDays(monday, 7)).map((r) => ({...r, place: p.name})));
  const free = freeRanges(working, busy);
  // With several places, the day list says where the free time is.
  const freeByPlace = master.places
    .filter((p) => !p.archived_at)
    .map((p) => ({place: p.name, free: freeRanges(workingRanges(scheduleOf(p, p.exceptions), addDays(monday, -1), addDays(monday, 7)), busy)}));
  return {bookings, free, freeByPlace, working, from, to};
}

export function dayLabel(day: string, locale: Locale, short = false): string {
  const [y, m, d] = day.split('-').map(Number);
  // Through the app's formatters: Kazakh reads right on a browser without Kazakh date data.
  return formatDate(Date.UTC(y!, m! - 1, d!), 'UTC', locale, short ? 'weekdayShort' : 'weekdayLong');
}

export function BookingChip({b, zone, master, style}: {b: BookingRow; zone: string; master: MasterWithAll; style?: React.CSSProperties}) {
  const {t} = useI18n();
  const cls = b.status === 'cancelled' ? 'bk cancelled' : b.kind === 'block' ? 'bk block' : 'bk';
  return (
    <Link href={withMaster(`/booking/b/${b.id}`, master)} className={cls} style={style} data-booking={b.id}>
      <span className="t">{hhmm(b.starts_at, zone)}</span>
      <span className="w">
        {b.kind === 'block' ? b.note || t('booking.block') : `${b.client_name} · ${b.service_title}`}
        {b.status !== 'confirmed' ? <small>{t(`booking.status.${b.status}`)}</small> : null}
      </span>
    </Link>
  );
}

export function WeekView({master, zone}: {master: MasterWithAll; zone: string}) {
  const {t, locale} = useI18n();
  const search = useSearch();
  const now = Date.now();
  const today = dayOf(now, zone);
  const asked = search.get('week');
  const monday = mondayOf(asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : search.get('day') ? dayOf(Number(search.get('day')), zone) : today);
  const {bookings, free: allFree, freeByPlace, working} = useWeek(master, zone, monday);
  // Free time that is already past is not free any more (from the next 5 minutes on).
  const from = Math.ceil(now / 300_000) * 300_000;
  const future = (list: readonly Range[]) => list.filter((r) => r.end > from).map((r) => ({...r, start: Math.max(r.start, from)}));
  const free = future(allFree);
  const days = weekDays(monday);
  const go = (d: string) => navigate(withMaster(`/booking?week=${d}`, master));
  const dayRange = (d: string): Range => ({start: localToUtc(d, 0, zone), end: localToUtc(addDays(d, 1), 0, zone)});
  // The grid's hours: from the earliest work or booking of the week to the latest (08–20 at least).
  const startMin = Math.min(8 * 60, ...working.map((r) => minuteOfDay(r.start, zone)), ...bookings.map((b) => minuteOfDay(b.starts_at, zone)));
  const endMin = Math.max(
    20 * 60,
    ...working.map((r) => (dayOf(r.end - 1, zone) === dayOf(r.start, zone) ? minuteOfDay(r.end - 1, zone) + 1 : 24 * 60)),
    ...bookings.map((b) => minuteOfDay(b.ends_at - 1, zone) + 1),
  );
  const firstHour = Math.floor(startMin / 60);
  const lastHour = Math.ceil(endMin / 60);
  const top = (ms: number, d: string) => ((ms - localToUtc(d, firstHour * 60, zone)) / 3_600_000) * HOUR_PX;
  return (
    <section aria-label={t('booking.tab.week')}>
      <div className="week-head">
        <h2>
          {dayLabel(days[0]!, locale)} — {dayLabel(days[6]!, locale)}
        </h2>
        <button type="button" onClick={() => go(addDays(monday, -7))}>
          {t('booking.prevWeek')}
        </button>
        <button type="button" onClick={() => go(today)}>
          {t('booking.thisWeek')}
        </button>
        <button type="button" onClick={() => go(addDays(monday, 7))}>
          {t('booking.nextWeek')}
        </button>
        <Link href={withMaster('/booking/new', master)} className="button-like primary">
          + {t('booking.newBooking')}
        </Link>
      </div>
      <ol className="day-list has-grid">
        {days.map((d) => {
          const range = dayRange(d);
          const list = bookings.filter((b) => dayOf(b.starts_at, zone) === d);
          const freeToday = freeByPlace.flatMap(({place, free: f}) =>
            future(clipRanges(f, range)).map((r) => ({...r, place: freeByPlace.length > 1 ? place : ''})),
          );
          freeToday.sort((a, b) => a.start - b.start);
          const works = clipRanges(working, range).length > 0;
          return (
            <li key={d} className={d === today ? 'day-card today' : 'day-card'} data-day={d}>
              <h3>
                <span>{dayLabel(d, locale)}</span>
              </h3>
              {list.map((b) => (
                <BookingChip key={b.id} b={b} zone={zone} master={master} />
              ))}
              {works ? (
                freeToday.map((r) => (
                  <p key={`${r.place}${r.start}`} className="free-line">
                    {t('booking.free', {from: hhmm(r.start, zone), to: r.end === range.end ? '24:00' : hhmm(r.end, zone)})}
                    {r.place ? <span className="muted"> · {r.place}</span> : null}
                  </p>
                ))
              ) : list.length ? null : (
                <p className="off-line">{t('booking.dayOff')}</p>
              )}
            </li>
          );
        })}
      </ol>
      <div className="week-grid" role="group" aria-label={t('booking.tab.week')}>
        <div className="wg-head" />
        {days.map((d) => (
          <div key={d} className={d === today ? 'wg-head today' : 'wg-head'}>
            {dayLabel(d, locale, true)}
          </div>
        ))}
        <div className="wg-hours" style={{height: (lastHour - firstHour) * HOUR_PX}}>
          {Array.from({length: lastHour - firstHour}, (_, i) => (
            <span key={i} style={{top: i * HOUR_PX}}>{`${String(firstHour + i).padStart(2, '0')}:00`}</span>
          ))}
        </div>
        {days.map((d) => {
          const range = dayRange(d);
          return (
            <div key={d} className="wg-col" style={{height: (lastHour - firstHour) * HOUR_PX}}>
              {clipRanges(free, range).map((r) => (
                <div key={r.start} className="wg-free" style={{top: top(r.start, d), height: ((r.end - r.start) / 3_600_000) * HOUR_PX}} />
              ))}
              {bookings
                .filter((b) => dayOf(b.starts_at, zone) === d)
                .map((b) => (
                  <BookingChip
                    key={b.id}
                    b={b}
                    zone={zone}
                    master={master}
                    style={{top: top(b.starts_at, d), height: Math.max(22, ((b.ends_at - b.starts_at) / 3_600_000) * HOUR_PX - 2)}}
                  />
                ))}
            </div>
          );
        })}
      </div>
    </section>
  );
}
