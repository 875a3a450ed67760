import {useQuery} from '@rocicorp/zero/react';
import {formatDate} from '../../../shared/i18n/format.ts';
import {queries} from '../../../shared/queries/index.ts';
import {historyLines, refusalLines} from '../../../shared/requests/history.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {useRequestConfig} from './use-request-config.ts';
import {useRoleName} from './use-role-name.ts';

export function History({requestId, typeId, timeZone}: {requestId: string; typeId: string | null | undefined; timeZone: string}) {
  const {t, locale} = useI18n();
  const config = useRequestConfig();
  const roleName = useRoleName();
  const [entries] = useQuery(queries.requests.history({id: requestId}));
  const [refusals] = useQuery(queries.requests.refusals({id: requestId}));
  const [members] = useQuery(queries.team.members());
  const statusName = (key: string) => config.statusName(typeId, key);
  const names = {
    statusName,
    memberName: (id: string) => members.find((m) => m.id === id)?.name ?? '…',
    formatTime: (ms: number) => formatDate(ms, timeZone, locale, 'short'),
  };
  const lines = [...historyLines(entries, t, names), ...refusalLines(refusals, t, {locale, statusName, roleName})].sort((a, b) => a.at - b.at);
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
