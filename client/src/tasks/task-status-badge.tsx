import {useI18n} from '../i18n/i18n.tsx';
import {statusOfTask, taskStatusName} from '#shared/tasks/mine.ts';

/** A task's status in its lifecycle's name and colour (shared/tasks/lifecycle.ts). */
export function TaskStatusBadge({status}: {status: string}) {
  const {locale} = useI18n();
  const color = statusOfTask(status)?.color ?? '#64748b';
  return (
    <span className="badge task-status" data-status={status} style={{background: `${color}1f`, color}}>
      {taskStatusName(status, locale)}
    </span>
  );
}
