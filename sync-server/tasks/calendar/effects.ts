// What meeting and task writes set off for calendars, in the write's own
// transaction: the invitation job of a saved, cancelled or newly planned
// meeting (with its SEQUENCE after the write), and a Google write for each
// person with a connected Google Calendar whom the meeting or task concerns
// (involved now, or holding a copy to remove). Companies without Google
// connections pay one indexed look-up per write.
import type {MeetingOutcome} from '#shared/mutators/meetings.ts';
import {mutators} from '#shared/mutators/index.ts';
import type {Clock} from '../../clock.ts';
import type {Sql} from '../../jobs/queue.ts';
import type {ServerDeps} from '../../module/define.ts';
import {afterWrite, type Effect} from '../../zero/effects.ts';
import {enqueuePush} from './google/push.ts';
import {enqueueInvite} from './invite.ts';

const version = `(extract(epoch from x.updated_at) * 1000)::float8 as version`;

/** Each connected person the meeting concerns: a Google write of its current version. */
export async function mirrorMeeting(sql: Sql, clock: Clock, companyId: string, meetingId: string): Promise<void> {
  const rows = await sql(
    `select g.member_id, ${version} from google_calendar g join meeting x on x.id = $2 and x.company_id = g.company_id
      where g.company_id = $1 and g.state = 'active'
        and (x.organizer_id = g.member_id
          or exists (select 1 from meeting_participant p where p.meeting_id = x.id and p.member_id = g.member_id)
          or exists (select 1 from google_event e where e.member_id = g.member_id and e.entity = 'meeting' and e.entity_id = x.id))`,
    [companyId, meetingId],
  );
  for (const r of rows) await enqueuePush(sql, clock, companyId, {memberId: String(r.member_id), entity: 'meeting', id: meetingId}, Number(r.version));
}

/** Each connected person working on the task (or holding a copy of its deadline): a Google write. */
export async function mirrorTasks(sql: Sql, clock: Clock, companyId: string, where: 'id' | 'meeting_id' | 'request_id', value: string): Promise<void> {
  const rows = await sql(
    `select g.member_id, x.id, ${version} from google_calendar g join task x on x.${where} = $2 and x.company_id = g.company_id
      where g.company_id = $1 and g.state = 'active'
        and (x.assignee_id = g.member_id
          or exists (select 1 from task_person p where p.task_id = x.id and p.member_id = g.member_id and p.kind = 'co')
          or exists (select 1 from google_event e where e.member_id = g.member_id and e.entity = 'task' and e.entity_id = x.id))`,
    [companyId, value],
  );
  for (const r of rows) await enqueuePush(sql, clock, companyId, {memberId: String(r.member_id), entity: 'task', id: String(r.id)}, Number(r.version));
}

/** The invitation (REQUEST, or CANCEL for a cancelled meeting) of each meeting a write names, at its SEQUENCE now. */
export async function inviteFor(sql: Sql, clock: Clock, companyId: string, outcome: MeetingOutcome): Promise<void> {
  if (!outcome) return;
  for (const id of outcome.meetingIds) {
    const [m] = await sql('select sequence from meeting where id = $1 and company_id = $2', [id, companyId]);
    if (!m) continue;
    await enqueueInvite(sql, clock, companyId, {meetingId: id, sequence: Number(m.sequence), method: outcome.event === 'cancel' ? 'CANCEL' : 'REQUEST'});
    await mirrorMeeting(sql, clock, companyId, id);
  }
}

export function calendarEffects(deps: Pick<ServerDeps, 'clock'>): Effect[] {
  const {clock} = deps;
  const task = ({sql, args, ctx}: {sql: Sql; args: {id: string}; ctx: {companyID: string}}) => mirrorTasks(sql, clock, ctx.companyID, 'id', args.id);
  return [
    afterWrite(mutators.meeting.save, ({sql, ctx, outcome}) => inviteFor(sql, clock, ctx.companyID, outcome as MeetingOutcome)),
    afterWrite(mutators.meeting.cancel, ({sql, ctx, outcome}) => inviteFor(sql, clock, ctx.companyID, outcome as MeetingOutcome)),
    afterWrite(mutators.meeting.commitments, async ({sql, args, ctx, outcome}) => {
      await inviteFor(sql, clock, ctx.companyID, outcome as MeetingOutcome);
      await mirrorMeeting(sql, clock, ctx.companyID, args.meetingId);
      await mirrorTasks(sql, clock, ctx.companyID, 'meeting_id', args.meetingId);
    }),
    // A request entering a status may have made its step tasks.
    afterWrite(mutators.request.setStatus, ({sql, args, ctx}) => mirrorTasks(sql, clock, ctx.companyID, 'request_id', args.id)),
    afterWrite(mutators.task.create, task),
    afterWrite(mutators.task.update, task),
    afterWrite(mutators.task.move, task),
    afterWrite(mutators.task.handIn, task),
  ];
}
