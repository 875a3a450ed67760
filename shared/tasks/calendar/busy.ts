// Free/busy (S1 §5.6): when picking a meeting time, when the chosen members
// are busy — only times and where the time comes from, never what it is.
import {z} from 'zod';

export const BUSY_MAX_DAYS = 62;
export const BUSY_MAX_MEMBERS = 50;
const DAY = 86_400_000;

export type BusyKind = 'meeting' | 'booking' | 'external';
export type Busy = {memberId: string; start: number; end: number; kind: BusyKind};

const epoch = z.coerce.number().int('v.invalid').min(0, 'v.invalid').max(8.64e15, 'v.invalid');

/** ?members=<id,id>&from=<ms>&to=<ms>: at most 50 members, at most 62 days. */
export const busyQuery = z
  .object({
    members: z
      .string('v.required')
      .max(50 * 130, 'v.invalid')
      .transform((s) => [...new Set(s.split(',').map((x) => x.trim()))].filter(Boolean))
      .pipe(z.array(z.string().max(128, 'v.invalid')).min(1, 'v.required').max(BUSY_MAX_MEMBERS, 'calendar.busy.members')),
    from: epoch,
    to: epoch,
  })
  .refine((q) => q.to > q.from, {message: 'calendar.busy.order', path: ['to']})
  .refine((q) => q.to - q.from <= BUSY_MAX_DAYS * DAY, {message: 'calendar.busy.range', path: ['to']});

/** Overlaps [from, to): the intervals that touch the range, sorted by member then start; empty ones dropped. */
export function busyIn(list: readonly Busy[], from: number, to: number): Busy[] {
  return list
    .filter((b) => b.end > b.start && b.start < to && b.end > from)
    .sort((a, b) => (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : a.start - b.start || a.end - b.end));
}
