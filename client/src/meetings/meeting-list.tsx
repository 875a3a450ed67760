// The meetings this person sees: upcoming ones soonest first, then past ones;
// each with its day and hours in the company's zone, its state, and how many
// commitments it produced and how many of them are late. Below, the calendar
// subscription.
import type {Row} from '@rocicorp/zero';
import {useQuery} from '@rocicorp/zero/react';
import {useMemo} from 'react';
import {formatDate} from '#shared/i18n/format.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import type {Session} from '../session/session.ts';
import {useMinute} from '../ui/use-minute.ts';
import {CalendarPanel} from './calendar-panel.tsx';
import {countsByMeeting} from './commitments.ts';
import {hoursOf, splitMeetings} from './schedule.ts';
import {useMayManage, useZone} from './use-meetings.ts';

type MeetingRow = Row['meeting'] & {participants: readonly Row['meeting_participant'][]};

export function MeetingList({session}: {session: Session}) {
  const {t} = useI18n();
  const [rows, details] = useQuery(queries.meetings.list());
  const [commitments] = useQuery(queries.meetings.commitments());
  const now = useMinute();
  const zone = useZone();
  const manage = useMayManage(session);
  const counts = useMemo(() => countsByMeeting(commitments, now), [commitments, now]);
  const {upcoming, past} = useMemo(() => splitMeetings(rows as readonly MeetingRow[], now), [rows, now]);
  const loading = details.type !== 'complete' && !rows.length;

  return (
    <div className="page meetings">
      <div className="pane-head">
        <h1>{t('meetings.title')}</h1>
        <Link href="/meetings/commitments" className="chip meetings-board-link">
          {t('meetings.board.title')}
        </Link>
      </div>
      {loading ? (
        <p className="card-empty">{t('state.loading')}</p>
      ) : !rows.length ? (
        <p className="card-empty">{t('meetings.empty')}</p>
      ) : (
        <>
          <section aria-labelledby="mt-upcoming">
            <h2 id="mt-upcoming">{t('meetings.upcoming')}</h2>
            {upcoming.length ? <Meetings rows={upcoming} counts={counts} zone={zone} /> : <p className="muted">{t('meetings.noUpcoming')}</p>}
          </section>
          {past.length ? (
            <section aria-labelledby="mt-past">
              <h2 id="mt-past">{t('meetings.past')}</h2>
              <Meetings rows={past} counts={counts} zone={zone} />
            </section>
          ) : null}
        </>
      )}
      <CalendarPanel />
      {manage ? (
        <Link href="/meetings/new" className="fab" aria-label={t('meetings.new')}>
          +<span className="fab-label">{t('meetings.new')}</span>
        </Link>
      ) : null}
    </div>
  );
}

function Meetings({rows, counts, zone}: {rows: readonly MeetingRow[]; counts: ReadonlyMap<string, {total: number; late: number}>; zone: string}) {
  const {t, locale} = useI18n();
  return (
    <ul className="meeting-list">
      {rows.map((m) => {
        const n = counts.get(m.id);
        return (
          <li key={m.id}>
            <Link href={`/meetings/${m.id}`} className={`meeting-row state-${m.state}`} data-meeting-id={m.id}>
              <div className="row-top">
                <span className="meeting-topic">{m.topic}</span>
                <span className={`badge meeting-state-${m.state}`}>{t(`meetings.state.${m.state}`)}</span>
              </div>
              <div className="meeting-when">
                {formatDate(m.starts_at, zone, locale, 'weekdayLong')}, <span className="nowrap">{hoursOf(m.starts_at, m.ends_at, zone)}</span>
              </div>
              <div className="row-meta">
                <span>{t('meetings.participantCount', {count: m.participants.length})}</span>
                {m.repeat !== 'none' ? <span>{t(`meetings.repeat.${m.repeat}`)}</span> : null}
                {n ? <span data-testid="commitment-count">{t('meetings.commitmentCount', {count: n.total})}</span> : null}
                {n?.late ? (
                  <span className="late" data-testid="late-count">
                    {t('meetings.lateCount', {count: n.late})}
                  </span>
                ) : null}
              </div>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
