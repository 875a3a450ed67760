import {describe, expect, it} from 'vitest';
import {SYSTEM_ROLE_PERMISSIONS} from '../auth/permissions.ts';
import {ROLE_TEMPLATES} from '../auth/templates.ts';
import {defaultRole, executorRole, grantableRoles, isOwnerLevel, mayEditRole, mayGrant, stepRoles, unionOfRoles, wouldRemoveLastOwner} from './rules.ts';

const roles = [
  ...Object.entries(SYSTEM_ROLE_PERMISSIONS).map(([key, permissions]) => ({key, permissions: [...permissions], is_system: true})),
  ...ROLE_TEMPLATES.map((t) => ({key: t.key, permissions: [...t.permissions], is_system: false})),
];
const members = [
  {id: 'a', role: 'owner', roles: ['owner'], active: true},
  {id: 'b', role: 'head', roles: ['head', 'finance'], active: true},
];

describe('team rules by permission, not by role name', () => {
  it('owner-level means holding team.owners, whatever the role is called', () => {
    expect(isOwnerLevel(members[0]!, roles)).toBe(true);
    expect(isOwnerLevel(members[1]!, roles)).toBe(false);
    const renamed = [...roles, {key: 'founder', permissions: ['team.owners']}];
    expect(isOwnerLevel({role: 'x', roles: ['executor', 'founder']}, renamed)).toBe(true);
    expect(isOwnerLevel({role: 'founder'}, renamed)).toBe(true);
  });

  it('never leaves a company without an active owner-level member', () => {
    expect(wouldRemoveLastOwner(members, roles, 'a', {active: false})).toBe(true);
    expect(wouldRemoveLastOwner(members, roles, 'a', {roles: ['admin']})).toBe(true);
    expect(wouldRemoveLastOwner(members, roles, 'a', {roles: ['admin', 'owner']})).toBe(false);
    expect(wouldRemoveLastOwner(members, roles, 'b', {roles: ['owner']})).toBe(false);
    // A role edit that takes team.owners from the only owner-level role.
    const edited = roles.map((r) => (r.key === 'owner' ? {...r, permissions: r.permissions.filter((p) => p !== 'team.owners')} : r));
    expect(wouldRemoveLastOwner(members, edited, null, {})).toBe(true);
  });

  it('a member with two roles may do what either allows', () => {
    const union = unionOfRoles(['head', 'finance'], roles);
    expect(union).toEqual(expect.arrayContaining(['requests.escalations', 'requests.configure', 'requests.update']));
    expect(unionOfRoles(['contractor', 'executor'], roles)).toEqual(expect.arrayContaining(['requests.read', 'requests.read_own']));
  });

  it('offers owner-level roles only to whoever holds team.owners, and picks defaults by permissions', () => {
    expect(grantableRoles(roles, {permissions: ['team.manage']}).map((r) => r.key)).not.toContain('owner');
    expect(grantableRoles(roles, {permissions: ['team.manage', 'team.owners']}).map((r) => r.key)).toContain('owner');
    expect(defaultRole(roles)?.key).toBe('staff');
    expect(executorRole(roles)?.key).toBe('executor');
    expect(executorRole(roles.filter((r) => r.is_system))?.key).toBe('staff');
    expect(stepRoles(roles).map((r) => r.key)).not.toContain('owner');
  });

  it('lets an admin edit only roles that are not owner-level, and grant only what they hold', () => {
    const admin = {permissions: ['team.manage', 'requests.read'] as const};
    const owner = {permissions: ['team.manage', 'team.owners'] as const};
    expect(mayEditRole(admin, ['requests.read'])).toBe(true);
    expect(mayEditRole(admin, ['team.owners'])).toBe(false);
    expect(mayEditRole(owner, ['team.owners'])).toBe(true);
    expect(mayGrant(admin, 'requests.read')).toBe(true);
    expect(mayGrant(admin, 'clients.export')).toBe(false);
    expect(mayGrant(owner, 'clients.export')).toBe(true);
  });
});
