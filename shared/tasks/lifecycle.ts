// A task's lifecycle is data, run by the same workflow engine as a request's
// (shared/workflow/engine.ts): to do → in progress → on review → done, with
// "returned for rework" (a reason required) and "cancelled". Its guards are the
// engine's: a task blocked by an unfinished one cannot start or close
// (blockers_done), and a task whose result is required cannot be handed in or
// closed without "what was done" plus a file or a link (result_given). The
// device uses checkTaskMove to explain a disabled button before the click; the
// server uses it to refuse.
import {checkMove, statusOf, type Blocker, type RequestSnapshot, type TaskRef} from '../workflow/engine.ts';
import {workflowSchema, type StatusKind, type Workflow} from '../workflow/types.ts';

export const TASK_STATUSES = ['todo', 'in_progress', 'review', 'returned', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

const BLOCKERS = {kind: 'blockers_done'} as const;
const RESULT = {kind: 'result_given'} as const;

export const TASK_WORKFLOW: Workflow = workflowSchema.parse({
  initial: 'todo',
  statuses: [
    {key: 'todo', name: {ru: 'К выполнению', kk: 'Орындауға', en: 'To do'}, color: '#2563eb', kind: 'open'},
    {key: 'in_progress', name: {ru: 'В работе', kk: 'Жұмыста', en: 'In progress'}, color: '#d97706', kind: 'in_work'},
    {key: 'review', name: {ru: 'На проверке', kk: 'Тексеруде', en: 'On review'}, color: '#7c3aed', kind: 'waiting'},
    {key: 'returned', name: {ru: 'Возвращена', kk: 'Қайтарылды', en: 'Returned'}, color: '#ea580c', kind: 'in_work'},
    {key: 'done', name: {ru: 'Выполнена', kk: 'Орындалды', en: 'Done'}, color: '#16a34a', kind: 'done'},
    {key: 'cancelled', name: {ru: 'Отменена', kk: 'Күшін жойды', en: 'Cancelled'}, color: '#64748b', kind: 'cancelled'},
  ],
  transitions: [
    {from: 'todo', to: 'in_progress', guards: [BLOCKERS], label: {ru: 'Начать', kk: 'Бастау', en: 'Start'}},
    {from: 'returned', to: 'in_progress', guards: [BLOCKERS], label: {ru: 'Взять в доработку', kk: 'Пысықтауға алу', en: 'Rework'}},
    // Handing in: to review when someone else checks the work, straight to done otherwise (handInTarget).
    {from: 'todo', to: 'review', guards: [BLOCKERS, RESULT], label: {ru: 'Сдать результат', kk: 'Нәтижені тапсыру', en: 'Hand in'}},
    {from: 'in_progress', to: 'review', guards: [BLOCKERS, RESULT], label: {ru: 'Сдать результат', kk: 'Нәтижені тапсыру', en: 'Hand in'}},
    {from: 'returned', to: 'review', guards: [BLOCKERS, RESULT], label: {ru: 'Сдать результат', kk: 'Нәтижені тапсыру', en: 'Hand in'}},
    {from: 'todo', to: 'done', guards: [BLOCKERS, RESULT], label: {ru: 'Выполнено', kk: 'Орындалды', en: 'Done'}},
    {from: 'in_progress', to: 'done', guards: [BLOCKERS, RESULT], label: {ru: 'Выполнено', kk: 'Орындалды', en: 'Done'}},
    {from: 'returned', to: 'done', guards: [BLOCKERS, RESULT], label: {ru: 'Выполнено', kk: 'Орындалды', en: 'Done'}},
    {from: 'review', to: 'done', guards: [BLOCKERS, RESULT], label: {ru: 'Принять', kk: 'Қабылдау', en: 'Accept'}},
    {
      from: 'review',
      to: 'returned',
      guards: [{kind: 'comment_required'}],
      label: {ru: 'Вернуть на доработку', kk: 'Пысықтауға қайтару', en: 'Return for rework'},
    },
    {
      from: 'done',
      to: 'returned',
      guards: [{kind: 'comment_required'}],
      label: {ru: 'Вернуть на доработку', kk: 'Пысықтауға қайтару', en: 'Return for rework'},
    },
    {from: 'todo', to: 'cancelled', label: {ru: 'Отменить', kk: 'Болдырмау', en: 'Cancel'}},
    {from: 'in_progress', to: 'cancelled', label: {ru: 'Отменить', kk: 'Болдырмау', en: 'Cancel'}},
    {from: 'returned', to: 'cancelled', label: {ru: 'Отменить', kk: 'Болдырмау', en: 'Cancel'}},
    {from: 'cancelled', to: 'todo', label: {ru: 'Вернуть в работу', kk: 'Жұмысқа қайтару', en: 'Reopen'}},
  ],
});

export function taskStatusKind(status: string): StatusKind {
  return statusOf(TASK_WORKFLOW, status)?.kind ?? 'open';
}

/** Not done and not cancelled: still someone's work. */
export function isOpenTask(status: string): boolean {
  const kind = taskStatusKind(status);
  return kind !== 'done' && kind !== 'cancelled';
}

export function isDoneTask(status: string): boolean {
  return taskStatusKind(status) === 'done';
}

/** Statuses where a task is nobody's work any more (for SQL that counts open tasks). */
export const CLOSED_TASK_STATUSES: readonly string[] = TASK_WORKFLOW.statuses.filter((s) => !isOpenTask(s.key)).map((s) => s.key);

/** Moves only the task's checker makes: accepting, returning, cancelling, reopening. */
export function isCheckerMove(from: string, to: string): boolean {
  return (from === 'review' && (to === 'done' || to === 'returned')) || (from === 'done' && to === 'returned') || to === 'cancelled' || from === 'cancelled';
}

export type TaskState = {
  readonly status: string;
  readonly result_required: boolean;
  readonly result_text: string;
  readonly result_link: string;
  readonly checks?: readonly {done: boolean}[];
};

/** What the engine's guards look at for a task: its open blockers, its result and its files. */
export function taskSnapshot(task: TaskState, openBlockers: readonly TaskRef[], resultFiles: number): RequestSnapshot {
  return {
    status: task.status,
    fields: {},
    attachmentKinds: [],
    checklist: task.checks ?? [],
    openBlockers,
    result: {required: task.result_required, text: task.result_text, link: task.result_link, files: resultFiles},
  };
}

/** Everything between the task and status `to` (empty: allowed). Who may move it is access.ts's. */
export function checkTaskMove(snapshot: RequestSnapshot, to: string, comment?: string): Blocker[] {
  return checkMove(TASK_WORKFLOW, [], snapshot, {role: '', permissions: ['requests.override']}, to, comment);
}

/** Handing in goes to review when someone other than the doer checks the task; else the task is done. */
export function handInTarget(task: {readonly created_by?: string | null; readonly assignee_id?: string | null}): 'review' | 'done' {
  return task.created_by && task.created_by !== task.assignee_id ? 'review' : 'done';
}

/** A request's required tasks still open, named (the `tasks_done` guard of its workflow). */
export function openRequiredTasks(
  tasks: readonly {readonly id: string; readonly title: string; readonly status: string; readonly required: boolean}[],
): TaskRef[] {
  return tasks.filter((t) => t.required && isOpenTask(t.status)).map((t) => ({id: t.id, title: t.title}));
}
