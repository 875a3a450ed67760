// A request type's workflow is data: its statuses, the moves between them,
// who may make each move, and the guards a move must pass. Companies edit it
// in the app; these schemas check every saved workflow.
import {z} from 'zod';

export const STATUS_KINDS = ['open', 'in_work', 'waiting', 'done', 'cancelled'] as const;
export type StatusKind = (typeof STATUS_KINDS)[number];

export const PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Words a company types once per language (names of statuses, types, fields). */
export const localized = z.object({ru: z.string().max(120), kk: z.string().max(120).default(''), en: z.string().max(120).default('')});
export type Localized = z.output<typeof localized>;

export const guardSchema = z.discriminatedUnion('kind', [
  /** These custom fields must be filled. */
  z.object({kind: z.literal('fields_filled'), fields: z.array(z.string().max(60)).min(1)}),
  /** A file of this kind must be attached (an invoice, a basis, a photo…). */
  z.object({kind: z.literal('file_attached'), fileKind: z.string().max(40)}),
  /** Every checklist item must be ticked. */
  z.object({kind: z.literal('checklist_complete')}),
  /** The person making the move must say why (return for rework, reject). */
  z.object({kind: z.literal('comment_required')}),
  /** Every required task of the request is done (issue 15: a request waits on its tasks). */
  z.object({kind: z.literal('tasks_done')}),
  /** A task: every task it waits on is done (T2). */
  z.object({kind: z.literal('blockers_done')}),
  /** A task whose result is required: "what was done" and a file or a link are given (T4). */
  z.object({kind: z.literal('result_given')}),
  /** An invoice or a document: every step of its approval chain for this round has approved (issue 16). */
  z.object({kind: z.literal('approvals_done')}),
]);
export type Guard = z.output<typeof guardSchema>;

export const statusSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
  name: localized,
  color: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i)
    .default('#64748b'),
  kind: z.enum(STATUS_KINDS),
  /** Time allowed in this status, in hours (working or calendar, see sla.mode). */
  slaHours: z
    .number()
    .positive()
    .max(24 * 365)
    .optional(),
});
export type WorkflowStatus = z.output<typeof statusSchema>;

export const transitionSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Role keys that may make this move; empty means anyone who may edit requests. */
  roles: z.array(z.string().max(40)).default([]),
  guards: z.array(guardSchema).default([]),
  label: localized.optional(),
});
export type Transition = z.output<typeof transitionSchema>;

export const workflowSchema = z
  .object({
    statuses: z.array(statusSchema).min(2).max(30),
    transitions: z.array(transitionSchema).max(300),
    initial: z.string(),
    sla: z
      .object({
        mode: z.enum(['calendar', 'working']).default('calendar'),
        /** Escalate to the head when overdue by this many hours. */
        escalateAfterHours: z
          .number()
          .min(0)
          .max(24 * 90)
          .default(0),
      })
      .default({mode: 'calendar', escalateAfterHours: 0}),
  })
  .superRefine((w, ctx) => {
    const keys = new Set(w.statuses.map((s) => s.key));
    if (keys.size !== w.statuses.length) ctx.addIssue({code: 'custom', message: 'v.invalid', path: ['statuses']});
    if (!keys.has(w.initial)) ctx.addIssue({code: 'custom', message: 'v.invalid', path: ['initial']});
    for (const [i, t] of w.transitions.entries()) {
      if (!keys.has(t.from) || !keys.has(t.to) || t.from === t.to) ctx.addIssue({code: 'custom', message: 'v.invalid', path: ['transitions', i]});
    }
  });
export type Workflow = z.output<typeof workflowSchema>;

export const ASSIGNMENT_MODES = ['manual', 'round_robin', 'least_loaded', 'by_position'] as const;
export type AssignmentMode = (typeof ASSIGNMENT_MODES)[number];

export const assignmentSchema = z.object({
  mode: z.enum(ASSIGNMENT_MODES).default('manual'),
  /** Positions (or skills) eligible for automatic assignment; empty = everyone who can work requests. */
  positions: z.array(z.string().max(80)).default([]),
});
export type Assignment = z.output<typeof assignmentSchema>;
