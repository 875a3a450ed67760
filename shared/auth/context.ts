// Who is acting. The server builds this from the verified session or API key
// only; the copy a device holds is used for optimistic runs and for greying out
// buttons, never trusted.
import type {Permission} from './permissions.ts';

export type MemberContext = {
  readonly kind: 'member';
  readonly userID: string;
  readonly memberID: string;
  readonly companyID: string;
  readonly role: string;
  readonly permissions: readonly Permission[];
  /** How the write arrived, recorded in the audit log. */
  readonly via: 'sync' | 'rest';
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
