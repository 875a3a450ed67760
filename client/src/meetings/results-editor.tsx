// A meeting's outcome (M2–M3): its notes and the commitments made at the end
// — what, who, by when, to whom. One save records them all (the meeting is
// then held); each new commitment becomes a task, shown with its link and
// status. A recurring meeting lists the open commitments of its series'
// earlier meetings ("Перенесено с прошлой встречи"), each taken in with one
// click. Everything typed is a draft on the device until saved.
import type {Row} from '@rocicorp/zero';
import {useQuery} from '@rocicorp/zero/react';
import {useMemo, useState, type FormEvent} from 'react';
import {uuidv7} from 'uuidv7';
import {formatDate} from '#shared/i18n/format.ts';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {carriedInto} from '#shared/tasks/meetings.ts';
import {issuesByField} from '#shared/validation/describe.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {useMinute} from '../ui/use-minute.ts';
import {useWrite} from '../write/writer.tsx';
import {CommitmentEditRow, CommitmentViewRow} from './commitment-row.tsx';
import {carriedRow, dueAtOf, newRow, rowOf, toCommitmentsArgs, type CommitmentRow} from './commitments.ts';
import {useMembers} from './use-meetings.ts';

export type MeetingWithCommitments = Row['meeting'] & {
  participants: readonly Row['meeting_participant'][];
  commitments: readonly (Row['commitment'] & {task?: Row['task'] | undefined})[];
};

const EMPTY = {touched: '', rows: '[]', notes: ''};

type Props = {meeting: MeetingWithCommitments; manage: boolean; zone: string; names: ReadonlyMap<string, string>};

export function ResultsEditor({meeting, manage, zone, names}: Props) {
  const {t} = useI18n();
  const now = useMinute();
  if (!manage) {
    return (
      <section className="section results" aria-labelledby="mt-results">
        <h2 id="mt-results">{t('meetings.c.title')}</h2>
        {meeting.notes ? <p className="request-text">{meeting.notes}</p> : null}
        {meeting.commitments.length ? (
          <ul className="commitments">
            {meeting.commitments.map((c) => (
              <CommitmentViewRow key={c.id} commitment={c} task={c.task} names={names} zone={zone} now={now} />
            ))}
          </ul>
        ) : (
          <p className="muted">{t('meetings.c.empty')}</p>
        )}
      </section>
    );
  }
  return <Editor meeting={meeting} zone={zone} names={names} now={now} />;
}

