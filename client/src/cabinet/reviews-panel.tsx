// C7 in the cabinet: reviews from the site wait here until published; the
// company can hide one or reply.
import {useQuery} from '@rocicorp/zero/react';
import {useState} from 'react';
import {formatDate} from '#shared/i18n/format.ts';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {useWrite} from '../write/writer.tsx';

export function ReviewsPanel({canEdit}: {canEdit: boolean}) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const [reviews] = useQuery(queries.site.reviews());
  const [company] = useQuery(queries.company.current());
  const [replies, setReplies] = useState<Record<string, string>>({});
  if (!reviews.length) return <p className="panel muted">{t('reviews.empty')}</p>;
  return (
    <ul className="panel reviews-list">
      {reviews.map((r) => (
        <li key={r.id} className="review-item" data-status={r.status}>
          <div className="review-head">
            <span className="stars" aria-label={t('pub.reviews.stars', {rating: r.rating})}>
              {'★'.repeat(r.rating)}
              {'☆'.repeat(5 - r.rating)}
            </span>
            <b>{r.author_name || '—'}</b>
            <span className="muted">{formatDate(r.created_at, company?.timezone ?? 'Asia/Almaty', locale, 'short')}</span>
            <span className={`badge review-${r.status}`}>{t(`reviews.status.${r.status}`)}</span>
          </div>
          <p className="review-text">{r.text}</p>
          {canEdit ? (
            <div className="review-actions">
              {r.status !== 'published' ? (
                <button type="button" className="primary" onClick={() => void write(mutators.review.moderate({id: r.id, status: 'published'}))}>
                  {t('reviews.publish')}
                </button>
              ) : null}
              {r.status !== 'hidden' ? (
                <button type="button" onClick={() => void write(mutators.review.moderate({id: r.id, status: 'hidden'}))}>
                  {t('reviews.hide')}
                </button>
              ) : null}
              <input
                aria-label={t('reviews.reply')}
                placeholder={t('reviews.reply')}
                value={replies[r.id] ?? r.reply}
                onChange={(e) => setReplies({...replies, [r.id]: e.target.value})}
              />
              <button type="button" onClick={() => void write(mutators.review.moderate({id: r.id, reply: replies[r.id] ?? r.reply}))}>
                {t('reviews.saveReply')}
              </button>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
