// One conversation: the messages oldest first (the client's on the left, ours
// on the right with how each went), the reply box at the bottom, and beside it
// (below it on a phone) who the client is. Opening it marks it read.
import {useQuery} from '@rocicorp/zero/react';
import {useEffect, useMemo, useRef} from 'react';
import {mayAssign, mayReply} from '#shared/messaging/access.ts';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {memberContextOf, type Session} from '../session/session.ts';
import {useWrite} from '../write/writer.tsx';
import {ChannelMark} from './conversation-list.tsx';
import {ClientSummary} from './client-summary.tsx';
import {MessageBubble} from './message-bubble.tsx';
import {ReplyBox} from './reply-box.tsx';
import {conversationName, type ConversationRow, type MessageRow} from './use-inbox.ts';

type Props = {conversation: ConversationRow; session: Session; timeZone: string};

export function ConversationView({conversation: c, session, timeZone}: Props) {
  const {t} = useI18n();
  const write = useWrite();
  const ctx = memberContextOf(session);
  const [rows] = useQuery(queries.inbox.messages({conversationId: c.id}));
  // A message with nothing to show (a bare "/start" the bot took as a command) is not a bubble.
  const messages = useMemo(() => (rows as readonly MessageRow[]).filter((m) => m.body || m.template || m.attachments?.length), [rows]);
  const end = useRef<HTMLDivElement>(null);

  // Read when opened, and again when a message arrives while it is open.
  useEffect(() => {
    if (c.unread > 0) void write(mutators.chat.markRead({conversationId: c.id, at: Date.now()}));
  }, [c.id, c.unread, write]);
  useEffect(() => {
    end.current?.scrollIntoView?.({block: 'end'});
  }, [messages.length]);

  return (
    <div className="conversation" data-conversation-id={c.id}>
      <div className="conversation-main">
        <Link href="/inbox" className="back-link">
          ← {t('action.back')}
        </Link>
        <div className="conversation-head">
          <h1 className="conversation-title">{conversationName(c, t('crm.noName'))}</h1>
          <ChannelMark kind={c.channel} />
        </div>
        {mayAssign(ctx) ? <AssignSelect conversation={c} /> : null}
        <ol className="messages" aria-label={t('inbox.messages')}>
          {messages.map((m) => (
            <MessageBubble key={m.id} message={m} timeZone={timeZone} />
          ))}
        </ol>
        <div ref={end} />
        {c.opted_out_at ? <p className="banner">{t('inbox.optedOut')}</p> : null}
        {mayReply(ctx, c) ? <ReplyBox conversation={c} /> : <p className="muted">{t('inbox.reply.notAllowed')}</p>}
      </div>
      <ClientSummary conversation={c} session={session} timeZone={timeZone} />
    </div>
  );
}

function AssignSelect({conversation: c}: {conversation: ConversationRow}) {
  const {t} = useI18n();
  const write = useWrite();
  const [members] = useQuery(queries.team.members());
  const active = members.filter((m) => m.active || m.id === c.assigned_member_id);
  return (
    <div className="field assign-field">
      <label htmlFor="inbox-assign">{t('inbox.assign.label')}</label>
      <select
        id="inbox-assign"
        value={c.assigned_member_id ?? ''}
        onChange={(e) => void write(mutators.chat.assign({conversationId: c.id, memberId: e.target.value || null, at: Date.now()}))}
      >
        <option value="">{t('inbox.assign.nobody')}</option>
        {active.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </div>
  );
}
