// Request writes. Each runs optimistically on the device and authoritatively on
// the server (same code); ids and timestamps come from the device so that a
// replay is harmless. Workflow rules come from shared/workflow: the device uses
// them to explain a disabled button, the server to refuse.
import type {Transaction} from '@rocicorp/zero';
import {zql} from '../../schema/zero-schema.ts';
import {assertCan} from '../auth/can.ts';
import type {AuthContext, MemberContext} from '../auth/context.ts';
import {domainError} from '../errors.ts';
import {linkClient} from '../crm/link.ts';
import {companyRows} from '../queries/scope.ts';
import {canReadAll} from '../requests/access.ts';
import {defaultTypeId, dueAt, loadType, snapshotOf} from '../requests/load.ts';
import {normalizeSource} from '../requests/source.ts';
import {
  acceptArgs,
  escalateArgs,
  addCommentArgs,
  checklistAddArgs,
  checklistRemoveArgs,
  checklistToggleArgs,
  createRequestArgs,
  moveOrphanArgs,
  setFieldsArgs,
  setResponsibleArgs,
  setStatusArgs,
  updateRequestArgs,
  watchArgs,
} from '../requests/validation.ts';
import {chooseAssignee} from '../workflow/assignment.ts';
import {checkMove, isOrphanStatus, requiredFieldsAt} from '../workflow/engine.ts';
import {memberRoles} from '../team/rules.ts';
import {validateCustomFields, type FieldDef} from '../workflow/fields.ts';
import {parseAssignment, workflowOf} from '../workflow/resolve.ts';
import type {Workflow} from '../workflow/types.ts';
import {dotMutator} from './define.ts';
import {mayAccept} from '../requests/acceptance.ts';

type RequestRow = NonNullable<Awaited<ReturnType<typeof loadRequest>>>;

async function loadRequest(tx: Transaction, ctx: AuthContext, id: string) {
  return tx.run(companyRows('request', ctx).where('id', id).related('watchers').one());
}

/** The request, if this person may see it; the one "not found" otherwise. */
async function requestFor(tx: Transaction, ctx: MemberContext, id: string): Promise<RequestRow> {
  const row = await loadRequest(tx, ctx, id);
  if (!row) throw domainError('not_found');
  if (!canReadAll(ctx)) {
    const mine = row.created_by === ctx.memberID || row.responsible_id === ctx.memberID || row.watchers.some((w) => w.member_id === ctx.memberID);
    if (!mine) throw domainError('not_found');
  }
  return row;
}

async function assertMember(tx: Transaction, ctx: AuthContext, memberId: string, field: string): Promise<void> {
  const m = await tx.run(companyRows('member', ctx).where('id', memberId).one());
  if (!m || !m.active) throw domainError('validation', {fields: [{field, code: 'v.invalid'}]});
}

function fieldIssuesOrThrow(defs: readonly FieldDef[], values: Record<string, unknown>, requiredNow: readonly FieldDef[]): void {
  const issues = validateCustomFields(defs, values, requiredNow);
  if (issues.length) throw domainError('validation', {fields: issues});
}

/** Open = the status is not of a done or cancelled kind in its own workflow. */
function isOpen(workflow: Workflow, status: string): boolean {
  const kind = workflow.statuses.find((s) => s.key === status)?.kind;
  return kind !== 'done' && kind !== 'cancelled';
}

/**
 * Server only: who a new request of an auto-assigning type goes to. Reads the
 * company's people and their open requests inside the write's transaction, so
 * two requests created at once are counted against each other.
 */
