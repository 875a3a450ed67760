// One message: the client's on the left, ours on the right with who wrote it
// and how it went — waiting (in the outbox or the server's queue), sent,
// delivered, read, or failed with the reason in plain words.
import type {ChatMessageStatus} from '#schema/tables/messaging.ts';
import {formatDate} from '#shared/i18n/format.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {usePendingSubjects} from '../write/writer.tsx';
import {reasonText, statusText, type MessageRow} from './use-inbox.ts';

const MARK: Partial<Record<ChatMessageStatus, string>> = {pending: '◷', sending: '◷', sent: '✓', delivered: '✓✓', read: '✓✓', failed: '⚠'};

export function MessageBubble({message: m, timeZone}: {message: MessageRow; timeZone: string}) {
  const {t, locale} = useI18n();
  const pending = usePendingSubjects();
  const out = m.direction === 'out';
  // Still in this device's outbox: waiting, whatever the row says.
  const status: ChatMessageStatus = out && pending.has(m.id) ? 'pending' : m.status;
  const author = m.author === 'member' ? (m.author_member?.name ?? '') : m.author === 'bot' ? t('inbox.bot') : '';
  const body = m.body || (m.template ? t('inbox.template', {name: m.template}) : '');
  return (
    <li className={`bubble ${out ? 'out' : 'in'}${m.author === 'notice' ? ' notice' : ''}`} data-message-id={m.id} data-status={out ? status : undefined}>
      {out && author ? <div className="bubble-author">{author}</div> : null}
      <div className="bubble-body">{body}</div>
      {m.attachments?.length ? (
        <ul className="bubble-files">
          {m.attachments.map((a) => (
            <li key={a.ref}>
              {a.fileId ? (
                // Fetched from the channel and kept as the company's file (served as a passive image only).
                <a href={`/api/v1/files/${a.fileId}`} target="_blank" rel="noreferrer">
                  <img className="bubble-photo" src={`/api/v1/files/${a.fileId}`} alt={t('inbox.photo')} loading="lazy" />
                </a>
              ) : (
                <>📎 {a.name ?? t(a.kind === 'photo' ? 'inbox.photo' : 'inbox.file')}</>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="bubble-meta">
        <time>{formatDate(m.created_at, timeZone, locale, 'short')}</time>
        {out ? (
          <span className={`msg-status st-${status}`} data-testid="message-status">
            <span aria-hidden="true">{MARK[status] ?? ''}</span> {statusText(status, t)}
          </span>
        ) : null}
      </div>
      {out && status === 'failed' && m.error ? <div className="bubble-error">{reasonText(m.error, t)}</div> : null}
    </li>
  );
}
