// Meetings' rules (S1 §5.6): when the next one of a recurring meeting falls,
// which commitments of earlier meetings of the series are still open (carried
// into the next one's agenda), and the "Commitments" view (M3): what was
// promised to the head and to the team, by whom, and what is late.
import {addDays, dayOf, daysBetween, localToUtc, minuteOfDay} from '../booking/zone.ts';
import {isOpenTask} from './lifecycle.ts';

export type Repeat = 'none' | 'weekly' | 'biweekly' | 'monthly';

function firstOfNextMonth(year: number, month: number): string {
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/** The same local time, 1 or 2 weeks or a month on (the 31st becomes the month's last day), in the company's zone. */
export function nextStart(startsAt: number, repeat: Repeat, timeZone: string): number | null {
  if (repeat === 'none') return null;
  const day = dayOf(startsAt, timeZone);
  const minute = minuteOfDay(startsAt, timeZone);
  if (repeat !== 'monthly') return localToUtc(addDays(day, repeat === 'weekly' ? 7 : 14), minute, timeZone);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = firstOfNextMonth(y, m);
  const [fy, fm] = first.split('-').map(Number) as [number, number];
  const length = daysBetween(first, firstOfNextMonth(fy, fm));
  return localToUtc(addDays(first, Math.min(d, length) - 1), minute, timeZone);
}

type MeetingLike = {readonly id: string; readonly series_id: string; readonly starts_at: number; readonly state: string};
type CommitmentLike = {readonly id: string; readonly meeting_id: string; readonly task_id?: string | null; readonly carried_from?: string | null};
type TaskLike = {readonly id: string; readonly status: string};

const seriesOf = (m: MeetingLike) => m.series_id || m.id;

/**
 * The open commitments of the series' earlier meetings, for `meeting`'s
 * agenda: those whose task is not done, not already carried into a later
 * meeting of the series before this one (each is carried once, to the next).
 */
export function carriedInto<C extends CommitmentLike>(
  meeting: MeetingLike,
  meetings: readonly MeetingLike[],
  commitments: readonly C[],
  tasks: readonly TaskLike[],
): C[] {
  const series = seriesOf(meeting);
  const earlier = new Set(meetings.filter((m) => seriesOf(m) === series && m.starts_at < meeting.starts_at && m.id !== meeting.id).map((m) => m.id));
  const status = new Map(tasks.map((t) => [t.id, t.status]));
  const carriedAlready = new Set(commitments.filter((c) => c.carried_from).map((c) => c.carried_from!));
  return commitments.filter((c) => {
    if (!earlier.has(c.meeting_id) || carriedAlready.has(c.id)) return false;
    const s = c.task_id ? status.get(c.task_id) : undefined;
    return s === undefined ? !!c.task_id : isOpenTask(s);
  });
}

export type CommitmentState = 'done' | 'late' | 'open';

export function commitmentState(c: {readonly due_at: number}, taskStatus: string | undefined, now: number): CommitmentState {
  if (taskStatus && !isOpenTask(taskStatus)) return 'done';
  return c.due_at < now ? 'late' : 'open';
}

/** M3: the commitments view — to the head first, then to the team; late ones first in each, then by due date. */
export function commitmentBoard<C extends {readonly id: string; readonly to_whom: string; readonly due_at: number; readonly task_id?: string | null}>(
  commitments: readonly C[],
  taskStatus: (taskId: string) => string | undefined,
  now: number,
): {head: (C & {state: CommitmentState})[]; team: (C & {state: CommitmentState})[]; late: number} {
  const rank = {late: 0, open: 1, done: 2} as const;
  const rows = commitments
    .map((c) => ({...c, state: commitmentState(c, c.task_id ? taskStatus(c.task_id) : undefined, now)}))
    .sort((a, b) => rank[a.state] - rank[b.state] || a.due_at - b.due_at || (a.id < b.id ? -1 : 1));
  return {head: rows.filter((r) => r.to_whom === 'head'), team: rows.filter((r) => r.to_whom !== 'head'), late: rows.filter((r) => r.state === 'late').length};
}
