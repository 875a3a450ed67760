// Support access (issue 18): the owner lets the platform's support read the
// company's data for 1–72 hours, and can take it back at any time. The server
// counts the hours from its own clock, so a device's clock cannot stretch them.
import {assertCan} from '../auth/can.ts';
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import {grantArgs, revokeArgs} from '../support/validation.ts';
import {dotMutator} from './define.ts';

const HOUR = 3_600_000;

export const supportMutators = {
  grant: dotMutator(grantArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'company.manage');
    if (ctx.kind !== 'member') throw domainError('not_found');
    const at = tx.location === 'server' ? Date.now() : args.at;
    await tx.mutate.support_grant.insert({
      id: args.id,
      company_id: ctx.companyID,
      granted_by: ctx.memberID,
      created_at: at,
      expires_at: at + args.hours * HOUR,
      note: args.note ?? '',
    });
  }),

  revoke: dotMutator(revokeArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'company.manage');
    const row = await tx.run(companyRows('support_grant', ctx).where('id', args.id).one());
    if (!row) {
      if (tx.location === 'server') throw domainError('not_found');
      return;
    }
    if (row.revoked_at != null) return; // already revoked: nothing to do
    await tx.mutate.support_grant.update({id: args.id, revoked_at: tx.location === 'server' ? Date.now() : args.at});
  }),
};
