// Every conversation this person sees, newest first: who, on which channel,
// the last words, when, how many are unread and who answers. Filters: all,
// unread, mine (kept on the device like the client list's).
import {useMemo} from 'react';
import type {MessengerKind} from '#schema/tables/messaging.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import type {Session} from '../session/session.ts';
import {useDraft} from '../ui/use-draft.ts';
import {channelLabel, conversationName, FILTERS, matches, shortWhen, type Filter, type useConversations} from './use-inbox.ts';

const EMPTY = {filter: 'all'};

type Props = {inbox: ReturnType<typeof useConversations>; session: Session; selectedId?: string | undefined; timeZone: string};

export function ChannelMark({kind}: {kind: MessengerKind}) {
  const {t} = useI18n();
  return (
    <span className={`channel-mark ch-${kind}`} data-channel={kind}>
      {channelLabel(kind, t)}
    </span>
  );
}

export function ConversationList({inbox, session, selectedId, timeZone}: Props) {
  const {t, locale} = useI18n();
  const [state, setState] = useDraft('inbox.filters', EMPTY);
  const filter: Filter = (FILTERS as readonly string[]).includes(state.filter) ? (state.filter as Filter) : 'all';
  const me = session.member.id;
  const shown = useMemo(() => inbox.conversations.filter((c) => matches(c, filter, me)), [inbox.conversations, filter, me]);
  const counts = useMemo(
    () => Object.fromEntries(FILTERS.map((f) => [f, inbox.conversations.filter((c) => matches(c, f, me)).length])),
    [inbox.conversations, me],
  );
  const manages = session.permissions.includes('channels.manage');

  return (
    <>
      <div className="pane-head">
        <h1>{t('inbox.title')}</h1>
        {manages ? (
          <Link href="/inbox/channels" className="button inbox-channels-link">
            {t('inbox.channelsLink')}
          </Link>
        ) : null}
      </div>
      <div className="chips" role="group" aria-label={t('inbox.filters')}>
        {FILTERS.map((f) => (
          <button
            key={f}
            type="button"
            className={f === filter ? 'chip active' : 'chip'}
            aria-pressed={f === filter}
            data-filter={f}
            onClick={() => setState({filter: f})}
          >
            {t(`inbox.filter.${f}`)}
            <span className="chip-count">{counts[f]}</span>
          </button>
        ))}
      </div>
      {shown.length ? (
        <ul className="conversation-list">
          {shown.map((c) => (
            <li key={c.id}>
              <Link
                href={`/inbox/${c.id}`}
                className={`conversation-row${c.id === selectedId ? ' selected' : ''}${c.unread ? ' unread' : ''}`}
                data-conversation-id={c.id}
              >
                <div className="row-top">
                  <span className="conversation-name">{conversationName(c, t('crm.noName'))}</span>
                  <time className="conversation-time">{shortWhen(c.last_message_at ?? null, timeZone, locale)}</time>
                </div>
                <div className="conversation-preview">{c.last_preview}</div>
                <div className="row-meta">
                  <ChannelMark kind={c.channel} />
                  <span className="conversation-assignee">{c.assignee ? t('inbox.assignee', {name: c.assignee.name}) : t('inbox.unassigned')}</span>
                  {c.unread ? (
                    <span className="unread-badge" aria-label={t('inbox.unreadCount', {count: c.unread})}>
                      {c.unread}
                    </span>
                  ) : null}
                </div>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{inbox.conversations.length ? t('inbox.noMatch') : inbox.loaded ? t('inbox.empty') : t('state.loading')}</p>
      )}
    </>
  );
}
