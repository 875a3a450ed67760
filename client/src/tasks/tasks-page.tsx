// /tasks: "My tasks" (the default), /tasks/<id> a task's card, /tasks/new a
// new task; for those who see the whole team's work (tasks.read) also
// /tasks/board, /tasks/table and /tasks/workload. Loaded as its own chunk.
import {useQuery} from '@rocicorp/zero/react';
import {useState} from 'react';
import {queries} from '#shared/queries/index.ts';
import {seesWorkload} from '#shared/tasks/access.ts';
import {useT} from '../i18n/i18n.tsx';
import type {ScreenProps} from '../module/define.ts';
import {Link, matchPath} from '../router/router.tsx';
import {memberContextOf} from '../session/session.ts';
import {useMinute} from '../ui/use-minute.ts';
import {MyTasks} from './my-tasks.tsx';
import {NewTask} from './new-task.tsx';
import {TaskBoard} from './task-board.tsx';
import {TaskCard} from './task-card.tsx';
import {TaskTable} from './task-table.tsx';
import {filterTasks, NO_FILTER, TeamFilterBar, type TeamFilter} from './team-filter.tsx';
import {usePeople, useTimeZone} from './use-tasks.ts';
import {WorkloadView} from './workload-view.tsx';
import './tasks.css';

const VIEWS = ['board', 'table', 'workload'] as const;
type View = 'mine' | (typeof VIEWS)[number];

function TeamTasks({view}: {view: 'board' | 'table'}) {
  const now = useMinute();
  const timeZone = useTimeZone();
  const people = usePeople();
  const [filter, setFilter] = useState<TeamFilter>(view === 'board' ? {...NO_FILTER, status: ''} : NO_FILTER);
  const [rows] = useQuery(queries.tasks.list());
  const shown = filterTasks(rows, filter, now);
  return (
    <>
      <TeamFilterBar filter={filter} onChange={setFilter} people={people} hideStatus={view === 'board'} />
      {view === 'board' ? (
        <TaskBoard rows={shown} people={people} timeZone={timeZone} now={now} />
      ) : (
        <TaskTable rows={shown} people={people} timeZone={timeZone} now={now} />
      )}
    </>
  );
}

function Workload() {
  const now = useMinute();
  const people = usePeople();
  return <WorkloadView people={people} now={now} />;
}

export default function TasksPage({session, path}: ScreenProps) {
  const t = useT();
  const id = matchPath('/tasks/:id', path)?.id;
  const team = seesWorkload(memberContextOf(session));
  if (id === 'new') return <NewTask session={session} />;
  if (id && !(VIEWS as readonly string[]).includes(id)) return <TaskCard key={id} id={id} session={session} />;
  const view: View = team && id ? (id as View) : 'mine';
  const tabs: View[] = team ? ['mine', ...VIEWS] : [];
  return (
    <section className={`tasks-page view-${view}`}>
      <div className="pane-head">
        <h1>{t(view === 'mine' ? 'tasks.mine' : view === 'workload' ? 'tasks.workload' : 'tasks.team')}</h1>
      </div>
      {tabs.length ? (
        <nav className="task-tabs" aria-label={t('tasks.views')}>
          {tabs.map((v) => (
            <Link
              key={v}
              href={v === 'mine' ? '/tasks' : `/tasks/${v}`}
              className={v === view ? 'task-tab active' : 'task-tab'}
              aria-current={v === view ? 'page' : undefined}
            >
              {t(`tasks.tab.${v}`)}
            </Link>
          ))}
        </nav>
      ) : null}
      {view === 'mine' ? <MyTasks /> : view === 'workload' ? <Workload /> : <TeamTasks key={view} view={view} />}
      <Link href="/tasks/new" className="fab" aria-label={t('tasks.new')}>
        +<span className="fab-label">{t('tasks.new')}</span>
      </Link>
    </section>
  );
}
