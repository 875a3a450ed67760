// B3 for the whole salon: one calendar of every master, as an administrator at
// the counter reads it. A day: a column per master on a tablet or desktop
// (≥ 900 px), a master picker and that master's day on a phone; free time is
// cells of the master's step that book a walk-in or a phoned-in client in two
// taps (cell → name and phone). A week: how full each master's days are, a tap
// opening that day. From the device's replica, so it works offline.
import {useQuery} from '@rocicorp/zero/react';
import {bookable, mastersDay, type MasterDay} from '#shared/booking/team-day.ts';
import {addDays, dayOf, isDayKey, localToUtc, minuteOfDay} from '#shared/booking/zone.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link, navigate, useSearch} from '../router/router.tsx';
import {BookingChip, dayLabel} from './week-view.tsx';
import {hhmm, mondayOf, weekDays} from './time.ts';
import {withMaster, type MasterWithAll} from './use-master.ts';

const HOUR_PX = 56;
type Booking = ReturnType<typeof useTeamBookings>[number];

function useTeamBookings(from: number, to: number) {
  const [rows] = useQuery(queries.booking.teamBookings({from, to}));
  return rows;
}

/** The day asked for: ?day=YYYY-MM-DD, or a moment (a notice links ?day=<epoch ms>). */
function askedDay(search: URLSearchParams, zone: string, today: string): string {
  const asked = search.get('day') ?? '';
  if (isDayKey(asked)) return asked;
  return /^\d{10,}$/.test(asked) ? dayOf(Number(asked), zone) : today;
}

export function TeamView({masters, zone}: {masters: readonly MasterWithAll[]; zone: string}) {
  const {t} = useI18n();
  const search = useSearch();
  const now = Date.now();
  const today = dayOf(now, zone);
  const day = askedDay(search, zone, today);
  const week = search.get('view') === 'week';
  const active = masters.filter((m) => m.active);
  const picked = active.find((m) => m.id === search.get('m')) ?? active[0];
  const go = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(patch))
      if (v === null) next.delete(k);
      else next.set(k, v);
    navigate(`/booking/team?${next.toString()}`);
  };
  if (!active.length) {
    return (
      <section className="panel">
        <p>{t('booking.team.empty')}</p>
        <Link href="/booking/masters/new" className="button-like primary">
          {t('booking.team.addMaster')}
        </Link>
      </section>
    );
  }
  return (
    <section className="team-cal" aria-label={t('booking.team.title')}>
      <div className="week-head">
        <div className="chips" role="radiogroup" aria-label={t('booking.team.title')}>
          {(['day', 'week'] as const).map((v) => (
            <button
              key={v}
              type="button"
              role="radio"
              aria-checked={week === (v === 'week')}
              className={week === (v === 'week') ? 'chip active' : 'chip'}
              onClick={() => go({view: v === 'week' ? 'week' : null})}
            >
              {t(`booking.team.${v}`)}
            </button>
          ))}
        </div>
        <button type="button" onClick={() => go({day: addDays(day, week ? -7 : -1)})}>
          ←
        </button>
        <button type="button" onClick={() => go({day: null})}>
          {t('booking.team.today')}
        </button>
        <button type="button" onClick={() => go({day: addDays(day, week ? 7 : 1)})}>
          →
        </button>
        <Link href="/booking/masters/new" className="button-like">
          {t('booking.team.addMaster')}
        </Link>
      </div>
      {/* On a phone: one master at a time, picked from a strip. */}
      <nav className="chips scroll team-picker" aria-label={t('booking.masters')}>
        {active.map((m) => (
          <button key={m.id} type="button" className={m === picked ? 'chip active' : 'chip'} aria-pressed={m === picked} onClick={() => go({m: m.id})}>
            {m.display_name}
          </button>
        ))}
      </nav>
      {week ? (
        <TeamWeek masters={active} picked={picked!} zone={zone} monday={mondayOf(day)} today={today} now={now} />
      ) : (
        <TeamDay masters={active} picked={picked!} zone={zone} day={day} today={today} now={now} />
      )}
    </section>
  );
}