async function autoAssign(tx: Transaction, ctx: AuthContext, type: {id: string; assignment: unknown} | undefined): Promise<string | null> {
  if (!type || tx.location !== 'server') return null;
  const assignment = parseAssignment(type.assignment);
  if (assignment.mode === 'manual') return null;
  const roles = await tx.run(companyRows('role', ctx));
  const workers = new Set(roles.filter((r) => Array.isArray(r.permissions) && r.permissions.includes('requests.update')).map((r) => r.key));
  const people = (await tx.run(companyRows('member', ctx).where('active', true))).filter((m) => memberRoles(m).some((k) => workers.has(k)) || m.user_id === null);
  const assigned = await tx.run(companyRows('request', ctx).where('responsible_id', 'IS NOT', null).related('type'));
  const load = new Map<string, number>();
  const lastOfType = new Map<string, number>();
  for (const r of assigned) {
    if (isOpen(workflowOf(r.type), r.status)) load.set(r.responsible_id!, (load.get(r.responsible_id!) ?? 0) + 1);
    if (r.type_id === type.id) lastOfType.set(r.responsible_id!, Math.max(lastOfType.get(r.responsible_id!) ?? 0, r.created_at));
  }
  // "In turn" without stored state: whoever of this type's pool got one longest ago goes next.
  const candidates = people.map((p) => ({id: p.id, position: p.position, skills: Array.isArray(p.skills) ? p.skills : []}));
  if (assignment.mode === 'round_robin') {
    const byTurn = [...candidates].sort((a, b) => (lastOfType.get(a.id) ?? 0) - (lastOfType.get(b.id) ?? 0) || (a.id < b.id ? -1 : 1));
    return chooseAssignee(assignment, byTurn, load, -1)?.memberId ?? null;
  }
  return chooseAssignee(assignment, candidates, load, -1)?.memberId ?? null;
}

/** What a request write did, for the server's effects (nothing for a replay). */
export type RequestOutcome = {responsibleId?: string | null; mentions?: number} | undefined;

