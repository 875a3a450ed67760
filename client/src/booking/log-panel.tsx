// What went out on the master's behalf and how (delivered / failed / not
// sent, and why); the reviews of their visits to publish; and their in-app
// notifications. All from the device's replica.
import {useQuery} from '@rocicorp/zero/react';
import {formatDate} from '#shared/i18n/format.ts';
import {noticeWords} from '#shared/i18n/notice.ts';
import {isMessageKey} from '#shared/i18n/runtime.ts';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {useWrite} from '../write/writer.tsx';
import type {MasterWithAll} from './use-master.ts';

export function NotificationsPanel({zone}: {zone: string}) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const [mine] = useQuery(queries.notifications.mine());
  const unread = mine.filter((n) => !n.read_at);
  return (
    <section className="panel inapp-panel">
      <h2>
        {t('booking.notifications')} {unread.length ? <span className="chip-count">{unread.length}</span> : null}
      </h2>
      {mine.length ? null : <p className="muted">{t('booking.notifications.empty')}</p>}
      <ul className="list-rows">
        {mine.slice(0, 20).map((n) => (
          <li key={n.id} className={n.read_at ? 'muted' : undefined}>
            <b>{noticeWords(n, locale).title}</b>
            <span>{noticeWords(n, locale).body}</span>
            <span className="muted small">{formatDate(n.created_at, zone, locale, 'short')}</span>
          </li>
        ))}
      </ul>
      {unread.length ? (
        <button type="button" onClick={() => void write(mutators.booking.markRead({ids: unread.map((n) => n.id), at: Date.now()}))}>
          {t('booking.notifications.read')}
        </button>
      ) : null}
    </section>
  );
}

export function LogPanel({master, zone}: {master: MasterWithAll; zone: string}) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const [log] = useQuery(queries.booking.sendLog({masterId: master.id}));
  const [reviews] = useQuery(queries.booking.reviews({masterId: master.id}));
  return (
    <>
      <section className="panel reviews-panel">
        <h2>{t('booking.reviews')}</h2>
        {reviews.length ? null : <p className="muted">{t('booking.reviews.empty')}</p>}
        <ul className="list-rows">
          {reviews.map((r) => (
            <li key={r.id} data-review={r.id}>
              <div>
                <span>{'★'.repeat(r.rating)}</span>
                <b>{r.author_name}</b>
                <span className="muted small">{t(`booking.review.${r.status}`)}</span>
              </div>
              <span>{r.text}</span>
              <div>
                {r.status !== 'published' ? (
                  <button type="button" className="primary" onClick={() => void write(mutators.review.moderate({id: r.id, status: 'published'}))}>
                    {t('booking.review.publish')}
                  </button>
                ) : (
                  <button type="button" onClick={() => void write(mutators.review.moderate({id: r.id, status: 'hidden'}))}>
                    {t('booking.review.hide')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel log-panel">
        <h2>{t('booking.log.title')}</h2>
        {log.length ? null : <p className="muted">{t('booking.log.empty')}</p>}
        <ul className="list-rows">
          {log.map((n) => (
            <li key={n.id} data-kind={n.kind}>
              <div>
                <span className={`st ${n.status}`}>{t(`booking.log.status.${n.status}`)}</span>
                <span className="muted small">{t(`booking.log.channel.${n.channel}`)}</span>
                <span className="muted small">{formatDate(n.created_at, zone, locale, 'short')}</span>
              </div>
              <b>{noticeWords(n, locale).title}</b>
              <span className="muted small">
                {n.recipient_name} {n.recipient && n.channel === 'email' ? `<${n.recipient}>` : ''}{' '}
                {n.error ? `— ${isMessageKey(n.error) ? t(n.error) : n.error}` : ''}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
