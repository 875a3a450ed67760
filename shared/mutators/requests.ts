// Request writes. Each runs optimistically on the device and authoritatively on
// the server (same code); ids and timestamps come from the device so that a
// replay is harmless. Workflow rules come from shared/workflow: the device uses
// them to explain a disabled button, the server to refuse. This file holds the
// request itself (create, details, fields, responsible, status, acceptance,
// escalation); its comments and watchers and its checklist are beside it.
import {zql} from '#schema/zero-schema.ts';
import {assertCan} from '../auth/can.ts';
import {domainError} from '../errors.ts';
import {linkClient} from '../crm/link.ts';
import {companyRows} from '../queries/scope.ts';
import {mayAccept} from '../requests/acceptance.ts';
import {defaultTypeId, dueAt, loadType, snapshotOf} from '../requests/load.ts';
import {normalizeSource} from '../requests/source.ts';
import {
  acceptArgs,
  escalateArgs,
  createRequestShape,
  hasSubjectOrText,
  moveOrphanArgs,
  setFieldsArgs,
  setResponsibleArgs,
  setStatusArgs,
  updateRequestArgs,
} from '../requests/validation.ts';
import {checkMove, isOrphanStatus, requiredFieldsAt} from '../workflow/engine.ts';
import {dotMutator} from './define.ts';
import {autoAssign} from './requests-assign.ts';
import {cancelOpenTasks, makeStepTasks} from './tasks-steps.ts';
import {assertMember, fieldIssuesOrThrow, requestFor, type RequestOutcome} from './requests-checks.ts';
import {requestChecklistMutators} from './requests-checklist.ts';
import {requestCommentMutators} from './requests-comments.ts';

export type {RequestOutcome} from './requests-checks.ts';

export const requestMutators = {
  create: dotMutator(createRequestShape, async ({tx, args, ctx}) => {
    if (ctx.kind !== 'public') assertCan(ctx, 'requests.create');
    if (!hasSubjectOrText(args)) throw domainError('validation', {fields: [{field: 'text', code: 'v.required'}]});
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
    const given = args.source ?? 'manual';
    const source = ctx.kind === 'public' ? normalizeSource(given) : normalizeSource(given, 'manual');
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
      client_id: await linkClient(tx, ctx, {
        seedId: args.id,
        name: args.clientName,
        phone: args.clientPhone,
        email: args.clientEmail,
        source,
        at: args.createdAt,
      }),
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
    // A template's steps for the first status (most name a later one).
    await makeStepTasks(
      tx,
      ctx,
      {id: args.id, title: args.title, fields: args.fields, responsible_id: responsible, priority: args.priority},
      type,
      fields,
      status,
      args.createdAt,
    );
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
  setStatus: dotMutator(
    setStatusArgs,
    async ({tx, args, ctx}) => {
      assertCan(ctx, 'requests.update');
      const row = await requestFor(tx, ctx, args.id);
      if (row.status === args.to) return;
      if (row.status !== args.from) {
        throw domainError('conflict', {field: 'status', current: row.status, attempted: args.to});
      }
      const {type, workflow, fields} = await loadType(tx, ctx, row.type_id);
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
      await makeStepTasks(tx, ctx, row, type, fields, args.to, args.at);
      if (workflow.statuses.find((s) => s.key === args.to)?.kind === 'cancelled') await cancelOpenTasks(tx, ctx, row.id, args.at);
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
    },
    {conflict: 'resend-over', rebase: (args, details) => (typeof details.current === 'string' ? {...args, from: details.current} : null)},
  ),

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

  ...requestCommentMutators,
  ...requestChecklistMutators,
};
