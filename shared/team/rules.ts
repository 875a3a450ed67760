// Team rules that both the device (to grey out a control) and the server
// (to refuse) apply.
type MemberLike = {id: string; role: string; active: boolean};

/** A company never loses its last active owner, by role change or deactivation. */
export function wouldRemoveLastOwner(members: readonly MemberLike[], memberId: string, change: {role?: string; active?: boolean}): boolean {
  const after = members.map((m) => (m.id === memberId ? {...m, ...change} : m));
  return !after.some((m) => m.role === 'owner' && m.active);
}