type Column = MasterDay<MasterWithAll, Booking>;

function FreeCell({master, at, zone, style}: {master: MasterWithAll; at: number; zone: string; style?: React.CSSProperties}) {
  const {t} = useI18n();
  return (
    <Link
      href={`${withMaster('/booking/new', master)}&at=${at}&back=team`}
      className="free-cell"
      style={style}
      aria-label={t('booking.team.freeCell', {master: master.display_name, time: hhmm(at, zone)})}
      data-free={`${master.id}:${at}`}
    >
      {hhmm(at, zone)}
    </Link>
  );
}

function TeamDay({
  masters,
  picked,
  zone,
  day,
  today,
  now,
}: {
  masters: readonly MasterWithAll[];
  picked: MasterWithAll;
  zone: string;
  day: string;
  today: string;
  now: number;
}) {
  const {t, locale} = useI18n();
  const from = localToUtc(day, 0, zone);
  const bookings = useTeamBookings(from - 86_400_000, localToUtc(addDays(day, 1), 0, zone));
  const columns = mastersDay(masters, bookings, day, zone, now);
  const mine = columns.find((c) => c.master === picked) ?? columns[0]!;
  // The grid's hours: from the earliest work or booking to the latest (09–19 at least).
  const starts = columns.flatMap((c) => [...c.working.map((r) => r.start), ...c.bookings.map((b) => b.starts_at)]);
  const ends = columns.flatMap((c) => [...c.working.map((r) => r.end), ...c.bookings.map((b) => b.ends_at)]);
  const firstHour = Math.floor(Math.min(9 * 60, ...starts.map((s) => minuteOfDay(s, zone))) / 60);
  const lastHour = Math.ceil(Math.max(19 * 60, ...ends.map((e) => (dayOf(e - 1, zone) === day ? minuteOfDay(e - 1, zone) + 1 : 24 * 60))) / 60);
  const top = (ms: number) => ((ms - localToUtc(day, firstHour * 60, zone)) / 3_600_000) * HOUR_PX;
  const height = (lastHour - firstHour) * HOUR_PX;
  return (
    <>
      <h2 className={day === today ? 'team-day today' : 'team-day'}>{dayLabel(day, locale)}</h2>
      {/* Phone: the picked master's day as a list, free cells as buttons. */}
      <div className="team-list" data-master={mine.master.id}>
        <MasterDay column={mine} zone={zone} />
      </div>
      {/* Tablet and desktop: a column per master. */}
      <div className="team-grid-scroll">
        <div
          className="team-grid"
          role="group"
          aria-label={dayLabel(day, locale)}
          style={{gridTemplateColumns: `52px repeat(${columns.length}, minmax(150px, 1fr))`}}
        >
          <div className="tg-head" />
          {columns.map((c) => (
            <div key={c.master.id} className="tg-head" data-master={c.master.id}>
              <Link href={withMaster('/booking', c.master)}>{c.master.display_name}</Link>
              <small className="muted">
                {c.works
                  ? t('booking.team.count', {count: c.bookings.filter((b) => b.kind === 'visit' && b.status === 'confirmed').length})
                  : t('booking.team.dayOff')}
              </small>
            </div>
          ))}
          <div className="wg-hours" style={{height}}>
            {Array.from({length: lastHour - firstHour}, (_, i) => (
              <span key={i} style={{top: i * HOUR_PX}}>{`${String(firstHour + i).padStart(2, '0')}:00`}</span>
            ))}
          </div>
          {columns.map((c) => (
            <div key={c.master.id} className={c.works ? 'tg-col' : 'tg-col off'} style={{height}} data-master={c.master.id}>
              {c.working.map((r) => (
                <div key={r.start} className="wg-free" style={{top: top(r.start), height: ((r.end - r.start) / 3_600_000) * HOUR_PX}} />
              ))}
              {c.cells.map((at) => (
                <FreeCell key={at} master={c.master} at={at} zone={zone} style={{top: top(at), height: (c.master.slot_step_min / 60) * HOUR_PX - 2}} />
              ))}
              {c.bookings.map((b) => (
                <BookingChip
                  key={b.id}
                  b={b}
                  zone={zone}
                  master={c.master}
                  style={{top: top(b.starts_at), height: Math.max(22, ((b.ends_at - b.starts_at) / 3_600_000) * HOUR_PX - 2)}}
                />
              ))}
            </div>
          ))}
        </div>
      </div>
    </>
  );
}

