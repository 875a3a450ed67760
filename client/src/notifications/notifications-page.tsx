// Everything the app told this person: overdue requests, mentions, new
// assignments, bookings. Opening one marks it read and goes to what it is about.
import {useQuery} from '@rocicorp/zero/react';
import {formatDate} from '#shared/i18n/format.ts';
import {noticeWords} from '#shared/i18n/notice.ts';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {navigate} from '../router/router.tsx';
import {useWrite} from '../write/writer.tsx';
import './notifications.css';

export function NotificationsPage() {
  const {t, locale} = useI18n();
  const [company] = useQuery(queries.company.current());
  const timeZone = company?.timezone ?? 'Asia/Almaty';
  const write = useWrite();
  const [mine, details] = useQuery(queries.notifications.mine());
  const unread = mine.filter((n) => !n.read_at).map((n) => n.id);
  const markRead = (ids: string[]) => (ids.length ? write(mutators.booking.markRead({ids, at: Date.now()})) : undefined);
  return (
    <section className="page notifications-page">
      <div className="pane-head">
        <h1>{t('notifications.title')}</h1>
        {unread.length ? (
          <button type="button" className="link" onClick={() => void markRead(unread)}>
            {t('notifications.markAll')}
          </button>
        ) : null}
      </div>
      {mine.length === 0 && details.type === 'complete' ? <p className="empty">{t('notifications.empty')}</p> : null}
      <ul className="notification-list">
        {mine.map((n) => {
          // In this reader's language, whatever language it was written in.
          const words = noticeWords(n, locale);
          return (
            <li key={n.id}>
              <button
                type="button"
                className={n.read_at ? 'notification' : 'notification unread'}
                data-kind={n.kind}
                onClick={() => {
                  void markRead(n.read_at ? [] : [n.id]);
                  if (n.url.startsWith('/')) navigate(n.url);
                }}
              >
                <strong>{words.title}</strong>
                {words.body ? <span className="notification-body">{words.body}</span> : null}
                <time>{formatDate(n.created_at, timeZone, locale, 'short')}</time>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
