import {useQuery} from '@rocicorp/zero/react';
import {formatDate} from '#shared/i18n/format.ts';
import {queries} from '#shared/queries/index.ts';
import {historyLines, refusalLines} from '#shared/requests/history.ts';
import type {FieldFormatEnv} from '#shared/requests/field-changes.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {useRequestConfig} from './use-request-config.ts';
import {useRoleName} from './use-role-name.ts';

export function History({requestId, typeId, timeZone}: {requestId: string; typeId: string | null | undefined; timeZone: string}) {
  const {t, locale} = useI18n();
  const config = useRequestConfig();
  const roleName = useRoleName();
  const [own] = useQuery(queries.requests.history({id: requestId}));
  const [parts] = useQuery(queries.requests.historyParts({id: requestId}));
  const entries = [...own, ...parts];
  const [refusals] = useQuery(queries.requests.refusals({id: requestId}));
  const [members] = useQuery(queries.team.members());
  const [company] = useQuery(queries.company.current());
  const defs = config.fieldsOf(typeId);
  // Client names only when a client field's change is in the history.
  const clientKeys = new Set(defs.filter((d) => d.kind === 'client').map((d) => d.key));
  const wantsClients = clientKeys.size > 0 && entries.some((e) => e.entity === 'request' && e.changes.fields !== undefined);
  const [clients] = useQuery(queries.clients.list(), {enabled: wantsClients});
  const statusName = (key: string) => config.statusName(typeId, key);
  const memberName = (id: string) => members.find((m) => m.id === id)?.name ?? '…';
  const env: FieldFormatEnv = {
    t,
    locale,
    timeZone,
    currency: company?.currency ?? 'KZT',
    memberName,
    clientName: (id) => clients.find((c) => c.id === id)?.name || undefined,
  };
  const names = {
    statusName,
    memberName,
    formatTime: (ms: number) => formatDate(ms, timeZone, locale, 'short'),
    fields: {defs, env},
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
            {l.lines?.length ? (
              <ul className="history-changes">
                {l.lines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