function MasterDay({column, zone}: {column: Column; zone: string}) {
  const {t} = useI18n();
  const {master, bookings, cells, works} = column;
  if (!bookable(master)) {
    return (
      <p className="muted">
        <Link href={withMaster('/booking/setup', master)}>{t('booking.team.notSetUp')} →</Link>
      </p>
    );
  }
  return (
    <>
      {bookings.map((b) => (
        <BookingChip key={b.id} b={b} zone={zone} master={master} />
      ))}
      {cells.length ? (
        <div className="slot-picks free-cells">
          {cells.map((at) => (
            <FreeCell key={at} master={master} at={at} zone={zone} />
          ))}
        </div>
      ) : !works && !bookings.length ? (
        <p className="off-line">{t('booking.team.dayOff')}</p>
      ) : null}
    </>
  );
}

function TeamWeek({
  masters,
  picked,
  zone,
  monday,
  today,
  now,
}: {
  masters: readonly MasterWithAll[];
  picked: MasterWithAll;
  zone: string;
  monday: string;
  today: string;
  now: number;
}) {
  const {t, locale} = useI18n();
  const days = weekDays(monday);
  const bookings = useTeamBookings(localToUtc(monday, 0, zone) - 86_400_000, localToUtc(addDays(monday, 7), 0, zone));
  const byDay = days.map((d) => mastersDay(masters, bookings, d, zone, now));
  const cell = (c: Column, d: string) => {
    const visits = c.bookings.filter((b) => b.kind === 'visit' && b.status === 'confirmed').length;
    return (
      <Link
        href={`/booking/team?day=${d}&m=${encodeURIComponent(c.master.id)}`}
        className={c.works ? 'tw-cell' : 'tw-cell off'}
        data-day={d}
        data-master={c.master.id}
      >
        <b>{c.works || visits ? t('booking.team.count', {count: visits}) : t('booking.team.dayOff')}</b>
        {c.cells.length ? <small className="free-line">{t('booking.team.freeFrom', {time: hhmm(c.cells[0]!, zone)})}</small> : null}
      </Link>
    );
  };
  const mineAt = (i: number) => byDay[i]!.find((c) => c.master === picked)!;
  return (
    <>
      <h2 className="team-day">
        {dayLabel(days[0]!, locale)} — {dayLabel(days[6]!, locale)}
      </h2>
      <ol className="team-list day-list">
        {days.map((d, i) => (
          <li key={d} className={d === today ? 'day-card today' : 'day-card'}>
            <h3>{dayLabel(d, locale)}</h3>
            {cell(mineAt(i), d)}
          </li>
        ))}
      </ol>
      <div className="team-grid-scroll">
        <table className="team-week">
          <thead>
            <tr>
              <th />
              {days.map((d) => (
                <th key={d} className={d === today ? 'today' : undefined}>
                  <Link href={`/booking/team?day=${d}`}>{dayLabel(d, locale, true)}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {masters.map((m, row) => (
              <tr key={m.id}>
                <th scope="row">{m.display_name}</th>
                {days.map((d, i) => (
                  <td key={d}>{cell(byDay[i]![row]!, d)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
