import type {Row} from '@rocicorp/zero';
import {useQuery} from '@rocicorp/zero/react';
import {useState} from 'react';
import {mutators} from '../../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {useT} from '../../i18n/i18n.tsx';
import {useWrite} from '../../write/writer.tsx';

/** People who follow the request: they see it even with "own requests only" access and are told of changes. */
export function Watchers({
  requestId,
  watchers,
  me,
  canManage,
}: {
  requestId: string;
  watchers: readonly Row['request_watcher'][];
  me: string;
  canManage: boolean;
}) {
  const t = useT();
  const write = useWrite();
  const [members] = useQuery(queries.team.members());
  const [adding, setAdding] = useState('');
  const [error, setError] = useState<string>();
  const watching = new Set(watchers.map((w) => w.member_id));
  const name = (id: string) => members.find((m) => m.id === id)?.name ?? '…';
  const set = async (memberId: string, on: boolean) => {
    const r = await write(mutators.request.watch({requestId, memberId, watching: on, at: Date.now()}));
    setError(r.ok ? undefined : r.message);
  };
  return (
    <section className="section watchers">
      <h2>{t('requests.watchers')}</h2>
      <ul className="chips">
        {[...watching].map((id) => (
          <li key={id} className="chip">
            {name(id)}
            {canManage || id === me ? (
              <button type="button" className="link-button" aria-label={`${t('requests.unwatch')}: ${name(id)}`} onClick={() => void set(id, false)}>
                ×
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="inline-form">
        {!watching.has(me) ? (
          <button type="button" onClick={() => void set(me, true)}>
            {t('requests.watch')}
          </button>
        ) : null}
        {canManage ? (
          <select
            aria-label={t('requests.addWatcher')}
            value={adding}
            onChange={(e) => {
              setAdding('');
              if (e.target.value) void set(e.target.value, true);
            }}
          >
            <option value="">{t('requests.addWatcher')}</option>
            {members
              .filter((m) => m.active && !watching.has(m.id))
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
          </select>
        ) : null}
      </div>
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
    </section>
  );
}
