// A conversation on a record (a request, a task): the comments, and a box
// whose text is kept on the device until sent. "@Name" mentions a colleague
// from `mentionable` (the record's rule: who may be named there); a saved
// reply template (ask for clarification, approve, return for rework) starts
// the text.
import {useQuery} from '@rocicorp/zero/react';
import {useState, type FormEvent} from 'react';
import {formatDate} from '#shared/i18n/format.ts';
import {queries} from '#shared/queries/index.ts';
import {completeMention, mentionedIn, mentionSuggestions} from '#shared/requests/mentions.ts';
import {localizedText} from '#shared/workflow/resolve.ts';
import {useI18n} from '../i18n/i18n.tsx';
import type {WriteResult} from '../write/writer.tsx';
import {TextArea} from './field.tsx';
import {useDraft} from './use-draft.ts';

export type ThreadComment = {id: string; body: string; created_at: number; author: string | undefined};

type Props = {
  draftKey: string;
  comments: readonly ThreadComment[];
  timeZone: string;
  canComment: boolean;
  mentionable: readonly {id: string; name: string}[];
  post: (body: string, mentions: string[]) => Promise<WriteResult>;
};

const EMPTY = {body: ''};

export function CommentThread({draftKey, comments, timeZone, canComment, mentionable, post}: Props) {
  const {t, locale} = useI18n();
  const [templates] = useQuery(queries.requestConfig.messageTemplates());
  const [draft, setDraft, clearDraft] = useDraft(draftKey, EMPTY);
  const [error, setError] = useState<string>();
  const suggestions = mentionSuggestions(draft.body, mentionable);
  const live = templates.filter((m) => !m.archived_at);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!draft.body.trim()) return;
    const r = await post(draft.body, mentionedIn(draft.body, mentionable));
    if (r.ok) clearDraft();
    setError(r.ok ? undefined : r.message);
  }
  return (
    <section className="section">
      <h2>{t('requests.comments')}</h2>
      <ul className="comments">
        {comments.map((c) => (
          <li key={c.id} className="comment">
            <div className="comment-head">
              <strong>{c.author ?? t('history.systemActor')}</strong>
              <time>{formatDate(c.created_at, timeZone, locale, 'short')}</time>
            </div>
            <div className="comment-body wrap-anywhere">{c.body}</div>
          </li>
        ))}
      </ul>
      {canComment ? (
        <form className="comment-form" onSubmit={submit}>
          {live.length ? (
            <select
              aria-label={t('requests.replyTemplate')}
              value=""
              onChange={(e) => {
                const tpl = live.find((m) => m.id === e.target.value);
                if (tpl) setDraft({body: draft.body + localizedText(tpl.body, locale)});
              }}
            >
              <option value="">{t('requests.replyTemplate')}</option>
              {live.map((m) => (
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
                  <button type="button" className="chip" onClick={() => setDraft({body: completeMention(draft.body, m.name)})}>
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
