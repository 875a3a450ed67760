// Meeting writes (S1 §5.6; M1–M3): plan or change a meeting with its
// participants (members, and outside guests by email), cancel it, and record
// its commitments at the end — each new commitment becomes a task for the one
// who promised, due when promised, linked back to the meeting (M3). Recording
// them marks the meeting held; a recurring one gets its next occurrence.
// Invitations (.ics by email) and calendars follow from the outcomes
// (sync-server/tasks/effects.ts).
import type {Transaction} from '@rocicorp/zero';
import {zql} from '#schema/zero-schema.ts';
import type {AuthContext} from '../auth/context.ts';
import {derivedId} from '../crm/ids.ts';
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import {mayManageMeetings, visibleMeetings} from '../tasks/access.ts';
import {isOpenTask} from '../tasks/lifecycle.ts';
import {nextStart} from '../tasks/meetings.ts';
import {cancelMeetingArgs, commitmentsArgs, saveMeetingArgs} from '../tasks/validation.ts';
import {assertCan} from '../auth/can.ts';
import {dotMutator} from './define.ts';
import {assertMembers} from './tasks-load.ts';

/** For the server's effects: whom to send the invitation (or its cancellation) to. */
export type MeetingOutcome = {event: 'invite' | 'cancel'; meetingIds: string[]} | undefined;

async function meetingFor(tx: Transaction, ctx: AuthContext, id: string) {
  if (!mayManageMeetings(ctx)) assertCan(ctx, 'meetings.manage');
  const row = await tx.run(visibleMeetings(ctx).where('id', id).one());
  if (!row) throw domainError('not_found');
  return row;
}

type Participant = {memberId: string | null; email: string; name: string};

async function setParticipants(tx: Transaction, ctx: AuthContext, meetingId: string, list: readonly Participant[], at: number) {
  const rows = await tx.run(companyRows('meeting_participant', ctx).where('meeting_id', meetingId));
  const keyOf = (p: {memberId?: string | null; member_id?: string | null; email: string}) => p.memberId ?? p.member_id ?? `@${p.email.toLowerCase()}`;
  const wanted = new Map(list.map((p) => [keyOf(p), p]));
  for (const r of rows) if (!wanted.has(keyOf(r))) await tx.mutate.meeting_participant.delete({id: r.id});
  for (const [key, p] of wanted) {
    if (rows.some((r) => keyOf(r) === key)) continue;
    await tx.mutate.meeting_participant.insert({
      id: derivedId(meetingId, `participant:${key}`),
      company_id: ctx.companyID,
      meeting_id: meetingId,
      member_id: p.memberId,
      email: p.memberId ? '' : p.email.toLowerCase(),
      name: p.name,
      created_at: at,
    });
  }
}

