// The "Договорённости" editor's rows (strings, kept as a draft) and the one
// way they become meeting.commitments' arguments; a carried-in commitment as a
// new row; each meeting's number of commitments and late ones for the list.
import {addDays, dayOf, localToUtc} from '#shared/booking/zone.ts';
import type {FieldIssue} from '#shared/errors.ts';
import {commitmentState} from '#shared/tasks/meetings.ts';
import {commitmentsArgs, type CommitmentsArgs} from '#shared/tasks/validation.ts';
import {toFieldIssues} from '#shared/validation/issues.ts';

export type CommitmentRow = {
  id: string;
  text: string;
  ownerId: string;
  /** "YYYY-MM-DD" in the company's zone. */
  due: string;
  toWhom: 'head' | 'team';
  carriedFrom: string | null;
};

type StoredCommitment = {
  id: string;
  text: string;
  owner_id?: string | null;
  due_at: number;
  to_whom: string;
  carried_from?: string | null;
};

/** A commitment is due by the end of its day in the company's zone (23:59). */
export function dueAtOf(day: string, zone: string): number | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? localToUtc(day, 23 * 60 + 59, zone) : null;
}

export function rowOf(c: StoredCommitment, zone: string): CommitmentRow {
  return {
    id: c.id,
    text: c.text,
    ownerId: c.owner_id ?? '',
    due: dayOf(c.due_at, zone),
    toWhom: c.to_whom === 'head' ? 'head' : 'team',
    carriedFrom: c.carried_from ?? null,
  };
}

/** A new, empty row: due a week after the meeting's day. */
export function newRow(id: string, meetingStart: number, zone: string): CommitmentRow {
  return {id, text: '', ownerId: '', due: addDays(dayOf(meetingStart, zone), 7), toWhom: 'team', carriedFrom: null};
}

/**
 * An open commitment of an earlier meeting taken into this one's list: the
 * same words, person and addressee; its date kept when it is still ahead of
 * this meeting, else a week after this meeting.
 */
export function carriedRow(c: StoredCommitment, id: string, meetingStart: number, zone: string): CommitmentRow {
  const meetingDay = dayOf(meetingStart, zone);
  const due = dayOf(c.due_at, zone);
  return {...rowOf(c, zone), id, due: due > meetingDay ? due : addDays(meetingDay, 7), carriedFrom: c.id};
}

/** Stored rows equal to what the editor shows (nothing to save). */
export function sameRows(a: readonly CommitmentRow[], b: readonly CommitmentRow[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export type CommitmentsResult = {ok: true; args: CommitmentsArgs} | {ok: false; issues: FieldIssue[]};

/**
 * meeting.commitments' arguments from the rows, or what is wrong with them,
 * each issue at `rows.<i>.text|ownerId|due`. A row left wholly empty is
 * dropped, not refused.
 */
export function toCommitmentsArgs(rows: readonly CommitmentRow[], o: {meetingId: string; notes: string; at: number; zone: string}): CommitmentsResult {
  const kept = rows.map((r, i) => ({r, i})).filter(({r}) => r.text.trim() || r.ownerId || r.carriedFrom);
  const issues: FieldIssue[] = [];
  for (const {r, i} of kept) {
    if (!r.text.trim()) issues.push({field: `rows.${i}.text`, code: 'v.required'});
    if (!r.ownerId) issues.push({field: `rows.${i}.ownerId`, code: 'meetings.c.pickOwner'});
    if (dueAtOf(r.due, o.zone) === null) issues.push({field: `rows.${i}.due`, code: 'meetings.c.noDue'});
  }
  if (issues.length) return {ok: false, issues};
  const args: CommitmentsArgs = {
    meetingId: o.meetingId,
    notes: o.notes,
    items: kept.map(({r}) => ({
      id: r.id,
      text: r.text.trim(),
      ownerId: r.ownerId,
      toWhom: r.toWhom,
      dueAt: dueAtOf(r.due, o.zone)!,
      carriedFrom: r.carriedFrom,
    })),
    at: o.at,
  };
  const parsed = commitmentsArgs.safeParse(args);
  if (!parsed.success) {
    return {
      ok: false,
      issues: toFieldIssues(parsed.error.issues).map((issue) => {
        const m = /^items\.(\d+)\.?(\w*)/.exec(issue.field);
        if (!m) return issue;
        const field = m[2] === 'dueAt' ? 'due' : m[2] || 'text';
        return {...issue, field: `rows.${kept[Number(m[1])]!.i}.${field}`};
      }),
    };
  }
  return {ok: true, args};
}

type CountedCommitment = {meeting_id: string; due_at: number; task?: {status: string} | null | undefined};

/** Per meeting: how many commitments, and how many of them are late now. */
export function countsByMeeting(commitments: readonly CountedCommitment[], now: number): Map<string, {total: number; late: number}> {
  const out = new Map<string, {total: number; late: number}>();
  for (const c of commitments) {
    const n = out.get(c.meeting_id) ?? {total: 0, late: 0};
    n.total += 1;
    if (commitmentState(c, c.task?.status, now) === 'late') n.late += 1;
    out.set(c.meeting_id, n);
  }
  return out;
}
