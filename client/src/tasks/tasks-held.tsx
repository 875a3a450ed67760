// "My tasks" stays subscribed for the whole session, with what a task's card
// needs to do the work (its checklist, what it waits on, its files): the list
// and the card open, and a result is handed in, offline — even if /tasks was
// never opened. A role without tasks subscribes to a query that matches nothing.
import {useQuery} from '@rocicorp/zero/react';
import {queries} from '#shared/queries/index.ts';
import {useT} from '../i18n/i18n.tsx';
import {useMinute} from '../ui/use-minute.ts';
import {needsMe} from '#shared/tasks/mine.ts';
import './tasks.css';

export function TasksHeld() {
  useQuery(queries.tasks.mine());
  return null;
}

/** My overdue tasks and those returned for rework, beside the navigation entry. */
export function TasksNavBadge() {
  const t = useT();
  const now = useMinute();
  const [rows] = useQuery(queries.tasks.mine());
  const count = needsMe(rows, now);
  if (!count) return null;
  return (
    <span className="nav-badge" data-testid="tasks-due" aria-label={t('tasks.needsYou', {count})}>
      {count > 99 ? '99+' : count}
    </span>
  );
}
