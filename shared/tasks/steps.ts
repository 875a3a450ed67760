// A request type's step template (T1): the tasks a request gets when it
// enters a status — who does each (a role or a person; nobody named: the
// request's responsible), how long it may take once it can start, whether a
// result is required, which earlier steps it waits on, and which of the
// request's fields its doer needs to see. Saved with the type; checked here.
//
// The tasks' ids derive from the request and the step (crm/ids.ts), so the
// device and the server make the same rows, a replayed move makes none twice,
// and a request that comes back to the status (after rework) keeps its tasks.
import {z} from 'zod';
import {derivedId} from '../crm/ids.ts';
import {localized, type Localized} from '../workflow/types.ts';

const stepKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'v.invalid');

export const stepSchema = z.object({
  key: stepKey,
  title: localized.refine((l) => l.ru.trim() !== '', {message: 'v.required', path: ['ru']}),
  /** The request status whose entry makes this task. */
  onStatus: z.string().max(40),
  /** A role key: the least loaded active member holding it gets the task. */
  role: z.string().max(40).default(''),
  /** Or one person. */
  memberId: z.string().max(64).nullable().default(null),
  /** Hours allowed once the task can start (its blockers done); none: no deadline. */
  durationHours: z
    .number()
    .positive()
    .max(24 * 365)
    .nullable()
    .default(null),
  resultRequired: z.boolean().default(false),
  /** The request cannot be done while this task is open (with the workflow's tasks_done guard). */
  required: z.boolean().default(true),
  /** Keys of earlier steps this one starts after. */
  dependsOn: z.array(stepKey).max(20).default([]),
  /** Keys of the request's fields the doer needs (copied onto the task: a contractor sees these only). */
  fields: z.array(z.string().max(60)).max(30).default([]),
});
export type Step = z.output<typeof stepSchema>;

/** Dependencies point only at earlier steps, so a template can never hold a cycle. */
export const stepsSchema = z
  .array(stepSchema)
  .max(40)
  .superRefine((steps, ctx) => {
    const seen = new Set<string>();
    for (const [i, s] of steps.entries()) {
      if (seen.has(s.key)) ctx.addIssue({code: 'custom', message: 'v.taken', path: [i, 'key']});
      for (const d of s.dependsOn) if (!seen.has(d)) ctx.addIssue({code: 'custom', message: 'tasks.step.dependsLater', path: [i, 'dependsOn']});
      seen.add(s.key);
    }
  });

/** A stored template; one that no longer parses makes no tasks rather than wrong ones. */
export function parseSteps(raw: unknown): Step[] {
  const r = stepsSchema.safeParse(raw ?? []);
  return r.success ? r.data : [];
}

export function stepTaskId(requestId: string, key: string): string {
  return derivedId(requestId, `task:${key}`);
}

export type StepTask = {
  readonly id: string;
  readonly step: Step;
  readonly title: Localized;
  /** Ids of the tasks it waits on (those of its dependsOn steps). */
  readonly blockerIds: readonly string[];
};

/** The tasks a request gets on entering `status`, in template order. */
export function tasksOnEntering(steps: readonly Step[], requestId: string, status: string): StepTask[] {
  return steps
    .filter((s) => s.onStatus === status)
    .map((step) => ({id: stepTaskId(requestId, step.key), step, title: step.title, blockerIds: step.dependsOn.map((d) => stepTaskId(requestId, d))}));
}