export const meetingMutators = {
  save: dotMutator(saveMeetingArgs, async ({tx, args, ctx}): Promise<MeetingOutcome> => {
    if (!mayManageMeetings(ctx)) assertCan(ctx, 'meetings.manage');
    const participants = args.participants as Participant[];
    await assertMembers(
      tx,
      ctx,
      participants.map((p) => p.memberId),
      'participants',
    );
    const existing = await tx.run(zql.meeting.where('id', args.id).one());
    if (existing && existing.company_id !== ctx.companyID) throw domainError('not_found');
    const fields = {
      topic: args.topic,
      starts_at: args.startsAt,
      ends_at: args.endsAt,
      place: args.place,
      link: args.link,
      purpose: args.purpose,
      agenda: args.agenda,
      notes: args.notes,
      repeat: args.repeat,
      updated_at: args.at,
    };
    if (existing) {
      await meetingFor(tx, ctx, args.id);
      if (existing.state === 'cancelled') throw domainError('forbidden_state', {messageKey: 'tasks.meeting.cancelled'});
      await tx.mutate.meeting.update({id: args.id, ...fields, sequence: existing.sequence + 1});
    } else {
      await tx.mutate.meeting.insert({
        id: args.id,
        company_id: ctx.companyID,
        ...fields,
        organizer_id: ctx.kind === 'member' ? ctx.memberID : null,
        series_id: '',
        state: 'planned',
        sequence: 0,
        created_at: args.at,
      });
    }
    await setParticipants(tx, ctx, args.id, participants, args.at);
    return {event: 'invite', meetingIds: [args.id]};
  }),

  cancel: dotMutator(cancelMeetingArgs, async ({tx, args, ctx}): Promise<MeetingOutcome> => {
    const row = await meetingFor(tx, ctx, args.id);
    if (row.state === 'cancelled') return;
    await tx.mutate.meeting.update({id: args.id, state: 'cancelled', sequence: row.sequence + 1, updated_at: args.at});
    return {event: 'cancel', meetingIds: [args.id]};
  }),

  /** M2–M3: the list of commitments as it stands now; new ones become tasks, changed ones change their open task. */
  commitments: dotMutator(commitmentsArgs, async ({tx, args, ctx}): Promise<MeetingOutcome> => {
    const meeting = await meetingFor(tx, ctx, args.meetingId);
    if (meeting.state === 'cancelled') throw domainError('forbidden_state', {messageKey: 'tasks.meeting.cancelled'});
    await assertMembers(
      tx,
      ctx,
      args.items.map((i) => i.ownerId),
      'ownerId',
    );
    const stored = await tx.run(companyRows('commitment', ctx).where('meeting_id', meeting.id));
    const tasks = await tx.run(companyRows('task', ctx).where('meeting_id', meeting.id));
    const me = ctx.kind === 'member' ? ctx.memberID : null;
    const wanted = new Set(args.items.map((i) => i.id));
    for (const c of stored) {
      if (wanted.has(c.id)) continue;
      await tx.mutate.commitment.delete({id: c.id});
      const t = tasks.find((x) => x.id === c.task_id);
      if (t && isOpenTask(t.status))
        await tx.mutate.task.update({id: t.id, status: 'cancelled', status_since: args.at, closed_at: args.at, updated_at: args.at});
    }
    for (const [i, item] of args.items.entries()) {
      const old = stored.find((c) => c.id === item.id);
      const taskId = old?.task_id ?? derivedId(item.id, 'task');
      const task = tasks.find((x) => x.id === taskId);
      if (old) {
        await tx.mutate.commitment.update({id: item.id, text: item.text, owner_id: item.ownerId, to_whom: item.toWhom, due_at: item.dueAt, position: i});
        if (task && isOpenTask(task.status)) {
          await tx.mutate.task.update({id: task.id, title: item.text.slice(0, 300), assignee_id: item.ownerId, deadline: item.dueAt, updated_at: args.at});
        }
        continue;
      }
      if (stored.some((c) => c.id === item.id) || (await tx.run(zql.commitment.where('id', item.id).one()))) throw domainError('not_found');
      await tx.mutate.task.insert({
        id: taskId,
        company_id: ctx.companyID,
        request_id: null,
        meeting_id: meeting.id,
        parent_id: null,
        step_key: '',
        title: item.text.slice(0, 300),
        description: meeting.topic,
        assignee_id: item.ownerId,
        status: 'todo',
        status_since: args.at,
        priority: 'medium',
        deadline: item.dueAt,
        duration_hours: null,
        startable_at: args.at,
        result_required: false,
        required: true,
        context: [],
        result_text: '',
        result_link: '',
        return_reason: '',
        position: args.at + i,
        created_by: me,
        created_at: args.at,
        updated_at: args.at,
      });
      await tx.mutate.commitment.insert({
        id: item.id,
        company_id: ctx.companyID,
        meeting_id: meeting.id,
        text: item.text,
        owner_id: item.ownerId,
        to_whom: item.toWhom,
        due_at: item.dueAt,
        task_id: taskId,
        carried_from: item.carriedFrom,
        position: i,
        created_at: args.at,
      });
    }
    await tx.mutate.meeting.update({id: meeting.id, state: 'held', ...(args.notes !== undefined && {notes: args.notes}), updated_at: args.at});
    const next = meeting.state === 'held' ? null : await planNext(tx, ctx, meeting, args.at);
    return next ? {event: 'invite', meetingIds: [next]} : undefined;
  }),
};

/** A recurring meeting held: its next occurrence, with the same people (once). */
async function planNext(
  tx: Transaction,
  ctx: AuthContext,
  meeting: {id: string; series_id: string; starts_at: number; ends_at: number; repeat: string},
  at: number,
) {
  if (meeting.repeat === 'none') return null;
  const company = await tx.run(zql.company.where('id', ctx.companyID).one());
  const start = nextStart(meeting.starts_at, meeting.repeat as 'weekly', company?.timezone ?? 'Asia/Almaty');
  if (start === null) return null;
  const id = derivedId(meeting.id, 'next');
  if (await tx.run(zql.meeting.where('id', id).one())) return null;
  const source = await tx.run(companyRows('meeting', ctx).where('id', meeting.id).related('participants').one());
  if (!source) return null;
  await tx.mutate.meeting.insert({
    id,
    company_id: ctx.companyID,
    topic: source.topic,
    starts_at: start,
    ends_at: start + (meeting.ends_at - meeting.starts_at),
    place: source.place,
    link: source.link,
    purpose: source.purpose,
    agenda: '',
    notes: '',
    organizer_id: source.organizer_id ?? null,
    series_id: meeting.series_id || meeting.id,
    repeat: source.repeat,
    state: 'planned',
    sequence: 0,
    created_at: at,
    updated_at: at,
  });
  for (const p of source.participants) {
    const key = p.member_id ?? `@${p.email}`;
    await tx.mutate.meeting_participant.insert({
      id: derivedId(id, `participant:${key}`),
      company_id: ctx.companyID,
      meeting_id: id,
      member_id: p.member_id ?? null,
      email: p.email,
      name: p.name,
      created_at: at,
    });
  }
  return id;
}