function Editor({meeting, zone, names, now}: {meeting: MeetingWithCommitments; zone: string; names: ReadonlyMap<string, string>; now: number}) {
  const {t} = useI18n();
  const write = useWrite();
  const {members} = useMembers();
  const [draft, setDraft, clearDraft] = useDraft(`meeting-results-${meeting.id}`, EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ok: boolean; text: string}>();
  const stored = useMemo(() => meeting.commitments.map((c) => rowOf(c, zone)), [meeting.commitments, zone]);
  const rows: CommitmentRow[] = draft.touched ? (JSON.parse(draft.rows) as CommitmentRow[]) : stored;
  const notes = draft.touched ? draft.notes : meeting.notes;
  const byId = new Map(meeting.commitments.map((c) => [c.id, c]));
  // The meeting's own colleagues first, then the rest of the team.
  const inMeeting = new Set(meeting.participants.flatMap((p) => (p.member_id ? [p.member_id] : [])));
  const owners = [...members.filter((m) => inMeeting.has(m.id)), ...members.filter((m) => !inMeeting.has(m.id))];

  const change = (next: {rows?: CommitmentRow[]; notes?: string}) => {
    setStatus(undefined);
    setDraft({touched: '1', rows: JSON.stringify(next.rows ?? rows), notes: next.notes ?? notes});
  };
  const patchRow = (i: number, patch: Partial<CommitmentRow>) => change({rows: rows.map((r, j) => (j === i ? {...r, ...patch} : r))});

  async function save(e: FormEvent) {
    e.preventDefault();
    const r = toCommitmentsArgs(rows, {meetingId: meeting.id, notes, at: Date.now(), zone});
    if (!r.ok) {
      setErrors(issuesByField(r.issues, t));
      return;
    }
    setErrors({});
    const w = await write(mutators.meeting.commitments(r.args));
    if (!w.ok) {
      setStatus({ok: false, text: w.message});
      return;
    }
    clearDraft();
    setStatus({ok: true, text: t('meetings.c.saved')});
  }

  return (
    <form className="section results" onSubmit={save} noValidate aria-labelledby="mt-results">
      <h2 id="mt-results">{t('meetings.results')}</h2>
      <div className="field">
        <label htmlFor="mt-notes">{t('meetings.field.notes')}</label>
        <textarea id="mt-notes" rows={4} value={notes} onChange={(e) => change({notes: e.target.value})} />
      </div>
      <h3>{t('meetings.c.title')}</h3>
      <p className="field-hint">{t('meetings.c.hint')}</p>
      <Carried meeting={meeting} rows={rows} zone={zone} names={names} onAdd={(row) => change({rows: [...rows, row]})} />
      {rows.length ? (
        <ol className="commitments">
          {rows.map((row, i) => {
            const saved = byId.get(row.id);
            return (
              <CommitmentEditRow
                key={row.id}
                index={i}
                row={row}
                onChange={(patch) => patchRow(i, patch)}
                onRemove={() => change({rows: rows.filter((_, j) => j !== i)})}
                owners={owners}
                names={names}
                errors={errors}
                task={saved?.task}
                taskId={saved?.task_id}
                dueAt={saved ? (dueAtOf(row.due, zone) ?? saved.due_at) : null}
                now={now}
              />
            );
          })}
        </ol>
      ) : (
        <p className="muted">{t('meetings.c.empty')}</p>
      )}
      <button type="button" className="add-commitment" onClick={() => change({rows: [...rows, newRow(uuidv7(), meeting.starts_at, zone)]})}>
        + {t('meetings.c.add')}
      </button>
      {status ? (
        <p className={status.ok ? 'save-status' : 'field-error'} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </p>
      ) : null}
      <div className="form-actions">
        <button className="primary">{t('meetings.c.save')}</button>
      </div>
    </form>
  );
}

type CarriedProps = {
  meeting: MeetingWithCommitments;
  rows: readonly CommitmentRow[];
  zone: string;
  names: ReadonlyMap<string, string>;
  onAdd: (row: CommitmentRow) => void;
};

/** The open commitments of the series' earlier meetings not yet taken into this one. */
function Carried({meeting, rows, zone, names, onAdd}: CarriedProps) {
  const {t, locale} = useI18n();
  const [meetings] = useQuery(queries.meetings.list());
  const [commitments] = useQuery(queries.meetings.commitments());
  const open = useMemo(() => {
    if (meeting.repeat === 'none' && !meeting.series_id) return [];
    const tasks = commitments.flatMap((c) => (c.task ? [c.task] : []));
    return carriedInto(meeting, meetings, commitments, tasks);
  }, [meeting, meetings, commitments]);
  const taken = new Set(rows.flatMap((r) => (r.carriedFrom ? [r.carriedFrom] : [])));
  const shown = open.filter((c) => !taken.has(c.id));
  if (!shown.length) return null;
  return (
    <section className="carried" aria-labelledby="mt-carried">
      <h3 id="mt-carried">{t('meetings.carried.title')}</h3>
      <p className="field-hint">{t('meetings.carried.hint')}</p>
      <ul className="carried-list">
        {shown.map((c) => (
          <li key={c.id} data-commitment-id={c.id}>
            <div className="commitment-text">{c.text}</div>
            <div className="row-meta">
              <span>{(c.owner_id && names.get(c.owner_id)) || t('meetings.someone')}</span>
              <span>{t('meetings.board.due', {date: formatDate(c.due_at, zone, locale, 'date')})}</span>
              {c.meeting ? <span>{t('meetings.carried.from', {date: formatDate(c.meeting.starts_at, zone, locale, 'date')})}</span> : null}
            </div>
            <button type="button" onClick={() => onAdd(carriedRow(c, uuidv7(), meeting.starts_at, zone))}>
              {t('meetings.carried.add')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
