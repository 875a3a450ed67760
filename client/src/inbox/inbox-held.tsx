// The conversations, the recent messages and the channels are kept subscribed
// for the whole session: the inbox opens, reads and answers offline (a reply
// waits in the outbox), even if /inbox was never opened. A role that sees no
// conversation subscribes to queries that match nothing.
import {useQuery} from '@rocicorp/zero/react';
import {queries} from '#shared/queries/index.ts';
import {useT} from '../i18n/i18n.tsx';
import './inbox.css';

export function InboxHeld() {
  useQuery(queries.inbox.conversations());
  useQuery(queries.inbox.recent());
  useQuery(queries.inbox.channels());
  return null;
}

/** Unread messages across the conversations this person sees, beside the navigation entry. */
export function InboxNavBadge() {
  const t = useT();
  const [rows] = useQuery(queries.inbox.conversations());
  const unread = rows.reduce((n, c) => n + c.unread, 0);
  if (!unread) return null;
  return (
    <span className="nav-badge" data-testid="inbox-unread" aria-label={t('inbox.unreadCount', {count: unread})}>
      {unread > 99 ? '99+' : unread}
    </span>
  );
}
