// While a meeting's time is picked: when the chosen colleagues are already
// busy that day (the server's free/busy and the meetings this device holds),
// the intervals that overlap the chosen time marked.
import {useQuery} from '@rocicorp/zero/react';
import {useEffect, useMemo, useState} from 'react';
import {addDays, localToUtc} from '#shared/booking/zone.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {fetchBusy, localBusy, mergeBusy, overlaps, type Busy} from './busy.ts';
import {hoursOf} from './schedule.ts';

type Props = {
  memberIds: readonly string[];
  names: ReadonlyMap<string, string>;
  /** "YYYY-MM-DD" in the zone. */
  day: string;
  chosen: {startsAt: number; endsAt: number} | null;
  zone: string;
  /** The meeting being edited: its own time is not "busy". */
  exceptId?: string | undefined;
};

export function BusyPanel({memberIds, names, day, chosen, zone, exceptId}: Props) {
  const {t, locale} = useI18n();
  const [meetings] = useQuery(queries.meetings.list());
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day);
  const from = valid ? localToUtc(day, 0, zone) : 0;
  const to = valid ? localToUtc(addDays(day, 1), 0, zone) : 0;
  const key = `${memberIds.join(',')}|${from}|${to}`;
  const [remote, setRemote] = useState<{key: string; busy: Busy[]}>({key: '', busy: []});

  const ids = key.split('|')[0]!;
  useEffect(() => {
    if (!from || !ids) return;
    let stopped = false;
    // A pause while ticking names or typing a date: one question, not one per keystroke.
    const timer = setTimeout(() => {
      void fetchBusy(ids.split(','), from, to, locale).then((busy) => {
        if (!stopped) setRemote({key, busy});
      });
    }, 300);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [key, ids, from, to, locale]);

  const busy = useMemo(() => {
    const fromServer = remote.key === key ? remote.busy.filter((b) => b.end > from && b.start < to) : [];
    return mergeBusy(fromServer, localBusy(meetings, memberIds, from, to, exceptId));
  }, [remote, key, meetings, memberIds, from, to, exceptId]);

  if (!valid || !memberIds.length) return null;
  const rows = memberIds.flatMap((id) => {
    const list = busy.get(id);
    return list?.length ? [{id, list}] : [];
  });
  return (
    <section className="busy-panel" aria-live="polite" data-testid="busy-panel">
      <h3>{t('meetings.busy.title')}</h3>
      {!rows.length ? (
        <p className="muted">{t('meetings.busy.free')}</p>
      ) : (
        <ul className="busy-list">
          {rows.map(({id, list}) => {
            const clash = chosen !== null && list.some((i) => overlaps(i, {start: chosen.startsAt, end: chosen.endsAt}));
            return (
              <li key={id} data-member-id={id} className={clash ? 'clash' : undefined}>
                <span className="busy-name">{names.get(id) ?? t('meetings.someone')}</span>
                <span className="busy-slots">
                  {list.map((i) => (
                    <span key={i.start} className={chosen && overlaps(i, {start: chosen.startsAt, end: chosen.endsAt}) ? 'busy-slot clash' : 'busy-slot'}>
                      {hoursOf(Math.max(i.start, from), Math.min(i.end, to), zone)}
                    </span>
                  ))}
                </span>
                {clash ? <span className="late">{t('meetings.busy.clash')}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
