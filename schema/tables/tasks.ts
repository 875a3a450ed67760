// Tasks and meetings: a task (by hand, from a request's step template, or
// from a meeting's commitment), its people, dependencies, checklist and
// comments; a meeting, its participants and its commitments. Column names
// match migrations/0500_tasks.sql; the calendar feeds and Google Calendar
// connections are server-only and not here.
import {boolean, json, number, relationships, string, table} from '@rocicorp/zero';
import {member} from './core.ts';
import {attachment} from './files.ts';
import {request} from './requests.ts';

export type TaskPriority = 'low' | 'medium' | 'high' | 'urgent';
/** A request field the executor needs, copied onto the task when it is made (shared/tasks/context.ts). */
export type TaskContextField = {readonly key: string; readonly label: {readonly ru: string; readonly kk: string; readonly en: string}; readonly value: string};

export const task = table('task')
  .columns({
    id: string(),
    company_id: string(),
    request_id: string().optional(),
    meeting_id: string().optional(),
    parent_id: string().optional(),
    step_key: string(),
    title: string(),
    description: string(),
    assignee_id: string().optional(),
    status: string(),
    status_since: number(),
    priority: string<TaskPriority>(),
    deadline: number().optional(),
    duration_hours: number().optional(),
    startable_at: number().optional(),
    result_required: boolean(),
    required: boolean(),
    context: json<readonly TaskContextField[]>(),
    result_text: string(),
    result_link: string(),
    handed_at: number().optional(),
    return_reason: string(),
    returned_at: number().optional(),
    started_at: number().optional(),
    closed_at: number().optional(),
    reminded_at: number().optional(),
    overdue_at: number().optional(),
    escalated_at: number().optional(),
    position: number(),
    created_by: string().optional(),
    created_at: number(),
    updated_at: number(),
  })
  .primaryKey('id');

export const taskPerson = table('task_person')
  .columns({id: string(), company_id: string(), task_id: string(), member_id: string(), kind: string<'co' | 'watcher'>(), created_at: number()})
  .primaryKey('id');

export const taskLink = table('task_link')
  .columns({id: string(), company_id: string(), task_id: string(), blocker_id: string(), created_at: number()})
  .primaryKey('id');

export const taskCheck = table('task_check')
  .columns({
    id: string(),
    company_id: string(),
    task_id: string(),
    text: string(),
    done: boolean(),
    done_by: string().optional(),
    position: number(),
    created_at: number(),
  })
  .primaryKey('id');

export const taskComment = table('task_comment')
  .columns({
    id: string(),
    company_id: string(),
    task_id: string(),
    author_id: string().optional(),
    body: string(),
    mentions: json<string[]>(),
    created_at: number(),
  })
  .primaryKey('id');

export const meeting = table('meeting')
  .columns({
    id: string(),
    company_id: string(),
    topic: string(),
    starts_at: number(),
    ends_at: number(),
    place: string(),
    link: string(),
    purpose: string(),
    agenda: string(),
    notes: string(),
    organizer_id: string().optional(),
    series_id: string(),
    repeat: string<'none' | 'weekly' | 'biweekly' | 'monthly'>(),
    state: string<'planned' | 'held' | 'cancelled'>(),
    sequence: number(),
    created_at: number(),
    updated_at: number(),
  })
  .primaryKey('id');

export const meetingParticipant = table('meeting_participant')
  .columns({
    id: string(),
    company_id: string(),
    meeting_id: string(),
    member_id: string().optional(),
    email: string(),
    name: string(),
    created_at: number(),
  })
  .primaryKey('id');

export const commitment = table('commitment')
  .columns({
    id: string(),
    company_id: string(),
    meeting_id: string(),
    text: string(),
    owner_id: string().optional(),
    to_whom: string<'head' | 'team'>(),
    due_at: number(),
    task_id: string().optional(),
    carried_from: string().optional(),
    position: number(),
    created_at: number(),
  })
  .primaryKey('id');

export const taskRelationships = relationships(task, ({many, one}) => ({
  assignee: one({sourceField: ['assignee_id'], destField: ['id'], destSchema: member}),
  request: one({sourceField: ['request_id'], destField: ['id'], destSchema: request}),
  meeting: one({sourceField: ['meeting_id'], destField: ['id'], destSchema: meeting}),
  people: many({sourceField: ['id'], destField: ['task_id'], destSchema: taskPerson}),
  /** The tasks this one waits on (its rows in task_link). */
  blockers: many({sourceField: ['id'], destField: ['task_id'], destSchema: taskLink}),
  /** The tasks waiting on this one. */
  blocking: many({sourceField: ['id'], destField: ['blocker_id'], destSchema: taskLink}),
  checks: many({sourceField: ['id'], destField: ['task_id'], destSchema: taskCheck}),
  comments: many({sourceField: ['id'], destField: ['task_id'], destSchema: taskComment}),
  subtasks: many({sourceField: ['id'], destField: ['parent_id'], destSchema: task}),
  attachments: many({sourceField: ['id'], destField: ['entity_id'], destSchema: attachment}),
}));

export const taskLinkRelationships = relationships(taskLink, ({one}) => ({
  blocker: one({sourceField: ['blocker_id'], destField: ['id'], destSchema: task}),
  task: one({sourceField: ['task_id'], destField: ['id'], destSchema: task}),
}));

export const taskCheckRelationships = relationships(taskCheck, ({one}) => ({
  task: one({sourceField: ['task_id'], destField: ['id'], destSchema: task}),
}));

export const taskPersonRelationships = relationships(taskPerson, ({one}) => ({
  task: one({sourceField: ['task_id'], destField: ['id'], destSchema: task}),
}));

export const taskCommentRelationships = relationships(taskComment, ({one}) => ({
  author: one({sourceField: ['author_id'], destField: ['id'], destSchema: member}),
}));

export const meetingRelationships = relationships(meeting, ({many, one}) => ({
  organizer: one({sourceField: ['organizer_id'], destField: ['id'], destSchema: member}),
  participants: many({sourceField: ['id'], destField: ['meeting_id'], destSchema: meetingParticipant}),
  commitments: many({sourceField: ['id'], destField: ['meeting_id'], destSchema: commitment}),
  tasks: many({sourceField: ['id'], destField: ['meeting_id'], destSchema: task}),
}));

export const commitmentRelationships = relationships(commitment, ({one}) => ({
  meeting: one({sourceField: ['meeting_id'], destField: ['id'], destSchema: meeting}),
  task: one({sourceField: ['task_id'], destField: ['id'], destSchema: task}),
  owner: one({sourceField: ['owner_id'], destField: ['id'], destSchema: member}),
}));
