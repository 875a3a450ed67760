// Who carries how much: one row per person for heads of department, with
// what is open now, what is late, and how the period's closed tasks went
// (how many, how long they took, how many met their deadline). Pure: `now`
// and the period are passed in.

export type WorkTask = {
  readonly assigneeId: string | null;
  readonly open: boolean; // not done and not cancelled
  readonly deadline: number | null;
  readonly createdAt: number;
  readonly closedAt: number | null; // when it was done; null if open
};

export type Workload = {
  readonly memberId: string;
  readonly open: number; // open tasks assigned
  readonly overdue: number; // open with deadline < now
  readonly closed: number; // closed within [from, to)
  readonly avgCloseMs: number | null; // mean (closedAt - createdAt) of those closed in the period; null if none
  readonly onTimeShare: number | null; // share (0..1) of those closed in the period whose closedAt <= deadline (no deadline counts as on time); null if none closed
};

type Tally = {open: number; overdue: number; closed: number; closeMsSum: number; onTime: number};

/**
 * One row per assignee that has any open task or any task closed in the period, sorted by overdue desc, then open desc, then memberId. Unassigned tasks are skipped.
 *
 * A closed task is one not open with a closedAt (a cancelled one has none). A
 * closedAt before createdAt (devices' clocks disagree) counts as 0 ms, so the
 * mean is never negative.
 */
export function workload(tasks: readonly WorkTask[], now: number, period: {readonly from: number; readonly to: number}): Workload[] {
  const tallies = new Map<string, Tally>();
  const tallyOf = (id: string) => {
    let t = tallies.get(id);
    if (!t) tallies.set(id, (t = {open: 0, overdue: 0, closed: 0, closeMsSum: 0, onTime: 0}));
    return t;
  };
  for (const task of tasks) {
    if (task.assigneeId === null) continue;
    if (task.open) {
      const t = tallyOf(task.assigneeId);
      t.open++;
      if (task.deadline !== null && task.deadline < now) t.overdue++;
    } else if (task.closedAt !== null && task.closedAt >= period.from && task.closedAt < period.to) {
      const t = tallyOf(task.assigneeId);
      t.closed++;
      t.closeMsSum += Math.max(0, task.closedAt - task.createdAt);
      if (task.deadline === null || task.closedAt <= task.deadline) t.onTime++;
    }
  }
  const rows: Workload[] = [...tallies].map(([memberId, t]) => ({
    memberId,
    open: t.open,
    overdue: t.overdue,
    closed: t.closed,
    avgCloseMs: t.closed ? t.closeMsSum / t.closed : null,
    onTimeShare: t.closed ? t.onTime / t.closed : null,
  }));
  return rows.sort((a, b) => b.overdue - a.overdue || b.open - a.open || (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0));
}
