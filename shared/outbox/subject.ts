// The record a write is about, by convention of our mutator arguments: a write
// on a record names it `id`; a write that adds to a record names the record
// `requestId` or `entityId`. Used to mark records "waiting to send" and to put a
// refused attempt in the record's history.
export function subjectOf(args: unknown): string | undefined {
  if (!args || typeof args !== 'object' || Array.isArray(args)) return undefined;
  const a = args as Record<string, unknown>;
  for (const key of ['requestId', 'entityId', 'memberId', 'id']) {
    if (typeof a[key] === 'string') return a[key] as string;
  }
  return undefined;
}

export function opIdOf(args: unknown): string | undefined {
  if (!args || typeof args !== 'object' || Array.isArray(args)) return undefined;
  const op = (args as {opId?: unknown}).opId;
  return typeof op === 'string' && op.length > 0 && op.length <= 64 ? op : undefined;
}
