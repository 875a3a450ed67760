// A meeting planned or changed (M2): topic, participants (colleagues and
// outside guests), day and hours in the company's zone with the chosen
// colleagues' busy time beside them, place or link, purpose, agenda, repeat.
// Everything typed is kept on the device until the meeting is saved; what is
// missing is named, in the person's language, before anything is sent.
import {useQuery} from '@rocicorp/zero/react';
import {useMemo, useState, type FormEvent} from 'react';
import {uuidv7} from 'uuidv7';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {REPEATS} from '#shared/tasks/validation.ts';
import {issuesByField} from '#shared/validation/describe.ts';
import {useT} from '../i18n/i18n.tsx';
import {Link, navigate} from '../router/router.tsx';
import type {Session} from '../session/session.ts';
import {TextArea, TextField} from '../ui/field.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {useWrite} from '../write/writer.tsx';
import {BusyPanel} from './busy-panel.tsx';
import {draftOf, emptyDraft, fieldsInError, guestsOf, memberIdsOf, timesOf, toSaveArgs, type FormField, type MeetingDraft} from './form.ts';
import {ParticipantsField} from './participants-field.tsx';
import {useMayManage, useMembers, useZone} from './use-meetings.ts';

const LABEL = {
  topic: 'meetings.field.topic',
  participants: 'meetings.field.participants',
  date: 'meetings.field.date',
  start: 'meetings.field.start',
  end: 'meetings.field.end',
  place: 'meetings.field.place',
  link: 'meetings.field.link',
  purpose: 'meetings.field.purpose',
  agenda: 'meetings.field.agenda',
} as const satisfies Record<FormField, string>;

export function NewMeeting({session}: {session: Session}) {
  const zone = useZone();
  const empty = useMemo(() => emptyDraft(Date.now(), zone), [zone]);
  if (!useMayManage(session)) return <NotAllowed />;
  return <MeetingForm draftKey="meeting-new" empty={empty} notes="" zone={zone} />;
}

export function EditMeeting({id, session}: {id: string; session: Session}) {
  const t = useT();
  const zone = useZone();
  const [meeting, details] = useQuery(queries.meetings.one({id}));
  const empty = useMemo(() => (meeting ? draftOf(meeting, meeting.participants, zone) : null), [meeting, zone]);
  if (!useMayManage(session)) return <NotAllowed />;
  if (!meeting || !empty) return <p className="card-empty">{details.type === 'complete' ? t('meetings.notFound') : t('state.loading')}</p>;
  return <MeetingForm draftKey={`meeting-edit-${id}`} empty={empty} id={id} notes={meeting.notes} zone={zone} />;
}

function NotAllowed() {
  const t = useT();
  return <p className="card-empty">{t('error.notAllowed')}</p>;
}

type FormProps = {draftKey: string; empty: MeetingDraft; id?: string; notes: string; zone: string};

function MeetingForm({draftKey, empty, id, notes, zone}: FormProps) {
  const t = useT();
  const write = useWrite();
  const {members, names} = useMembers();
  const [draft, setDraft, clearDraft] = useDraft(draftKey, empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string>();
  const selected = memberIdsOf(draft);
  const guests = guestsOf(draft);
  const times = timesOf(draft, zone);
  const back = id ? `/meetings/${id}` : '/meetings';

  async function submit(e: FormEvent) {
    e.preventDefault();
    const meetingId = id ?? uuidv7();
    const r = toSaveArgs(draft, {id: meetingId, at: Date.now(), zone, notes, names});
    if (!r.ok) {
      setErrors(issuesByField(r.issues, t));
      const fields = fieldsInError(r.issues).map((f) => t(LABEL[f]));
      setSummary(fields.length ? t('meetings.form.fix', {fields: fields.join(', ')}) : undefined);
      return;
    }
    const w = await write(mutators.meeting.save(r.args));
    if (!w.ok) {
      setErrors(issuesByField(w.details.fields ?? [], t));
      setSummary(w.message);
      return;
    }
    clearDraft();
    navigate(`/meetings/${meetingId}`, {replace: true});
  }

  const set = (k: keyof MeetingDraft) => (e: {target: {value: string}}) => setDraft({[k]: e.target.value});
  return (
    <form className="request-card meeting-form" onSubmit={submit} noValidate>
      <Link href={back} className="back-link">
        ← {t('action.back')}
      </Link>
      <h1>{id ? t('meetings.form.edit') : t('meetings.new')}</h1>
      {summary ? (
        <div className="alert" role="alert">
          {summary}
        </div>
      ) : null}
      <TextField label={t('meetings.field.topic')} value={draft.topic} onChange={set('topic')} error={errors.topic} maxLength={300} />
      <ParticipantsField
        members={members}
        selected={selected}
        onSelected={(ids) => setDraft({members: ids.join(',')})}
        guests={guests}
        onGuests={(g) => setDraft({guests: JSON.stringify(g)})}
        errors={errors}
      />
      <div className="when-fields">
        <TextField label={t('meetings.field.date')} type="date" value={draft.date} onChange={set('date')} error={errors.date} />
        <TextField label={t('meetings.field.start')} type="time" value={draft.start} onChange={set('start')} error={errors.start} />
        <TextField label={t('meetings.field.end')} type="time" value={draft.end} onChange={set('end')} error={errors.end} />
      </div>
      <BusyPanel memberIds={selected} names={names} day={draft.date} chosen={times} zone={zone} exceptId={id} />
      <div className="field">
        <label htmlFor="mt-repeat">{t('meetings.field.repeat')}</label>
        <select id="mt-repeat" value={draft.repeat} onChange={set('repeat')}>
          {REPEATS.map((r) => (
            <option key={r} value={r}>
              {t(`meetings.repeat.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField label={t('meetings.field.place')} value={draft.place} onChange={set('place')} error={errors.place} maxLength={300} />
      <TextField
        label={t('meetings.field.link')}
        type="url"
        inputMode="url"
        placeholder="https://"
        value={draft.link}
        onChange={set('link')}
        error={errors.link}
      />
      <TextArea label={t('meetings.field.purpose')} value={draft.purpose} onChange={set('purpose')} error={errors.purpose} rows={2} />
      <TextArea label={t('meetings.field.agenda')} value={draft.agenda} onChange={set('agenda')} error={errors.agenda} rows={4} />
      <div className="form-actions">
        <button className="primary">{id ? t('action.save') : t('action.create')}</button>
      </div>
    </form>
  );
}
