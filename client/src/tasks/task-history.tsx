import {useQuery} from '@rocicorp/zero/react';
import {formatDate} from '#shared/i18n/format.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {taskHistoryLines} from '#shared/tasks/history.ts';
import {taskStatusName} from '#shared/tasks/mine.ts';
import {usePeople} from './use-tasks.ts';

/** The task's history from the audit log: its own changes and its parts' (comments, files, checklist, links, people); `titles` names linked tasks. */
export function TaskHistory({taskId, timeZone, titles}: {taskId: string; timeZone: string; titles: ReadonlyMap<string, string>}) {
  const {t, locale} = useI18n();
  const people = usePeople();
  const [own] = useQuery(queries.tasks.history({id: taskId}));
  const [parts] = useQuery(queries.tasks.historyParts({id: taskId}));
  const lines = taskHistoryLines([...own, ...parts], t, {
    statusName: (key) => taskStatusName(key, locale),
    memberName: (id) => people.name(id),
    taskTitle: (id) => titles.get(id) ?? '…',
    formatTime: (ms) => formatDate(ms, timeZone, locale, 'short'),
  });
  return (
    <section className="section">
      <h2>{t('requests.history')}</h2>
      <ol className="history">
        {lines.map((l) => (
          <li key={l.id}>
            <time>{formatDate(l.at, timeZone, locale, 'short')}</time> <span>{t(l.key, l.params)}</span>
            {l.detail ? <div className="history-detail wrap-anywhere">{l.detail}</div> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
