// How far a person's sight goes in a module whose records belong to people
// (conversations, tasks, meetings): every record of the company, only their
// own, or none. The server's own jobs see all. Each module says which
// permission grants which; its access.ts turns the reach into a query.
import type {AuthContext} from './context.ts';
import type {Permission} from './permissions.ts';

export type Reach = {readonly kind: 'all'} | {readonly kind: 'own'; readonly memberId: string} | {readonly kind: 'none'};

export function reachOf(ctx: AuthContext | undefined, all: Permission, own: readonly Permission[]): Reach {
  if (ctx?.kind === 'system') return {kind: 'all'};
  if (ctx?.kind !== 'member') return {kind: 'none'};
  if (ctx.permissions.includes(all)) return {kind: 'all'};
  if (own.some((p) => ctx.permissions.includes(p))) return {kind: 'own', memberId: ctx.memberID};
  return {kind: 'none'};
}
