// A task made by hand, on a request (/tasks/new?request=<id>) or alone: its
// title (required), who does it, by when, how urgent, whether a result must be
// handed in, and which tasks it starts after. Checked on the device with the
// server's own schema; a refusal is shown on its field, in the user's language.
// What is typed is kept as a draft until the task is made.
import {useQuery} from '@rocicorp/zero/react';
import {useState, type FormEvent} from 'react';
import {uuidv7} from 'uuidv7';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {mayAssignOthers} from '#shared/tasks/access.ts';
import {isOpenTask} from '#shared/tasks/lifecycle.ts';
import {createTaskArgs} from '#shared/tasks/validation.ts';
import {issuesByField} from '#shared/validation/describe.ts';
import {toFieldIssues} from '#shared/validation/issues.ts';
import {PRIORITIES} from '#shared/workflow/types.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {fromLocalInput} from '../requests/card/local-time.ts';
import {Link, navigate, useSearch} from '../router/router.tsx';
import {memberContextOf, type Session} from '../session/session.ts';
import {TextArea, TextField} from '../ui/field.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {useWrite} from '../write/writer.tsx';
import {usePeople, useTimeZone} from './use-tasks.ts';

/** The fields this form shows a refusal beside. */
const SHOWN = new Set(['title', 'description', 'assigneeId', 'deadline', 'blockers', 'blockerId']);

const EMPTY = {title: '', description: '', assigneeId: '', deadline: '', priority: 'medium', resultRequired: '', blockers: ''};

export function NewTask({session}: {session: Session}) {
  const {t} = useI18n();
  const write = useWrite();
  const timeZone = useTimeZone();
  const people = usePeople();
  const search = useSearch();
  const requestId = search.get('request');
  const [request, requestLoad] = useQuery(queries.requests.card({id: requestId ?? ''}), {enabled: !!requestId});
  const [visible] = useQuery(queries.tasks.list());
  const [draft, setDraft, clearDraft] = useDraft(`new-task.${requestId ?? ''}`, EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string>();
  const others = mayAssignOthers(memberContextOf(session));
  const blockers = draft.blockers ? draft.blockers.split(',') : [];
  const choices = visible.filter((v) => isOpenTask(v.status) && !blockers.includes(v.id));
  const title = (id: string) => visible.find((v) => v.id === id)?.title ?? '…';

  async function submit(e: FormEvent) {
    e.preventDefault();
    const args = {
      id: uuidv7(),
      title: draft.title,
      description: draft.description,
      requestId: requestId || null,
      assigneeId: draft.assigneeId || null,
      deadline: fromLocalInput(draft.deadline, timeZone),
      priority: draft.priority as (typeof PRIORITIES)[number],
      resultRequired: draft.resultRequired === '1',
      blockers,
      at: Date.now(),
    };
    const parsed = createTaskArgs.safeParse(args);
    if (!parsed.success) {
      setErrors(issuesByField(toFieldIssues(parsed.error.issues), t));
      return;
    }
    const r = await write(mutators.task.create(args));
    if (!r.ok) {
      const byField = issuesByField(r.details.fields ?? [], t);
      setErrors(byField);
      // A refusal of something without a field here (the request, a colleague named) is said above the form.
      setSummary(Object.keys(byField).every((f) => SHOWN.has(f)) && Object.keys(byField).length ? undefined : r.message);
      return;
    }
    clearDraft();
    navigate(`/tasks/${args.id}`, {replace: true});
  }

  const set = (k: keyof typeof EMPTY) => (e: {target: {value: string}}) => setDraft({[k]: e.target.value});
  return (
    <form className="task-card new-task" onSubmit={submit} noValidate>
      <Link href={requestId ? `/requests/${requestId}` : '/tasks'} className="back-link">
        ← {t('action.back')}
      </Link>
      <h1>{t('tasks.new')}</h1>
      {request ? <p className="task-context">{t('tasks.onRequest', {request: `${request.number ? `№${request.number} ` : ''}${request.title}`})}</p> : null}
      {summary ? (
        <div className="alert" role="alert">
          {summary}
        </div>
      ) : null}
      <TextField label={t('tasks.field.title')} value={draft.title} onChange={set('title')} error={errors.title} maxLength={300} required />
      <TextArea label={t('tasks.field.description')} value={draft.description} onChange={set('description')} error={errors.description} rows={3} />
      <div className="details-grid">
        <div className="field">
          <label htmlFor="nt-assignee">{t('tasks.field.assignee')}</label>
          <select id="nt-assignee" value={draft.assigneeId} onChange={set('assigneeId')} disabled={!others} aria-invalid={errors.assigneeId ? true : undefined}>
            <option value="">{t('tasks.me')}</option>
            {people.list
              .filter((m) => m.active && m.id !== session.member.id)
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                  {m.position ? ` — ${m.position}` : ''}
                </option>
              ))}
          </select>
          {errors.assigneeId ? (
            <div className="field-error" role="alert">
              {errors.assigneeId}
            </div>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="nt-deadline">{t('tasks.field.deadline')}</label>
          <input id="nt-deadline" type="datetime-local" value={draft.deadline} onChange={set('deadline')} />
          {errors.deadline ? (
            <div className="field-error" role="alert">
              {errors.deadline}
            </div>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="nt-priority">{t('tasks.field.priority')}</label>
          <select id="nt-priority" value={draft.priority} onChange={set('priority')}>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`priority.${p}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label className="check">
        <input type="checkbox" checked={draft.resultRequired === '1'} onChange={(e) => setDraft({resultRequired: e.target.checked ? '1' : ''})} />
        {t('tasks.field.resultRequired')}
      </label>
      <div className="field">
        <label htmlFor="nt-blocker">{t('tasks.startAfter')}</label>
        {blockers.length ? (
          <ul className="chips picked">
            {blockers.map((id) => (
              <li key={id} className="chip">
                <span className="wrap-anywhere">{title(id)}</span>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`${t('tasks.unlink')}: ${title(id)}`}
                  onClick={() => setDraft({blockers: blockers.filter((b) => b !== id).join(',')})}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <select id="nt-blocker" value="" onChange={(e) => e.target.value && setDraft({blockers: [...blockers, e.target.value].join(',')})}>
          <option value="">{t('tasks.pickTask')}</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
        {errors.blockers || errors.blockerId ? (
          <div className="field-error" role="alert">
            {errors.blockers ?? errors.blockerId}
          </div>
        ) : null}
      </div>
      <div className="form-actions">
        {/* On a request: once the device holds it (the write checks it is one this person sees). */}
        <button className="primary" disabled={!!requestId && !request && requestLoad.type !== 'complete'}>
          {t('action.create')}
        </button>
      </div>
    </form>
  );
}
