// Comments on a version (D2): the thread of the version picked (the latest
// at first), or every comment of the document with the version each is
// about. What is typed is kept on the device per version until it is sent.
import {useState} from 'react';
import {uuidv7} from 'uuidv7';
import {mutators} from '../sync/mutators.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {CommentThread} from '../ui/comment-thread.tsx';
import {useWrite} from '../write/writer.tsx';
import {newestFirst, type DocCommentRow, type VersionRow} from './use-documents.ts';

type Props = {documentId: string; versions: readonly VersionRow[]; comments: readonly DocCommentRow[]; timeZone: string; canComment: boolean};

const ALL = 'all';

export function DocumentComments({documentId, versions, comments, timeZone, canComment}: Props) {
  const {t} = useI18n();
  const write = useWrite();
  const list = newestFirst(versions);
  // Until one is picked: the latest version, whichever it is now.
  const [picked, setPicked] = useState<string | null>(null);
  const on = picked && (picked === ALL || list.some((v) => v.id === picked)) ? picked : (list[0]?.id ?? ALL);
  const numberOf = new Map(list.map((v) => [v.id, v.number]));
  const shown = [...comments]
    .filter((c) => on === ALL || c.version_id === on)
    .sort((a, b) => a.created_at - b.created_at)
    .map((c) => {
      const n = c.version_id ? numberOf.get(c.version_id) : undefined;
      const who = c.author?.name;
      return {...c, author: on === ALL && n !== undefined ? `${who ?? '…'} · ${t('docs.version.number', {number: n})}` : who};
    });
  return (
    <section className="section doc-comments">
      <h2>{t('docs.comments')}</h2>
      <div className="field comment-version">
        <label htmlFor={`dc-version-${documentId}`}>{t('docs.comments.about')}</label>
        <select id={`dc-version-${documentId}`} value={on} onChange={(e) => setPicked(e.target.value)}>
          {list.map((v) => (
            <option key={v.id} value={v.id}>
              {t('docs.version.number', {number: v.number})}
            </option>
          ))}
          <option value={ALL}>{t('docs.comments.all')}</option>
        </select>
      </div>
      <CommentThread
        key={on}
        draftKey={`document-comment.${documentId}.${on}`}
        comments={shown}
        timeZone={timeZone}
        canComment={canComment}
        mentionable={[]}
        post={(body) => write(mutators.document.comment({id: uuidv7(), documentId, ...(on !== ALL && {versionId: on}), body, createdAt: Date.now()}))}
      />
    </section>
  );
}
