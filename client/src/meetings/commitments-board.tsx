// "Договорённости" (M3): what was promised at meetings — to the head, then to
// the team — by whom and by when, late ones first and marked, each linked to
// the task it became and to its meeting. Filtered by who promised.
import {useQuery} from '@rocicorp/zero/react';
import {useMemo, useState} from 'react';
import {formatDate} from '#shared/i18n/format.ts';
import {queries} from '#shared/queries/index.ts';
import {commitmentBoard} from '#shared/tasks/meetings.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {useMinute} from '../ui/use-minute.ts';
import {TaskStatus} from './commitment-row.tsx';
import {useMembers, useZone} from './use-meetings.ts';

export function CommitmentsBoard() {
  const {t} = useI18n();
  const now = useMinute();
  const zone = useZone();
  const {names} = useMembers();
  const [rows, details] = useQuery(queries.meetings.commitments());
  const [who, setWho] = useState('');
  const owners = useMemo(() => [...new Set(rows.flatMap((c) => (c.owner_id ? [c.owner_id] : [])))], [rows]);
  const board = useMemo(() => {
    const status = new Map(rows.flatMap((c) => (c.task ? [[c.task.id, c.task.status] as const] : [])));
    const mine = who ? rows.filter((c) => c.owner_id === who) : rows;
    return commitmentBoard(mine, (id) => status.get(id), now);
  }, [rows, who, now]);
  const loading = details.type !== 'complete' && !rows.length;

  return (
    <div className="page meetings commitments-board">
      <Link href="/meetings" className="back-link">
        ← {t('meetings.title')}
      </Link>
      <div className="pane-head">
        <h1>{t('meetings.board.title')}</h1>
        {board.late ? (
          <span className="badge cstate-late" data-testid="late-total">
            {t('meetings.board.lateTotal', {count: board.late})}
          </span>
        ) : null}
      </div>
      {loading ? (
        <p className="card-empty">{t('state.loading')}</p>
      ) : !rows.length ? (
        <p className="card-empty">{t('meetings.board.none')}</p>
      ) : (
        <>
          <div className="field board-who">
            <label htmlFor="cb-who">{t('meetings.board.who')}</label>
            <select id="cb-who" value={who} onChange={(e) => setWho(e.target.value)}>
              <option value="">{t('meetings.board.everyone')}</option>
              {owners.map((id) => (
                <option key={id} value={id}>
                  {names.get(id) ?? t('meetings.someone')}
                </option>
              ))}
            </select>
          </div>
          <Group title={t('meetings.board.head')} rows={board.head} names={names} zone={zone} kind="head" />
          <Group title={t('meetings.board.team')} rows={board.team} names={names} zone={zone} kind="team" />
        </>
      )}
    </div>
  );
}

type BoardRow = ReturnType<typeof commitmentBoard<CommitmentWithTask>>['head'][number];
type CommitmentWithTask = {
  id: string;
  text: string;
  owner_id?: string | null;
  due_at: number;
  to_whom: string;
  task_id?: string | null;
  task?: {id: string; status: string} | undefined;
  meeting?: {id: string; topic: string} | undefined;
};

function Group(props: {title: string; rows: readonly BoardRow[]; names: ReadonlyMap<string, string>; zone: string; kind: string}) {
  const {t, locale} = useI18n();
  const {title, rows, names, zone, kind} = props;
  return (
    <section className="board-group" data-to={kind} aria-label={title}>
      <h2>{title}</h2>
      {!rows.length ? (
        <p className="muted">{t('meetings.board.empty')}</p>
      ) : (
        <ul className="commitments">
          {rows.map((c) => (
            <li key={c.id} className={`commitment-row cstate-${c.state}`} data-commitment-id={c.id} data-state={c.state}>
              <div className="commitment-text">{c.task_id ? <Link href={`/tasks/${c.task_id}`}>{c.text}</Link> : c.text}</div>
              <div className="row-meta">
                <span className="commitment-owner">{(c.owner_id && names.get(c.owner_id)) || t('meetings.someone')}</span>
                <span className={c.state === 'late' ? 'late' : undefined}>{t('meetings.board.due', {date: formatDate(c.due_at, zone, locale, 'date')})}</span>
                {c.task ? <TaskStatus status={c.task.status} /> : null}
                {c.state === 'late' ? <span className="badge cstate-late">{t('meetings.cstate.late')}</span> : null}
              </div>
              {c.meeting ? (
                <div className="row-meta">
                  <Link href={`/meetings/${c.meeting.id}`} className="meeting-ref">
                    {t('meetings.board.meeting', {topic: c.meeting.topic})}
                  </Link>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
