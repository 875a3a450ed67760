// /inbox: the conversations beside the open one (desktop) or one over the
// other (phone); /inbox/<id> opens a conversation, /inbox/channels the
// channels' settings. Loaded as its own chunk.
import {useT} from '../i18n/i18n.tsx';
import {matchPath} from '../router/router.tsx';
import type {Session} from '../session/session.ts';
import {ChannelsPage} from './channels-page.tsx';
import {ConversationList} from './conversation-list.tsx';
import {ConversationView} from './conversation-view.tsx';
import {useConversations, useTimeZone} from './use-inbox.ts';

export default function InboxPage({session, path}: {session: Session; path: string}) {
  const t = useT();
  const inbox = useConversations();
  const timeZone = useTimeZone();
  if (path.startsWith('/inbox/channels')) return <ChannelsPage session={session} timeZone={timeZone} />;
  const open = matchPath('/inbox/:id', path)?.id;
  const conversation = open ? inbox.byId.get(open) : undefined;
  return (
    <div className={open ? 'split has-detail inbox' : 'split inbox'}>
      <section className="list-pane" aria-label={t('inbox.title')}>
        <ConversationList inbox={inbox} session={session} selectedId={open} timeZone={timeZone} />
      </section>
      <section className="detail-pane">
        {!open ? (
          <div className="card-empty muted">{t('inbox.pickOne')}</div>
        ) : conversation ? (
          <ConversationView key={conversation.id} conversation={conversation} session={session} timeZone={timeZone} />
        ) : (
          <div className="card-empty">{inbox.loaded ? t('inbox.notFound') : t('state.loading')}</div>
        )}
      </section>
    </div>
  );
}
