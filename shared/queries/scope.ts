// Every tenant-scoped read starts from companyRows(), so no query can forget the
// company filter; sync-server/tenancy.pg.test.ts proves the scoping for each named query.
import type {Query} from '@rocicorp/zero';
import {zql, type Schema} from '#schema/zero-schema.ts';
import type {AuthContext} from '../auth/context.ts';
import type {Permission} from '../auth/permissions.ts';
import {tableHiddenByModule} from '../company/module-access.ts';

type Tables = Schema['tables'];
export type CompanyTable = {
  [K in keyof Tables]: 'company_id' extends keyof Tables[K]['columns'] ? K : never;
}[keyof Tables] &
  string;

// Zero's typed `where` cannot see that every CompanyTable has company_id when
// the table is generic; this one view of the builder is the only cast.
type Filterable<Q> = {
  where(column: 'company_id', value: string): Q;
  where(column: 'company_id', op: 'IS', value: null): Q;
};

/** Rows of the caller's company only; none at all without a context or the permission. */
export function companyRows<T extends CompanyTable>(table: T, ctx: AuthContext | undefined, permission?: Permission): Query<T, Schema> {
  const q = zql[table] as unknown as Filterable<Query<T, Schema>>;
  // Server jobs act for the company itself; a member needs the permission asked for.
  const allowed =
    ctx && (!permission || ctx.kind === 'system' || (ctx.kind === 'member' && ctx.permissions.includes(permission))) && !tableHiddenByModule(table, ctx); // a switched-off module's own tables (module-access.ts)
  // company_id is never null, so this matches nothing — on the device and in SQL alike.
  if (!allowed) return q.where('company_id', 'IS', null);
  return q.where('company_id', ctx.companyID);
}