export const requestMutators = {
  create: dotMutator(createRequestArgs, async ({tx, args, ctx}) => {
    if (ctx.kind !== 'public') assertCan(ctx, 'requests.create');
    const existing = await tx.run(zql.request.where('id', args.id).one());
    if (existing) {
      // The same id twice is a replay of this very write, unless it is another company's row.
      if (existing.company_id !== ctx.companyID) throw domainError('not_found');
      return;
    }
    const typeId = args.typeId ?? (await defaultTypeId(tx, ctx));
    const {type, workflow, fields} = await loadType(tx, ctx, typeId);
    if (typeId && (!type || type.archived_at)) throw domainError('validation', {fields: [{field: 'typeId', code: 'v.invalid'}]});
    // A customer on the public form fills only name, phone and text; staff complete the rest.
    // Files come after the request exists (they attach to it), so a required files field is asked for on the card.
    const requiredNow = ctx.kind === 'member' ? fields.filter((f) => f.required && !f.archived && f.kind !== 'files') : [];
    fieldIssuesOrThrow(fields, args.fields, requiredNow);
    if (args.responsibleId) await assertMember(tx, ctx, args.responsibleId, 'responsibleId');
    for (const w of args.watchers) await assertMember(tx, ctx, w, 'watchers');
    // Only the server surely holds the catalog; an unknown item is dropped, not refused.
    let catalogItemId = args.catalogItemId ?? null;
    if (catalogItemId && tx.location === 'server' && !(await tx.run(companyRows('catalog_item', ctx).where('id', catalogItemId).one()))) {
      catalogItemId = null;
    }
    const responsible = args.responsibleId ?? (await autoAssign(tx, ctx, type));
    const status = workflow.initial;
    const source = ctx.kind === 'public' ? normalizeSource(args.source) : normalizeSource(args.source, 'manual');
    await tx.mutate.request.insert({
      id: args.id,
      company_id: ctx.companyID,
      type_id: type?.id ?? null,
      title: args.title,
      client_name: args.clientName,
      client_phone: args.clientPhone,
      client_email: args.clientEmail,
      text: args.text,
      source,
      status,
      priority: ctx.kind === 'public' ? 'medium' : args.priority,
      deadline: args.deadline ?? null,
      responsible_id: responsible,
      department: args.department,
      fields: args.fields,
      status_since: args.createdAt,
      sla_due_at: await dueAt(tx, ctx, workflow, status, args.createdAt),
      created_by: ctx.kind === 'member' ? ctx.memberID : undefined,
      created_at: args.createdAt,
      updated_at: args.createdAt,
      catalog_item_id: catalogItemId,
      // CRM: the client this request is from, found or made (shared/crm/link.ts).
      client_id: await linkClient(tx, ctx, {seedId: args.id, name: args.clientName, phone: args.clientPhone, email: args.clientEmail, source, at: args.createdAt}),
    });
    for (const memberId of new Set(args.watchers)) {
      await tx.mutate.request_watcher.insert({
        id: `${args.id}:${memberId}`,
        company_id: ctx.companyID,
        request_id: args.id,
        member_id: memberId,
        created_at: args.createdAt,
      });
    }
    return {responsibleId: responsible ?? null} satisfies RequestOutcome;
  }),

  // Free text is last-writer-wins; the audit log keeps every overwritten value.
  update: dotMutator(updateRequestArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.update');
    await requestFor(tx, ctx, args.id);
    const {id, title, clientName, clientPhone, clientEmail, text, priority, deadline, department} = args;
    await tx.mutate.request.update({
      id,
      ...(title !== undefined && {title}),
      ...(clientName !== undefined && {client_name: clientName}),
      ...(clientPhone !== undefined && {client_phone: clientPhone}),
      ...(clientEmail !== undefined && {client_email: clientEmail}),
      ...(text !== undefined && {text}),
      ...(priority !== undefined && {priority}),
      ...(deadline !== undefined && {deadline}),
      ...(department !== undefined && {department}),
    });
  }),

  /** Custom field values, merged into what is there (null clears a field). */
  setFields: dotMutator(setFieldsArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.update');
    const row = await requestFor(tx, ctx, args.id);
    const {fields, workflow} = await loadType(tx, ctx, row.type_id);
    const merged: Record<string, unknown> = {...(row.fields as Record<string, unknown>)};
    for (const [k, v] of Object.entries(args.fields)) {
      if (v === null) delete merged[k];
      else merged[k] = v;
    }
    // Clearing a field the current status requires is refused; other fields are checked for shape only.
    const changed = Object.keys(args.fields);
    const requiredHere = requiredFieldsAt(workflow, fields, row.status).filter((f) => changed.includes(f.key));
    const shape = Object.fromEntries(changed.filter((k) => merged[k] !== undefined).map((k) => [k, merged[k]]));
    fieldIssuesOrThrow(fields, shape, requiredHere);
    await tx.mutate.request.update({id: args.id, fields: merged as never});
  }),

  setResponsible: dotMutator(setResponsibleArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.update');
    await requestFor(tx, ctx, args.id);
    if (args.responsibleId) await assertMember(tx, ctx, args.responsibleId, 'responsibleId');
    // A new responsible person has to accept an urgent request anew.
    await tx.mutate.request.update({id: args.id, responsible_id: args.responsibleId, accepted_at: null, accepted_by: null});
    return {responsibleId: args.responsibleId ?? null} satisfies RequestOutcome;
  }),

  // A status change is checked against the state the user saw (`from`): if a
  // colleague moved the request meanwhile, this write is a conflict, not an
  // overwrite. Then the workflow: the move must exist, the person's role must be
  // allowed to make it, and its guards must pass.
  setStatus: dotMutator(setStatusArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.update');
    const row = await requestFor(tx, ctx, args.id);
    if (row.status === args.to) return;
    if (row.status !== args.from) {
      throw domainError('conflict', {field: 'status', current: row.status, attempted: args.to});
    }
    const {workflow, fields} = await loadType(tx, ctx, row.type_id);
    const snapshot = await snapshotOf(tx, ctx, row);
    const blockers = checkMove(workflow, fields, snapshot, ctx, args.to, args.comment);
    if (blockers.some((b) => b.kind === 'no_such_move')) {
      throw domainError('invalid_transition', {field: 'status', current: row.status, attempted: args.to});
    }
    if (blockers.length) throw domainError('blocked', {blockers});
    await tx.mutate.request.update({
      id: args.id,
      status: args.to,
      status_since: args.at,
      sla_due_at: await dueAt(tx, ctx, workflow, args.to, args.at),
      escalated_at: null,
    });
    if (args.comment?.trim()) {
      await tx.mutate.request_comment.insert({
        id: args.commentId ?? `${args.id}:${args.at}`,
        company_id: ctx.companyID,
        request_id: args.id,
        author_id: ctx.memberID,
        body: args.comment.trim(),
        created_at: args.at,
        mentions: [],
      });
    }
  }, {conflict: 'resend-over', rebase: (args, details) => (typeof details.current === 'string' ? {...args, from: details.current} : null)}),

  /** A status the edited workflow no longer has is left by hand, to any status it has. */
  moveOrphan: dotMutator(moveOrphanArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.update');
    const row = await requestFor(tx, ctx, args.id);
    const {workflow} = await loadType(tx, ctx, row.type_id);
    if (!isOrphanStatus(workflow, row.status) || !workflow.statuses.some((s) => s.key === args.to)) {
      throw domainError('invalid_transition', {field: 'status', current: row.status, attempted: args.to});
    }
    await tx.mutate.request.update({id: args.id, status: args.to, status_since: args.at, sla_due_at: await dueAt(tx, ctx, workflow, args.to, args.at)});
  }),

  /** The responsible person confirms they took an urgent request (S1 §6). */
  accept: dotMutator(acceptArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.update');
    const row = await requestFor(tx, ctx, args.id);
    if (row.accepted_at) return; // a replay, or already accepted on another device
    if (!mayAccept(row, ctx.memberID)) throw domainError('forbidden_state', {messageKey: 'requests.acceptOnlyResponsible'});
    await tx.mutate.request.update({id: args.id, accepted_at: args.at, accepted_by: ctx.memberID});
  }),

  /**
   * Marks an overdue request escalated. Only the server's own SLA job does
   * this; it is a no-op when the request has left that deadline behind (moved
   * on, or escalated already), so a job run twice changes nothing twice.
   */
  escalate: dotMutator(escalateArgs, async ({tx, args, ctx}) => {
    if (ctx.kind !== 'system') throw domainError('not_found');
    const row = await tx.run(companyRows('request', ctx).where('id', args.id).one());
    if (!row || row.escalated_at || row.sla_due_at !== args.dueAt) return;
    await tx.mutate.request.update({id: args.id, escalated_at: args.at});
  }),

  addComment: dotMutator(addCommentArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.comment');
    await requestFor(tx, ctx, args.requestId);
    const existing = await tx.run(zql.request_comment.where('id', args.id).one());
    if (existing) {
      if (existing.company_id !== ctx.companyID) throw domainError('not_found');
      return;
    }
    for (const m of args.mentions) await assertMember(tx, ctx, m, 'mentions');
    await tx.mutate.request_comment.insert({
      id: args.id,
      company_id: ctx.companyID,
      request_id: args.requestId,
      author_id: ctx.memberID,
      body: args.body,
      created_at: args.createdAt,
      mentions: [...new Set(args.mentions)],
    });
    return {mentions: args.mentions.length} satisfies RequestOutcome;
  }),

  watch: dotMutator(watchArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.comment');
    await requestFor(tx, ctx, args.requestId);
    const id = `${args.requestId}:${args.memberId}`;
    const existing = await tx.run(companyRows('request_watcher', ctx).where('id', id).one());
    if (args.watching && !existing) {
      await assertMember(tx, ctx, args.memberId, 'memberId');
      await tx.mutate.request_watcher.insert({id, company_id: ctx.companyID, request_id: args.requestId, member_id: args.memberId, created_at: args.at});
    } else if (!args.watching && existing) {
      await tx.mutate.request_watcher.delete({id});
    }
  }),

  checklistAdd: dotMutator(checklistAddArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.update');
    await requestFor(tx, ctx, args.requestId);
    if (await tx.run(companyRows('checklist_item', ctx).where('id', args.id).one())) return;
    await tx.mutate.checklist_item.insert({
      id: args.id,
      company_id: ctx.companyID,
      request_id: args.requestId,
      text: args.text,
      done: false,
      position: args.position,
      created_at: args.createdAt,
    });
  }),

  checklistToggle: dotMutator(checklistToggleArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.update');
    const item = await tx.run(companyRows('checklist_item', ctx).where('id', args.id).one());
    if (!item) throw domainError('not_found');
    await requestFor(tx, ctx, item.request_id);
    await tx.mutate.checklist_item.update({id: args.id, done: args.done, done_by: args.done ? ctx.memberID : null});
  }),

  checklistRemove: dotMutator(checklistRemoveArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.update');
    const item = await tx.run(companyRows('checklist_item', ctx).where('id', args.id).one());
    if (!item) return;
    await requestFor(tx, ctx, item.request_id);
    await tx.mutate.checklist_item.delete({id: args.id});
  }),
};

