// What the server's task jobs record (sync-server/tasks/jobs.ts): a reminder
// sent before the deadline, the overdue mark, the escalation to the head (T3,
// with the SLA machinery's rule). Each is tied to the deadline it was for, so
// a job run twice changes nothing twice and a moved deadline starts afresh.
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import {isOpenTask} from '../tasks/lifecycle.ts';
import {taskMarkArgs} from '../tasks/validation.ts';
import {dotMutator} from './define.ts';

const MARKS = {remind: 'reminded_at', overdue: 'overdue_at', escalate: 'escalated_at'} as const;

function mark(which: keyof typeof MARKS) {
  return dotMutator(taskMarkArgs, async ({tx, args, ctx}) => {
    if (ctx.kind !== 'system') throw domainError('not_found');
    const row = await tx.run(companyRows('task', ctx).where('id', args.id).one());
    if (!row || !isOpenTask(row.status) || row.deadline !== args.deadline || row[MARKS[which]]) return false;
    await tx.mutate.task.update({id: args.id, [MARKS[which]]: args.at});
    return true;
  });
}

export const taskSystemMutators = {
  remind: mark('remind'),
  markOverdue: mark('overdue'),
  escalate: mark('escalate'),
};
