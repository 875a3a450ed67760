import {useQuery} from '@rocicorp/zero/react';
import {queries} from '#shared/queries/index.ts';
import {useT} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';

/** The top bar's bell: how many in-app notifications wait unread (from the replica, offline too). */
export function NotificationBell() {
  const t = useT();
  const [mine] = useQuery(queries.notifications.mine());
  const unread = mine.filter((n) => !n.read_at).length;
  const label = unread ? `${t('notifications.title')}: ${t('notifications.unread', {count: unread})}` : t('notifications.title');
  return (
    <Link href="/notifications" className={unread ? 'bell has-unread' : 'bell'} aria-label={label} data-unread={unread}>
      <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread ? <span className="bell-count">{unread > 99 ? '99+' : unread}</span> : null}
    </Link>
  );
}
