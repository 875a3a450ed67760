// Team rules that both the device (to grey out a control) and the server
// (to refuse) apply. "Owner-level" is not a role's name: it is a role holding
// `team.owners`, the power to grant and withdraw such roles.
import type {MemberContext} from '../auth/context.ts';

type MemberLike = {id: string; role: string; roles?: readonly string[] | null; active: boolean};
type RoleLike = {key: string; permissions: unknown};

/** Every role key a member row holds (older rows: just `role`). */
export function memberRoles(m: {role: string; roles?: readonly string[] | null}): readonly string[] {
  return Array.isArray(m.roles) && m.roles.length ? m.roles : [m.role];
}

function permissionsOf(role: RoleLike): readonly string[] {
  return Array.isArray(role.permissions) ? (role.permissions as string[]) : [];
}

/** Keys of the roles that carry owner-level power. */
export function ownerLevelKeys(roles: readonly RoleLike[]): Set<string> {
  return new Set(roles.filter((r) => permissionsOf(r).includes('team.owners')).map((r) => r.key));
}

export function isOwnerLevel(m: {role: string; roles?: readonly string[] | null}, roles: readonly RoleLike[]): boolean {
  const keys = ownerLevelKeys(roles);
  return memberRoles(m).some((k) => keys.has(k));
}

/** Granting, withdrawing or touching an owner-level role (or person) takes `team.owners`. */
export function mayTouchOwnerLevel(ctx: Pick<MemberContext, 'permissions'>): boolean {
  return ctx.permissions.includes('team.owners');
}

/** Owner-level roles are the owners' business: anyone else may edit only a role that is not owner-level. */
export function mayEditRole(ctx: Pick<MemberContext, 'permissions'>, rolePermissions: readonly string[]): boolean {
  return mayTouchOwnerLevel(ctx) || !rolePermissions.includes('team.owners');
}

/** Nobody gives a role (or adopts a template with) a permission they lack themselves, unless they hold owner-level power. */
export function mayGrant(ctx: Pick<MemberContext, 'permissions'>, permission: string): boolean {
  return mayTouchOwnerLevel(ctx) || (ctx.permissions as readonly string[]).includes(permission);
}

/** A company never loses its last active owner-level member, by role change, role edit or deactivation. */
export function wouldRemoveLastOwner(
  members: readonly MemberLike[],
  roles: readonly RoleLike[],
  memberId: string | null,
  change: {roles?: readonly string[]; active?: boolean},
): boolean {
  const keys = ownerLevelKeys(roles);
  const after = members.map((m) => (m.id === memberId ? {...m, ...change} : m));
  return !after.some((m) => m.active && memberRoles(m).some((k) => keys.has(k)));
}

/** The union of the permissions of the given roles. */
export function unionOfRoles(keys: readonly string[], roles: readonly RoleLike[]): string[] {
  const out = new Set<string>();
  for (const r of roles) if (keys.includes(r.key)) for (const p of permissionsOf(r)) out.add(p);
  return [...out];
}

type RoleRowLike = RoleLike & {is_system?: boolean};

/** The roles someone may give: owner-level ones only by whoever holds `team.owners`. */
export function grantableRoles<R extends RoleLike>(roles: readonly R[], ctx: Pick<MemberContext, 'permissions'>): R[] {
  const owners = ownerLevelKeys(roles);
  return roles.filter((r) => !owners.has(r.key) || mayTouchOwnerLevel(ctx));
}

const byFewestPermissions = (a: RoleLike, b: RoleLike) => permissionsOf(a).length - permissionsOf(b).length;

/** The least-privileged system role: what a newcomer gets unless someone picks otherwise. */
export function defaultRole<R extends RoleRowLike>(roles: readonly R[]): R | undefined {
  return [...roles].filter((r) => r.is_system).sort(byFewestPermissions)[0];
}

/** For people who do not sign in (executors from a spreadsheet): the narrowest role that sees and works on requests, never owner-level. */
export function executorRole<R extends RoleRowLike>(roles: readonly R[]): R | undefined {
  const owners = ownerLevelKeys(roles);
  const workers = roles.filter((r) => !owners.has(r.key) && permissionsOf(r).includes('requests.read') && permissionsOf(r).includes('requests.update'));
  return [...workers].sort(byFewestPermissions)[0] ?? defaultRole(roles.filter((r) => !owners.has(r.key)));
}

/** Roles a workflow step may name: not those that may move any request anyway (`requests.override`). */
export function stepRoles<R extends RoleLike>(roles: readonly R[]): R[] {
  return roles.filter((r) => !permissionsOf(r).includes('requests.override'));
}
