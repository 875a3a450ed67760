// Tasks' and meetings' reads, scoped by shared/tasks/access.ts: a contractor's
// queries reach only their own tasks (and, through a task, never the request
// itself: its needed fields are copied onto the task).
import {defineQuery} from '@rocicorp/zero';
import {v} from '../validation/args.ts';
import {meetingVisibility, seesWorkload, taskReach, taskVisibility, visibleMeetings, visibleTasks} from '../tasks/access.ts';
import {companyRows} from './scope.ts';

const id = v.string().max(128);
const me = (ctx: Parameters<typeof taskReach>[0]) => (ctx?.kind === 'member' ? ctx.memberID : '');

/** The audit rows of a task's parts (their parent_id is the task). */
export const TASK_PARTS = ['task_person', 'task_link', 'task_check', 'task_comment', 'attachment'] as const;

export const taskQueries = {
  /** "My tasks": assigned or co-assigned to me, with what the phone needs to do them offline. */
  mine: defineQuery(({ctx}) =>
    visibleTasks(ctx)
      .where(({cmp, or, exists}) =>
        or(
          cmp('assignee_id', me(ctx)),
          exists('people', (p) => p.where('member_id', me(ctx)).where('kind', 'co')),
        ),
      )
      .related('people')
      .related('checks', (q) => q.orderBy('position', 'asc'))
      .related('blockers', (q) => q.related('blocker'))
      .related('attachments', (q) => q.where('entity', 'task').related('file'))
      .orderBy('deadline', 'asc')
      .orderBy('id', 'asc'),
  ),

  /** The team's tasks (board and table): every task for heads, one's own otherwise. */
  list: defineQuery(({ctx}) =>
    visibleTasks(ctx)
      .related('people')
      .related('checks')
      .related('blockers', (q) => q.related('blocker'))
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc'),
  ),

  card: defineQuery(v.object({id}), ({args, ctx}) =>
    visibleTasks(ctx)
      .where('id', args.id)
      .related('assignee')
      .related('people')
      .related('checks', (q) => q.orderBy('position', 'asc'))
      .related('comments', (q) => q.orderBy('created_at', 'asc').related('author'))
      .related('attachments', (q) => q.where('entity', 'task').orderBy('created_at', 'asc').related('file'))
      .related('blockers', (q) => q.related('blocker'))
      .related('blocking', (q) => q.related('task'))
      .related('subtasks', (q) => q.orderBy('created_at', 'asc'))
      .one(),
  ),

  /** A request's tasks and their progress (its card). */
  ofRequest: defineQuery(v.object({requestId: id}), ({args, ctx}) =>
    visibleTasks(ctx)
      .where('request_id', args.requestId)
      .related('blockers', (q) => q.related('blocker'))
      .orderBy('position', 'asc'),
  ),

  /** Every task's numbers, for the workload of each person (heads only). */
  workload: defineQuery(({ctx}) => (seesWorkload(ctx) ? visibleTasks(ctx) : companyRows('task', undefined)).orderBy('id', 'asc')),

  history: defineQuery(v.object({id}), ({args, ctx}) =>
    companyRows('audit_log', ctx)
      .where('entity', 'task')
      .where('entity_id', args.id)
      .whereExists('task', taskVisibility(ctx), {flip: false})
      .related('actor')
      .orderBy('created_at', 'asc'),
  ),

  historyParts: defineQuery(v.object({id}), ({args, ctx}) =>
    companyRows('audit_log', ctx)
      .where('parent_id', args.id)
      .where('entity', 'IN', [...TASK_PARTS])
      .whereExists('parentTask', taskVisibility(ctx), {flip: false})
      .related('actor')
      .orderBy('created_at', 'asc'),
  ),
};

export const meetingQueries = {
  list: defineQuery(({ctx}) => visibleMeetings(ctx).related('participants').related('commitments').orderBy('starts_at', 'desc').orderBy('id', 'desc')),

  one: defineQuery(v.object({id}), ({args, ctx}) =>
    visibleMeetings(ctx)
      .where('id', args.id)
      .related('organizer')
      .related('participants', (q) => q.orderBy('created_at', 'asc'))
      .related('commitments', (q) => q.orderBy('position', 'asc').related('task'))
      .one(),
  ),

  /** M3: every commitment of the meetings this person sees, with its task's state. */
  commitments: defineQuery(({ctx}) =>
    companyRows('commitment', ctx)
      .whereExists('meeting', meetingVisibility(ctx), {flip: false})
      .related('task')
      .related('meeting')
      .orderBy('due_at', 'asc')
      .orderBy('id', 'asc'),
  ),
};
