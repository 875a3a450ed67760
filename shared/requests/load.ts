// What a request write needs to know besides the request: its type's workflow
// and fields, the company's calendar (for SLA in working hours), and the
// snapshot the workflow guards look at. Read inside the write's transaction.
import type {Transaction} from '@rocicorp/zero';
import type {AuthContext} from '../auth/context.ts';
import {normalizeHours} from '../company/hours.ts';
import {companyRows} from '../queries/scope.ts';
import {zql} from '#schema/zero-schema.ts';
import type {RequestSnapshot} from '../workflow/engine.ts';
import {fieldDefsOf, workflowOf} from '../workflow/resolve.ts';
import {slaDueAt} from '../workflow/sla.ts';
import type {Workflow} from '../workflow/types.ts';
import {openRequiredTasks} from '../tasks/lifecycle.ts';

export async function loadType(tx: Transaction, ctx: AuthContext, typeId: string | null | undefined) {
  const type = typeId ? await tx.run(companyRows('request_type', ctx).where('id', typeId).one()) : undefined;
  // In the type's order, as the device lists them: the reasons a move is refused read the same on both.
  const fieldRows = type ? await tx.run(companyRows('field_def', ctx).where('type_id', type.id).orderBy('position', 'asc')) : [];
  return {type, workflow: workflowOf(type), fields: fieldDefsOf(fieldRows)};
}

/** The company's default request type (public form, API without a type). */
export async function defaultTypeId(tx: Transaction, ctx: AuthContext): Promise<string | null> {
  const rows = await tx.run(companyRows('request_type', ctx).where('is_default', true).where('archived_at', 'IS', null));
  return rows[0]?.id ?? null;
}

export async function snapshotOf(tx: Transaction, ctx: AuthContext, request: {id: string; status: string; fields: unknown}): Promise<RequestSnapshot> {
  const attachments = await tx.run(companyRows('attachment', ctx).where('entity', 'request').where('entity_id', request.id));
  const checklist = await tx.run(companyRows('checklist_item', ctx).where('request_id', request.id));
  // Every required task counts, also those the mover cannot see: the rule is the request's, not the reader's.
  const tasks = await tx.run(companyRows('task', ctx).where('request_id', request.id).where('required', true));
  return {
    status: request.status,
    fields: (request.fields ?? {}) as RequestSnapshot['fields'],
    attachmentKinds: attachments.map((a) => a.kind),
    checklist,
    openTasks: openRequiredTasks(tasks),
  };
}

/** When the time allowed in `status` ends, counted from `enteredAt` by the company's calendar. */
export async function dueAt(tx: Transaction, ctx: AuthContext, workflow: Workflow, status: string, enteredAt: number): Promise<number | null> {
  const hours = workflow.statuses.find((s) => s.key === status)?.slaHours;
  if (!hours) return null;
  const company = await tx.run(zql.company.where('id', ctx.companyID).one());
  const profile = await tx.run(companyRows('company_profile', ctx).one());
  return slaDueAt(enteredAt, hours, workflow.sla, {
    week: profile ? normalizeHours(profile.hours) : null,
    timeZone: company?.timezone ?? 'Asia/Almaty',
  });
}
