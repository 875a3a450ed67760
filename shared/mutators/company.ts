// Company writes: the profile of the mini-site, what it shows, which modules
// are on, and its address (slug). The profile row exists from sign-up on (a
// database trigger makes it), so these only update.
import {dotMutator} from './define.ts';
import {zql} from '#schema/zero-schema.ts';
import {assertCan} from '../auth/can.ts';
import type {MemberContext} from '../auth/context.ts';
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import {RESERVED_SLUGS} from '../slug.ts';
import {setModulesArgs, setSlugArgs, setVisibilityArgs, updateProfileArgs} from '../company/validation.ts';
import {sqlOf, type ServerOrClientTx} from './tx.ts';
import {MODULES} from '../company/modules.ts';
import {assertModulesOnPlan} from '../platform/limits.ts';

/** The caller's profile row; on the device a row not yet synced is left to the server to judge. */
async function profileOf(tx: ServerOrClientTx, ctx: MemberContext) {
  const row = await tx.run(companyRows('company_profile', ctx).where('id', ctx.companyID).one());
  if (!row && tx.location === 'server') throw domainError('not_found');
  return row;
}

export const companyMutators = {
  updateProfile: dotMutator(updateProfileArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'site.manage');
    if (!(await profileOf(tx, ctx))) return;
    const {name, description, activities, services, phones, email, address, mapUrl, social, whatsapp, telegram, vk, hours, tr} = args;
    if (name !== undefined) await tx.mutate.company.update({id: ctx.companyID, name});
    await tx.mutate.company_profile.update({
      id: ctx.companyID,
      ...(description !== undefined && {description}),
      ...(activities !== undefined && {activities}),
      ...(services !== undefined && {services}),
      ...(phones !== undefined && {phones}),
      ...(email !== undefined && {email}),
      ...(address !== undefined && {address}),
      ...(mapUrl !== undefined && {map_url: mapUrl}),
      ...(social !== undefined && {social: Object.fromEntries(Object.entries(social).filter(([, v]) => v))}),
      ...(whatsapp !== undefined && {whatsapp}),
      ...(telegram !== undefined && {telegram}),
      ...(vk !== undefined && {vk}),
      ...(hours !== undefined && {hours}),
      ...(tr !== undefined && {tr}),
    });
  }),

  setVisibility: dotMutator(setVisibilityArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'site.manage');
    const row = await profileOf(tx, ctx);
    if (!row) return;
    await tx.mutate.company_profile.update({
      id: ctx.companyID,
      ...(args.blocks && {public_blocks: {...row.public_blocks, ...args.blocks}}),
      ...(args.locales && {public_locales: [...new Set(args.locales)]}),
      ...(args.catalogMode && {catalog_mode: args.catalogMode}),
    });
  }),

  // Modules change what every member of the company sees: the owner decides.
  setModules: dotMutator(setModulesArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'company.manage');
    const row = await profileOf(tx, ctx);
    if (!row) return;
    // A module the plan lacks is refused in words (the database would keep it off anyway, migration 0802).
    const on = MODULES.filter((m) => args.modules[m] === true);
    if (tx.location === 'server') await assertModulesOnPlan(sqlOf(tx), ctx.companyID, on);
    await tx.mutate.company_profile.update({id: ctx.companyID, modules: {...row.modules, ...args.modules}});
  }),

  // The old slug stays the company's forever (a trigger records it), and
  // /c/<old>/… redirects; a slug another company ever had is refused.
  setSlug: dotMutator(setSlugArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'company.manage');
    const taken = () => domainError('validation', {fields: [{field: 'slug', code: 'v.slugTaken'}]});
    if (RESERVED_SLUGS.has(args.slug)) throw taken();
    if (tx.location === 'server') {
      const owner = await tx.run(zql.company_slug.where('id', args.slug).one());
      if (owner && owner.company_id !== ctx.companyID) throw taken();
    }
    await tx.mutate.company.update({id: ctx.companyID, slug: args.slug});
  }),
};
