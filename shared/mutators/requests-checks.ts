// What every request write checks first: that the person may see the request
// (the one "not found" otherwise), that a named colleague is an active member,
// and that custom field values fit their definitions. And what a request write
// tells the server's effects it did.
import type {Transaction} from '@rocicorp/zero';
import type {AuthContext, MemberContext} from '../auth/context.ts';
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import {mayReadRequest} from '../requests/access.ts';
import {validateCustomFields, type FieldDef} from '../workflow/fields.ts';

/** What a request write did, for the server's effects (nothing for a replay). */
export type RequestOutcome = {responsibleId?: string | null; mentions?: number} | undefined;

export type RequestRow = NonNullable<Awaited<ReturnType<typeof loadRequest>>>;

async function loadRequest(tx: Transaction, ctx: AuthContext, id: string) {
  return tx.run(companyRows('request', ctx).where('id', id).related('watchers').one());
}

/** The request, if this person may see it; the one "not found" otherwise. */
export async function requestFor(tx: Transaction, ctx: MemberContext, id: string): Promise<RequestRow> {
  const row = await loadRequest(tx, ctx, id);
  if (!row || !mayReadRequest(ctx, row)) throw domainError('not_found');
  return row;
}

export async function assertMember(tx: Transaction, ctx: AuthContext, memberId: string, field: string): Promise<void> {
  const m = await tx.run(companyRows('member', ctx).where('id', memberId).one());
  if (!m || !m.active) throw domainError('validation', {fields: [{field, code: 'v.invalid'}]});
}

export function fieldIssuesOrThrow(defs: readonly FieldDef[], values: Record<string, unknown>, requiredNow: readonly FieldDef[]): void {
  const issues = validateCustomFields(defs, values, requiredNow);
  if (issues.length) throw domainError('validation', {fields: issues});
}
