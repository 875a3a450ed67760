import type {Row} from '@rocicorp/zero';
import {useState, type FormEvent} from 'react';
import {formatDate} from '../../../shared/i18n/format.ts';
import {mutators} from '../../../shared/mutators/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {TextArea} from '../ui/field.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {useWrite} from '../write/writer.tsx';

type Comment = Row['request_comment'] & {author?: {name: string} | undefined};

const EMPTY = {body: ''};

export function Comments({requestId, comments, timeZone, canComment}: {requestId: string; comments: readonly Comment[]; timeZone: string; canComment: boolean}) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const [draft, setDraft, clearDraft] = useDraft(`comment.${requestId}`, EMPTY);
  const [error, setError] = useState<string>();
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!draft.body.trim()) return;
    const r = await write(mutators.request.addComment({id: crypto.randomUUID(), requestId, body: draft.body, createdAt: Date.now()}));
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
          <TextArea
            label={t('requests.commentPlaceholder')}
            value={draft.body}
            onChange={(e) => setDraft({body: e.target.value})}
            rows={3}
            error={error}
          />
          <button className="primary" disabled={!draft.body.trim()}>
            {t('requests.addComment')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
