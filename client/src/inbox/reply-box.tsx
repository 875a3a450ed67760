// The reply at the bottom of a conversation. What is typed is kept on the
// device (useDraft) and cleared only once the write is accepted locally: the
// outbox then holds it until the network is back. WhatsApp after 24 hours of
// the client's silence takes only an approved template: that is said before
// anyone types, and the channel's template is offered instead.
import {useQuery} from '@rocicorp/zero/react';
import {useState, type FormEvent} from 'react';
import {uuidv7} from 'uuidv7';
import {MESSAGE_MAX} from '#shared/messaging/validation.ts';
import {replyWindow} from '#shared/messaging/window.ts';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {useWrite} from '../write/writer.tsx';
import {useMinute} from '../ui/use-minute.ts';
import type {ConversationRow} from './use-inbox.ts';

const EMPTY = {body: ''};

export function ReplyBox({conversation: c}: {conversation: ConversationRow}) {
  const {t} = useI18n();
  const write = useWrite();
  const now = useMinute();
  const [channels] = useQuery(queries.inbox.channels());
  const [draft, setDraft, clearDraft] = useDraft(`inbox.reply.${c.id}`, EMPTY);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const open = replyWindow(c.channel, c.last_inbound_at ?? null, now).open;
  const template = channels.find((ch) => ch.kind === 'whatsapp')?.wa_template.trim() ?? '';

  async function send(args: {body: string; template: string}) {
    setBusy(true);
    const r = await write(mutators.chat.reply({id: uuidv7(), conversationId: c.id, ...args, createdAt: Date.now()}));
    setBusy(false);
    if (r.ok) {
      if (args.body) clearDraft();
      setError(undefined);
    } else setError(r.message);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const body = draft.body.trim();
    if (body && !busy) void send({body, template: ''});
  }

  if (!open)
    return (
      <div className="reply-box wa-closed" data-testid="wa-closed">
        <p className="banner" role="status">
          {t('inbox.wa.closed')}
        </p>
        {template ? (
          <button type="button" className="primary" disabled={busy} onClick={() => void send({body: '', template})}>
            {t('inbox.wa.sendTemplate', {name: template})}
          </button>
        ) : (
          <p className="alert">{t('inbox.wa.noTemplate')}</p>
        )}
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    );

  return (
    <form className="reply-box" onSubmit={submit}>
      <label htmlFor={`reply-${c.id}`} className="sr-only">
        {t('inbox.reply.label')}
      </label>
      <textarea
        id={`reply-${c.id}`}
        rows={2}
        maxLength={MESSAGE_MAX}
        placeholder={t('inbox.reply.placeholder')}
        value={draft.body}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setDraft({body: e.target.value})}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
        }}
      />
      <button className="primary reply-send" disabled={busy || !draft.body.trim()}>
        {t('inbox.reply.send')}
      </button>
      {error ? (
        <p className="field-error reply-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
