// Who is acting in the platform's console: a platform administrator. Its own
// kind, deliberately not part of AuthContext (shared/auth/context.ts): no
// company query, mutator or route accepts it, and the type system says so.
// Reading a company's data needs the company owner's support grant, checked
// per read on the server (sync-server/platform/support).
export type PlatformContext = {
  readonly kind: 'platform';
  readonly adminID: string;
  readonly email: string;
  readonly sessionID: string;
};
