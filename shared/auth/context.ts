// Who is acting. The server builds this from the verified session or API key
// only; the copy a device holds is used for optimistic runs and for greying out
// buttons, never trusted.
import type {Module} from '../company/modules.ts';
import type {Permission} from './permissions.ts';

export type MemberContext = {
  readonly kind: 'member';
  readonly userID: string;
  readonly memberID: string;
  readonly companyID: string;
  /** The first of `roles`; shown where one role is named. Rules read `roles` and `permissions`. */
  readonly role: string;
  /** Every role the member holds (absent in older copies: then just `role`). */
  readonly roles?: readonly string[];
  /** The union of the roles' permissions, less those of modules switched off. */
  readonly permissions: readonly Permission[];
  /** What the roles grant but a switched-off module withholds: refused with `module_off`, not `not_found`. */
  readonly withheld?: readonly Permission[];
  /** Modules switched off in the company's settings. */
  readonly modulesOff?: readonly Module[];
  /** How the write arrived, recorded in the audit log. */
  readonly via: 'sync' | 'rest' | 'bot';
};

/** A visitor of a public page (request form, booking page): no account. */
export type PublicContext = {
  readonly kind: 'public';
  readonly companyID: string;
};

/** Work the server does by itself on a schedule (SLA escalation, reminders). */
export type SystemContext = {
  readonly kind: 'system';
  readonly companyID: string;
};

export type AuthContext = MemberContext | PublicContext | SystemContext;

/** Every role a member holds. */
export function rolesOf(ctx: MemberContext): readonly string[] {
  return ctx.roles?.length ? ctx.roles : [ctx.role];
}
