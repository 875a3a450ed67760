// Workload section (types.ts WorkloadSection): shared/tasks/workload.ts over
// the tasks, with the period as the closing window. Decisions the server SQL
// copies (they are the tasks screen's): a task is open when its status is
// neither done- nor cancelled-kind (shared/tasks/lifecycle.ts isOpenTask);
// closed when done-kind with a closed_at in the period; overdue when open with
// deadline < now; unassigned tasks are skipped; the responsible filter keeps
// one assignee. Rows by overdue, then open (most first), then by key.
import {isDoneTask, isOpenTask} from '../../tasks/lifecycle.ts';
import {workload} from '../../tasks/workload.ts';
import type {AnalyticsInput} from '../input.ts';
import type {WorkloadSection} from '../types.ts';
import {filterOf, type Scope} from './scope.ts';

export function workloadSection(input: AnalyticsInput, scope: Scope): WorkloadSection {
  const only = filterOf(scope.query.responsibleId);
  const tasks = input.tasks
    .filter((t) => only === undefined || t.assignee_id === only)
    .map((t) => ({
      assigneeId: t.assignee_id || null,
      open: isOpenTask(t.status),
      deadline: t.deadline ?? null,
      createdAt: t.created_at,
      closedAt: isDoneTask(t.status) ? (t.closed_at ?? null) : null,
    }));
  return {
    rows: workload(tasks, scope.now, {from: scope.start, to: scope.end}).map((w) => ({key: w.memberId, open: w.open, overdue: w.overdue, closed: w.closed})),
  };
}
