// The task lifecycle as the doer and the checker meet it: a blocked task says
// by which task; closing without the required result says what is missing;
// a return needs its reason; handing in goes to review only when someone else
// set the task.
import {describe, expect, it} from 'vitest';
import {checkTaskMove, handInTarget, isCheckerMove, isOpenTask, openRequiredTasks, TASK_WORKFLOW, taskSnapshot} from './lifecycle.ts';

const task = {status: 'todo', result_required: true, result_text: '', result_link: ''};

describe('the task lifecycle', () => {
  it('refuses to start or close a task whose blocker is open, naming it', () => {
    const blocked = taskSnapshot(task, [{id: 'a', title: 'Оплатить счёт'}], 0);
    expect(checkTaskMove(blocked, 'in_progress')).toEqual([{kind: 'blocked_by', tasks: [{id: 'a', title: 'Оплатить счёт'}]}]);
    expect(checkTaskMove(blocked, 'done')).toContainEqual({kind: 'blocked_by', tasks: [{id: 'a', title: 'Оплатить счёт'}]});
    expect(checkTaskMove(taskSnapshot(task, [], 0), 'in_progress')).toEqual([]);
  });

  it('asks for "what was done" and a file or a link when the result is required', () => {
    expect(checkTaskMove(taskSnapshot(task, [], 0), 'review')).toEqual([{kind: 'result_missing', missing: ['text', 'file_or_link']}]);
    expect(checkTaskMove(taskSnapshot({...task, result_text: 'Сделано'}, [], 0), 'review')).toEqual([{kind: 'result_missing', missing: ['file_or_link']}]);
    expect(checkTaskMove(taskSnapshot({...task, result_text: 'Сделано'}, [], 1), 'review')).toEqual([]);
    expect(checkTaskMove(taskSnapshot({...task, result_text: 'Сделано', result_link: 'https://x.kz'}, [], 0), 'done')).toEqual([]);
    // Not required: nothing asked.
    expect(checkTaskMove(taskSnapshot({...task, result_required: false}, [], 0), 'done')).toEqual([]);
  });

  it('returns for rework only with a reason, and only from review or done', () => {
    const inReview = taskSnapshot({...task, status: 'review', result_text: 'x', result_link: 'https://x.kz'}, [], 0);
    expect(checkTaskMove(inReview, 'returned')).toEqual([{kind: 'comment_required'}]);
    expect(checkTaskMove(inReview, 'returned', 'Нет платёжки')).toEqual([]);
    expect(checkTaskMove(taskSnapshot(task, [], 0), 'returned', 'x')).toEqual([{kind: 'no_such_move'}]);
  });

  it('sends a handed-in task to review when someone else set it', () => {
    expect(handInTarget({created_by: 'head', assignee_id: 'finance'})).toBe('review');
    expect(handInTarget({created_by: 'me', assignee_id: 'me'})).toBe('done');
    expect(handInTarget({created_by: null, assignee_id: 'me'})).toBe('done');
  });

  it('knows which moves are the checker’s and which tasks are still open', () => {
    expect(isCheckerMove('review', 'done')).toBe(true);
    expect(isCheckerMove('review', 'returned')).toBe(true);
    expect(isCheckerMove('in_progress', 'review')).toBe(false);
    expect(TASK_WORKFLOW.statuses.filter((s) => isOpenTask(s.key)).map((s) => s.key)).toEqual(['todo', 'in_progress', 'review', 'returned']);
    const tasks = [
      {id: '1', title: 'A', status: 'done', required: true},
      {id: '2', title: 'B', status: 'review', required: true},
      {id: '3', title: 'C', status: 'todo', required: false},
    ];
    expect(openRequiredTasks(tasks)).toEqual([{id: '2', title: 'B'}]);
  });
});
