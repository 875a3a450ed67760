// Who is signed in on this device. Kept in localStorage so that the app starts
// (and shows the local replica) with no network. The secret stays in the
// httpOnly cookie; this holds only what the UI needs to know.
import type {MemberContext} from '#shared/auth/context.ts';
import {isPermission, type Permission} from '#shared/auth/permissions.ts';
import {isModule} from '#shared/company/modules.ts';

export type Session = {
  user: {id: string; name: string; email: string; locale: string};
  /** `roles` is absent in a copy saved before members had several roles. */
  member: {id: string; role: string; roles?: string[]};
  company: {id: string; slug: string; name: string};
  permissions: string[];
  withheld?: string[];
  modulesOff?: string[];
};

const KEY = 'dot.session';

export function loadSession(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Session;
    return s?.user?.id && s.company?.id && s.member?.id ? s : null;
  } catch {
    return null;
  }
}

export function saveSession(s: Session): void {
  localStorage.setItem(KEY, JSON.stringify(s));
}

export function clearSession(): void {
  localStorage.removeItem(KEY);
}

export function memberContextOf(s: Session): MemberContext {
  return {
    kind: 'member',
    userID: s.user.id,
    memberID: s.member.id,
    companyID: s.company.id,
    role: s.member.role,
    roles: s.member.roles?.length ? s.member.roles : [s.member.role],
    permissions: s.permissions.filter(isPermission) as Permission[],
    withheld: (s.withheld ?? []).filter(isPermission) as Permission[],
    modulesOff: (s.modulesOff ?? []).filter(isModule),
    via: 'sync',
  };
}
