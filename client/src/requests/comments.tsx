import type {Row} from '@rocicorp/zero';
import {useQuery} from '@rocicorp/zero/react';
import {useState, type FormEvent} from 'react';
import {uuidv7} from 'uuidv7';
import {formatDate} from '#shared/i18n/format.ts';
import {mutators} from '#shared/mutators/index.ts';
import {queries} from '#shared/queries/index.ts';
import {mentionedIn, mentionQuery} from '#shared/requests/mentions.ts';
import {localizedText} from '#shared/workflow/resolve.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {TextArea} from '../ui/field.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {useWrite} from '../write/writer.tsx';

type Comment = Row['request_comment'] & {author?: {name: string} | undefined};

const EMPTY = {body: ''};

/**
 * The conversation on a request. "@Name" mentions a colleague (they are told
 * and can see the request); a saved reply template starts the text.
 */
export function Comments({
  requestId,
  comments,
  timeZone,
  canComment,
}: {
  requestId: string;
  comments: readonly Comment[];
  timeZone: string;
  canComment: boolean;
}) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const [members] = useQuery(queries.team.members());
  const [templates] = useQuery(queries.requestConfig.messageTemplates());
  const [draft, setDraft, clearDraft] = useDraft(`comment.${requestId}`, EMPTY);
  const [error, setError] = useState<string>();
  const people = members.filter((m) => m.active);
  const query = mentionQuery(draft.body);
  const suggestions = query === null ? [] : people.filter((m) => m.name.toLowerCase().includes(query.toLowerCase())).slice(0, 6);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!draft.body.trim()) return;
    const mentions = mentionedIn(draft.body, people);
    const r = await write(mutators.request.addComment({id: uuidv7(), requestId, body: draft.body, mentions, createdAt: Date.now()}));
    if (r.ok) {
      clearDraft();
      setError(undefined);
    } else setError(r.message);
  }
  return (
    <section className="section">
      <h2>{t('requests.comments')}</h2>
      <ul className="comments">
        {comments.map((c) => (
          <li key={c.id} className="comment">
            <div className="comment-head">
              <strong>{c.author?.name ?? t('history.systemActor')}</strong>
              <time>{formatDate(c.created_at, timeZone, locale, 'short')}</time>
            </div>
            <div className="comment-body">{c.body}</div>
          </li>
        ))}
      </ul>
      {canComment ? (
        <form className="comment-form" onSubmit={submit}>
          {templates.some((m) => !m.archived_at) ? (
            <select
              aria-label={t('requests.replyTemplate')}
              value=""
              onChange={(e) => {
                const tpl = templates.find((m) => m.id === e.target.value);
                if (tpl) setDraft({body: draft.body + localizedText(tpl.body, locale)});
              }}
            >
              <option value="">{t('requests.replyTemplate')}</option>
              {templates
                .filter((m) => !m.archived_at)
                .map((m) => (
                  <option key={m.id} value={m.id}>
                    {localizedText(m.name, locale)}
                  </option>
                ))}
            </select>
          ) : null}
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
      ) : null}
    </section>
  );
}
