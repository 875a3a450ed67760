// T6: the conversation on a task. "@Name" mentions a colleague (they are
// told); without sight of the team one mentions only the task's own people —
// the same rule the server checks (shared/mutators/tasks-parts.ts).
import type {Row} from '@rocicorp/zero';
import {useState, type FormEvent} from 'react';
import {uuidv7} from 'uuidv7';
import {formatDate} from '#shared/i18n/format.ts';
import {mutators} from '#shared/mutators/index.ts';
import {mentionedIn, mentionQuery} from '#shared/requests/mentions.ts';
import {mayAssignOthers} from '#shared/tasks/access.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {memberContextOf, type Session} from '../session/session.ts';
import {TextArea} from '../ui/field.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {useWrite} from '../write/writer.tsx';
import {usePeople, type PersonRow, type TaskRow} from './use-tasks.ts';

type Comment = Row['task_comment'] & {author?: {name: string} | undefined};
type Props = {task: TaskRow & {people: readonly PersonRow[]; comments: readonly Comment[]}; session: Session; timeZone: string};

const EMPTY = {body: ''};

export function TaskComments({task, session, timeZone}: Props) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const people = usePeople();
  const [draft, setDraft, clearDraft] = useDraft(`task-comment.${task.id}`, EMPTY);
  const [error, setError] = useState<string>();
  const own = new Set([task.assignee_id, task.created_by, ...task.people.map((p) => p.member_id)]);
  const wide = mayAssignOthers(memberContextOf(session));
  const mentionable = people.list.filter((m) => m.active && (wide || own.has(m.id)));
  const query = mentionQuery(draft.body);
  const suggestions = query === null ? [] : mentionable.filter((m) => m.name.toLowerCase().includes(query.toLowerCase())).slice(0, 6);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!draft.body.trim()) return;
    const mentions = mentionedIn(draft.body, mentionable);
    const r = await write(mutators.task.comment({id: uuidv7(), taskId: task.id, body: draft.body, mentions, at: Date.now()}));
    if (r.ok) {
      clearDraft();
      setError(undefined);
    } else setError(r.message);
  }
  return (
    <section className="section">
      <h2>{t('requests.comments')}</h2>
      <ul className="comments">
        {task.comments.map((c) => (
          <li key={c.id} className="comment">
            <div className="comment-head">
              <strong>{c.author?.name ?? people.name(c.author_id) ?? t('history.systemActor')}</strong>
              <time>{formatDate(c.created_at, timeZone, locale, 'short')}</time>
            </div>
            <div className="comment-body wrap-anywhere">{c.body}</div>
          </li>
        ))}
      </ul>
      <form className="comment-form" onSubmit={submit}>
        <TextArea
          label={t('requests.commentPlaceholder')}
          hint={t('requests.mentionHint')}
          value={draft.body}
          onChange={(e) => setDraft({body: e.target.value})}
          rows={3}
          error={error}
        />
        {suggestions.length ? (
          <ul className="mention-suggestions" role="listbox" aria-label={t('requests.mention')}>
            {suggestions.map((m) => (
              <li key={m.id}>
                <button type="button" className="chip" onClick={() => setDraft({body: draft.body.replace(/@[^@\s]*$/, `@${m.name} `)})}>
                  @{m.name}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <button className="primary" disabled={!draft.body.trim()}>
          {t('requests.addComment')}
        </button>
      </form>
    </section>
  );
}
