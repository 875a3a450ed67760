// Hop timestamps of sync pushes, for bench/sync-latency.ts only: with
// DOT_SYNC_TRACE=1 each mutation the push endpoint runs prints one line
// "dot-sync-trace {json}" on stdout (wall-clock ms, sub-ms precision, so the
// bench can line them up with the pages' own clocks on the same machine).
// Off (the default) it costs one boolean test per push.
import type {ReadonlyJSONValue} from '@rocicorp/zero';

export const SYNC_TRACE = process.env.DOT_SYNC_TRACE === '1';

export const traceNow = () => performance.timeOrigin + performance.now();

export type PushMarks = {in: number; auth?: number};

/** One mutation's way through our handler: arrival of its push, auth done, transaction open, mutator done, committed. */
export function traceMutation(push: PushMarks, name: string, args: ReadonlyJSONValue | undefined, marks: {tx: number; done: number; commit: number}) {
  if (!SYNC_TRACE) return;
  const a = args && typeof args === 'object' && !Array.isArray(args) ? (args as Record<string, unknown>) : {};
  const line = {name, id: a.id, opId: a.opId, ...push, ...marks};
  process.stdout.write(`dot-sync-trace ${JSON.stringify(line)}\n`);
}
