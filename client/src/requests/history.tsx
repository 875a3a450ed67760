import {useQuery} from '@rocicorp/zero/react';
import {formatDate} from '../../../shared/i18n/format.ts';
import {queries} from '../../../shared/queries/index.ts';
import {historyLines, refusalLines} from '../../../shared/requests/history.ts';
import {useI18n} from '../i18n/i18n.tsx';

export function History({requestId, timeZone}: {requestId: string; timeZone: string}) {
  const {t, locale} = useI18n();
  const [entries] = useQuery(queries.requests.history({id: requestId}));
  const [refusals] = useQuery(queries.requests.refusals({id: requestId}));
  const lines = [...historyLines(entries, t), ...refusalLines(refusals, t)].sort((a, b) => a.at - b.at);
  return (
    <section className="section">
      <h2>{t('requests.history')}</h2>
      <ol className="history">
        {lines.map((l) => (
          <li key={l.id}>
            <time>{formatDate(l.at, timeZone, locale, 'short')}</time>
            <span>{t(l.key, l.params)}</span>
            {l.detail ? <div className="history-detail">{l.detail}</div> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
