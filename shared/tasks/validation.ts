// The arguments of every task and meeting write, checked the same on the
// device, the server and REST. Messages are i18n keys (shared/i18n).
import {z} from 'zod';
import {emailField, epochMs, idField, optionalText, requiredText} from '../validation/schemas.ts';
import {PRIORITIES} from '../workflow/types.ts';

const opId = z.string().max(64).optional();
const ids = z.array(idField).max(50);
const link = z
  .string()
  .trim()
  .max(2000, 'v.tooLong')
  .refine((v) => v === '' || /^https?:\/\/\S+$/i.test(v), 'v.url');

export const MAX_TASK_TEXT = 10_000;

export const createTaskArgs = z.object({
  id: idField,
  title: requiredText(300),
  description: optionalText(MAX_TASK_TEXT).default(''),
  requestId: idField.nullable().default(null),
  parentId: idField.nullable().default(null),
  assigneeId: idField.nullable().default(null),
  deadline: epochMs.nullable().default(null),
  priority: z.enum(PRIORITIES).default('medium'),
  resultRequired: z.boolean().default(false),
  coAssignees: ids.default([]),
  watchers: ids.default([]),
  /** Tasks this one starts after. */
  blockers: ids.default([]),
  /** On a request: which of its fields the doer sees on the task (default: every filled one). */
  contextFields: z.array(z.string().max(60)).max(60).optional(),
  at: epochMs,
  opId,
});
export type CreateTaskArgs = z.input<typeof createTaskArgs>;

export const updateTaskArgs = z.object({
  id: idField,
  title: requiredText(300).optional(),
  description: optionalText(MAX_TASK_TEXT).optional(),
  deadline: epochMs.nullable().optional(),
  priority: z.enum(PRIORITIES).optional(),
  resultRequired: z.boolean().optional(),
  assigneeId: idField.nullable().optional(),
  coAssignees: ids.optional(),
  watchers: ids.optional(),
  at: epochMs,
  opId,
});

/** A move of the lifecycle, checked against the status the person saw (`from`). */
export const moveTaskArgs = z.object({
  id: idField,
  from: z.string().max(40),
  to: z.string().max(40),
  /** The reason of a return (T5), or a note. */
  comment: optionalText(2000).optional(),
  at: epochMs,
  opId,
});

/** T4: "what was done" and a link (files are attached to the task beforehand); then to review or done. */
export const handInArgs = z.object({
  id: idField,
  from: z.string().max(40),
  text: optionalText(MAX_TASK_TEXT).default(''),
  link: link.default(''),
  at: epochMs,
  opId,
});

export const linkTaskArgs = z.object({id: idField, taskId: idField, blockerId: idField, at: epochMs, opId});
export const unlinkTaskArgs = z.object({id: idField, opId});

export const addCheckArgs = z.object({id: idField, taskId: idField, text: requiredText(500), at: epochMs, opId});
export const toggleCheckArgs = z.object({id: idField, done: z.boolean(), opId});
export const removeCheckArgs = z.object({id: idField, opId});

export const taskCommentArgs = z.object({
  id: idField,
  taskId: idField,
  body: requiredText(MAX_TASK_TEXT),
  mentions: ids.default([]),
  at: epochMs,
  opId,
});

/** Server jobs: a reminder sent, an overdue mark, an escalation (each once per deadline). */
export const taskMarkArgs = z.object({id: idField, deadline: epochMs, at: epochMs});

const participant = z.union([
  z.object({memberId: idField, email: z.literal('').default(''), name: optionalText(200).default('')}),
  z.object({memberId: z.null().default(null), email: emailField, name: optionalText(200).default('')}),
]);

export const REPEATS = ['none', 'weekly', 'biweekly', 'monthly'] as const;

export const saveMeetingArgs = z
  .object({
    id: idField,
    topic: requiredText(300),
    startsAt: epochMs,
    endsAt: epochMs,
    place: optionalText(300).default(''),
    link: link.default(''),
    purpose: optionalText(2000).default(''),
    agenda: optionalText(MAX_TASK_TEXT).default(''),
    notes: optionalText(MAX_TASK_TEXT).default(''),
    repeat: z.enum(REPEATS).default('none'),
    participants: z.array(participant).min(1, 'tasks.meeting.noParticipants').max(100),
    at: epochMs,
    opId,
  })
  .refine((m) => m.endsAt > m.startsAt, {message: 'tasks.meeting.endsBeforeStart', path: ['endsAt']});
export type SaveMeetingArgs = z.input<typeof saveMeetingArgs>;

export const cancelMeetingArgs = z.object({id: idField, at: epochMs, opId});

/** M2–M3: the commitments at the end of a meeting; each new one becomes a task. */
export const commitmentsArgs = z.object({
  meetingId: idField,
  notes: optionalText(MAX_TASK_TEXT).optional(),
  items: z
    .array(
      z.object({
        id: idField,
        text: requiredText(500),
        ownerId: idField,
        toWhom: z.enum(['head', 'team']).default('team'),
        dueAt: epochMs,
        carriedFrom: idField.nullable().default(null),
      }),
    )
    .max(100),
  at: epochMs,
  opId,
});
export type CommitmentsArgs = z.input<typeof commitmentsArgs>;
