// Configuring requests: ready templates, types with their workflows, custom
// fields, message templates, and each person's saved views.
import {assertCan, assertMember} from '../auth/can.ts';
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import {fieldOptionSchema} from '../workflow/fields.ts';
import {TEMPLATES} from '../workflow/templates/index.ts';
import {archiveArgs, installTemplateArgs, removeViewArgs, saveFieldArgs, saveMessageTemplateArgs, saveTypeArgs, saveViewArgs} from '../workflow/validation.ts';
import {assignmentSchema, localized, workflowSchema} from '../workflow/types.ts';
import {stepsSchema} from '../tasks/steps.ts';
import {dotMutator} from './define.ts';

const full = (l: {ru: string; kk?: string; en?: string}) => localized.parse(l);

export const requestConfigMutators = {
  /** Installs a ready template; what the company already has (by key) is kept as it is. */
  installTemplate: dotMutator(installTemplateArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.configure');
    const template = TEMPLATES[args.template as keyof typeof TEMPLATES];
    const types = await tx.run(companyRows('request_type', ctx));
    const hasDefault = types.some((t) => t.is_default && !t.archived_at);
    let position = types.reduce((m, t) => Math.max(m, t.position), 0);
    for (const type of template.types) {
      if (types.some((t) => t.key === type.key)) continue;
      const typeId = `${args.idSeed}:type:${type.key}`;
      position += 1;
      await tx.mutate.request_type.insert({
        id: typeId,
        company_id: ctx.companyID,
        key: type.key,
        name: full(type.name),
        workflow: workflowSchema.parse(type.workflow) as never,
        assignment: assignmentSchema.parse(type.assignment ?? {}) as never,
        steps: stepsSchema.parse(type.steps ?? []) as never,
        template: template.key,
        is_default: !hasDefault && !!type.isDefault,
        position,
        created_at: args.at,
        updated_at: args.at,
      });
      for (const [i, f] of type.fields.entries()) {
        await tx.mutate.field_def.insert({
          id: `${typeId}:field:${f.key}`,
          company_id: ctx.companyID,
          type_id: typeId,
          key: f.key,
          label: full(f.label),
          kind: f.kind,
          options: (f.options ?? []).map((o) => fieldOptionSchema.parse({key: o.key, label: full(o.label)})) as never,
          required: f.required ?? false,
          required_from: f.requiredFrom ?? null,
          help: f.help ? full(f.help) : {},
          position: i + 1,
          created_at: args.at,
          updated_at: args.at,
        });
      }
    }
    const roles = await tx.run(companyRows('role', ctx));
    for (const role of template.roles) {
      if (roles.some((r) => r.key === role.key)) continue;
      await tx.mutate.role.insert({
        id: `${args.idSeed}:role:${role.key}`,
        company_id: ctx.companyID,
        key: role.key,
        name: role.name.ru,
        permissions: [...role.permissions],
        is_system: false,
        created_at: args.at,
      });
    }
    const messages = await tx.run(companyRows('message_template', ctx));
    for (const [i, m] of template.messages.entries()) {
      if (messages.some((x) => x.key === m.key)) continue;
      await tx.mutate.message_template.insert({
        id: `${args.idSeed}:msg:${m.key}`,
        company_id: ctx.companyID,
        key: m.key,
        name: full(m.name),
        body: full(m.body),
        position: messages.length + i + 1,
        created_at: args.at,
      });
    }
  }),

  /**
   * Creates or changes a type. Changing its workflow never breaks a request:
   * one left in a removed status stays readable and is moved by hand.
   */
  saveType: dotMutator(saveTypeArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.configure');
    const types = await tx.run(companyRows('request_type', ctx));
    if (types.some((t) => t.key === args.key && t.id !== args.id)) {
      throw domainError('validation', {fields: [{field: 'key', code: 'v.taken'}]});
    }
    if (args.isDefault) {
      for (const t of types) if (t.is_default && t.id !== args.id) await tx.mutate.request_type.update({id: t.id, is_default: false});
    }
    const row = {
      key: args.key,
      name: args.name,
      workflow: args.workflow as never,
      assignment: args.assignment as never,
      is_default: args.isDefault,
      position: args.position,
      updated_at: args.at,
      ...(args.steps && {steps: args.steps as never}),
    };
    const existing = types.find((t) => t.id === args.id);
    if (existing) await tx.mutate.request_type.update({id: args.id, ...row});
    else await tx.mutate.request_type.insert({id: args.id, company_id: ctx.companyID, template: 'custom', created_at: args.at, steps: [], ...row});
  }),

  archiveType: dotMutator(archiveArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.configure');
    const type = await tx.run(companyRows('request_type', ctx).where('id', args.id).one());
    if (!type) throw domainError('not_found');
    await tx.mutate.request_type.update({id: args.id, archived_at: args.archived ? args.at : null, ...(args.archived && {is_default: false})});
  }),

  /** A field's kind is fixed once created: values already typed must keep their meaning. */
  saveField: dotMutator(saveFieldArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.configure');
    const type = await tx.run(companyRows('request_type', ctx).where('id', args.typeId).one());
    if (!type) throw domainError('not_found');
    const fields = await tx.run(companyRows('field_def', ctx).where('type_id', args.typeId));
    const existing = fields.find((f) => f.id === args.id);
    if (fields.some((f) => f.key === args.key && f.id !== args.id)) throw domainError('validation', {fields: [{field: 'key', code: 'v.taken'}]});
    if (existing && existing.kind !== args.kind) throw domainError('validation', {fields: [{field: 'kind', code: 'v.kindFixed'}]});
    const row = {
      key: args.key,
      label: args.label,
      kind: args.kind,
      options: args.options as never,
      required: args.required,
      required_from: args.requiredFrom,
      default_value: args.defaultValue as never,
      help: args.help,
      position: args.position,
      updated_at: args.at,
    };
    if (existing) await tx.mutate.field_def.update({id: args.id, ...row});
    else await tx.mutate.field_def.insert({id: args.id, company_id: ctx.companyID, type_id: args.typeId, created_at: args.at, ...row});
  }),

  /** Fields are archived, never dropped: old requests keep their values. */
  archiveField: dotMutator(archiveArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.configure');
    const field = await tx.run(companyRows('field_def', ctx).where('id', args.id).one());
    if (!field) throw domainError('not_found');
    await tx.mutate.field_def.update({id: args.id, archived_at: args.archived ? args.at : null});
  }),

  saveMessageTemplate: dotMutator(saveMessageTemplateArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.configure');
    const all = await tx.run(companyRows('message_template', ctx));
    if (all.some((m) => m.key === args.key && m.id !== args.id)) throw domainError('validation', {fields: [{field: 'key', code: 'v.taken'}]});
    const row = {key: args.key, name: args.name, body: args.body, position: args.position};
    if (all.some((m) => m.id === args.id)) await tx.mutate.message_template.update({id: args.id, ...row});
    else await tx.mutate.message_template.insert({id: args.id, company_id: ctx.companyID, created_at: args.at, ...row});
  }),

  archiveMessageTemplate: dotMutator(archiveArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.configure');
    const m = await tx.run(companyRows('message_template', ctx).where('id', args.id).one());
    if (!m) throw domainError('not_found');
    await tx.mutate.message_template.update({id: args.id, archived_at: args.archived ? args.at : null});
  }),

  saveView: dotMutator(saveViewArgs, async ({tx, args, ctx}) => {
    assertMember(ctx);
    const existing = await tx.run(companyRows('saved_view', ctx).where('id', args.id).one());
    if (existing && existing.member_id !== ctx.memberID) throw domainError('not_found');
    if (existing) await tx.mutate.saved_view.update({id: args.id, name: args.name, filters: args.filters as never});
    else {
      await tx.mutate.saved_view.insert({
        id: args.id,
        company_id: ctx.companyID,
        member_id: ctx.memberID,
        name: args.name,
        filters: args.filters as never,
        created_at: args.at,
      });
    }
  }),

  removeView: dotMutator(removeViewArgs, async ({tx, args, ctx}) => {
    assertMember(ctx);
    const existing = await tx.run(companyRows('saved_view', ctx).where('id', args.id).one());
    if (!existing) return;
    if (existing.member_id !== ctx.memberID) throw domainError('not_found');
    await tx.mutate.saved_view.delete({id: args.id});
  }),
};
