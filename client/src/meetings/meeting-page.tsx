// One meeting: when (in the company's zone), where, who, why and the agenda;
// then its outcome — notes and the commitments that become tasks (M2–M3);
// changing or cancelling it for those who plan meetings.
import {useQuery} from '@rocicorp/zero/react';
import {useState} from 'react';
import {formatDate} from '#shared/i18n/format.ts';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import type {Session} from '../session/session.ts';
import {useWrite} from '../write/writer.tsx';
import {ResultsEditor, type MeetingWithCommitments} from './results-editor.tsx';
import {hoursOf} from './schedule.ts';
import {useMayManage, useMembers, useZone} from './use-meetings.ts';

export function MeetingPage({id, session}: {id: string; session: Session}) {
  const {t, locale} = useI18n();
  const zone = useZone();
  const manage = useMayManage(session);
  const {names} = useMembers();
  const [meeting, details] = useQuery(queries.meetings.one({id}));
  if (!meeting) {
    return (
      <div className="page meetings">
        <Link href="/meetings" className="back-link">
          ← {t('action.back')}
        </Link>
        <p className="card-empty">{details.type === 'complete' ? t('meetings.notFound') : t('state.loading')}</p>
      </div>
    );
  }
  const cancelled = meeting.state === 'cancelled';
  const who = (p: {member_id?: string | null; email: string; name: string}) =>
    (p.member_id ? names.get(p.member_id) : undefined) || p.name || p.email || t('meetings.someone');
  return (
    <div className="page meetings">
      <Link href="/meetings" className="back-link">
        ← {t('meetings.title')}
      </Link>
      <article className="request-card meeting-card" data-meeting-id={meeting.id} data-state={meeting.state}>
        <div className="card-head">
          <h1 className="meeting-title">{meeting.topic}</h1>
          <span className={`badge meeting-state-${meeting.state}`}>{t(`meetings.state.${meeting.state}`)}</span>
        </div>
        <dl className="facts">
          <dt>{t('meetings.when')}</dt>
          <dd>
            {formatDate(meeting.starts_at, zone, locale, 'weekdayLong')}, <span className="nowrap">{hoursOf(meeting.starts_at, meeting.ends_at, zone)}</span>
            {meeting.repeat !== 'none' ? <div className="muted">{t('meetings.repeats', {repeat: t(`meetings.repeat.${meeting.repeat}`)})}</div> : null}
          </dd>
          {meeting.place || meeting.link ? (
            <>
              <dt>{t('meetings.where')}</dt>
              <dd>
                {meeting.place ? <div>{meeting.place}</div> : null}
                {meeting.link ? (
                  <a href={meeting.link} target="_blank" rel="noreferrer noopener" className="wrap-anywhere">
                    {t('meetings.join')}
                  </a>
                ) : null}
              </dd>
            </>
          ) : null}
          {meeting.organizer ? (
            <>
              <dt>{t('meetings.organizer')}</dt>
              <dd>{meeting.organizer.name}</dd>
            </>
          ) : null}
          <dt>{t('meetings.field.participants')}</dt>
          <dd>
            <ul className="people">
              {[...meeting.participants.filter((p) => p.member_id), ...meeting.participants.filter((p) => !p.member_id)].map((p) => (
                <li key={p.id}>
                  {who(p)}
                  {!p.member_id && p.name ? <span className="muted"> · {p.email}</span> : null}
                </li>
              ))}
            </ul>
          </dd>
        </dl>
        {meeting.purpose ? (
          <section className="section">
            <h2>{t('meetings.field.purpose')}</h2>
            <p className="request-text">{meeting.purpose}</p>
          </section>
        ) : null}
        {meeting.agenda ? (
          <section className="section">
            <h2>{t('meetings.field.agenda')}</h2>
            <p className="request-text">{meeting.agenda}</p>
          </section>
        ) : null}
        {cancelled ? (
          <p className="alert" role="status">
            {t('meetings.cancelledNote')}
          </p>
        ) : null}
        <ResultsEditor meeting={meeting as MeetingWithCommitments} manage={manage && !cancelled} zone={zone} names={names} />
        {manage && !cancelled ? <Manage id={meeting.id} /> : null}
      </article>
    </div>
  );
}

/** Change or cancel (asked once more before the cancellation goes out to everyone). */
function Manage({id}: {id: string}) {
  const {t} = useI18n();
  const write = useWrite();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string>();
  async function cancel() {
    const r = await write(mutators.meeting.cancel({id, at: Date.now()}));
    setAsking(false);
    if (!r.ok) setError(r.message);
  }
  return (
    <section className="section meeting-manage">
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {asking ? (
        <div className="confirm" role="group" aria-label={t('meetings.cancel')}>
          <p>{t('meetings.cancelConfirm')}</p>
          <div className="form-actions">
            <button type="button" onClick={() => setAsking(false)}>
              {t('meetings.cancelNo')}
            </button>
            <button type="button" className="danger" onClick={() => void cancel()}>
              {t('meetings.cancelYes')}
            </button>
          </div>
        </div>
      ) : (
        <div className="form-actions">
          <Link href={`/meetings/${id}/edit`} className="button-link">
            {t('meetings.edit')}
          </Link>
          <button type="button" onClick={() => setAsking(true)}>
            {t('meetings.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
