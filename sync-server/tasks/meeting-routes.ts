// /api/v1/meetings and /api/v1/commitments: meetings through REST, the same
// named queries and mutators as the app (shared/tasks/access.ts).
import {z} from 'zod';
import {domainError} from '#shared/errors.ts';
import {mutators} from '#shared/mutators/index.ts';
import {queries} from '#shared/queries/index.ts';
import type {MemberContext} from '#shared/auth/context.ts';
import type {HttpDeps} from '../module/define.ts';
import {route} from '../rest/route.ts';
import {rowSchema, toCamel} from '../rest/rows.ts';
import {writeRoute} from '../rest/write-route.ts';

const meetingRow = rowSchema('meeting');
const participantRow = rowSchema('meeting_participant');
const commitmentRow = rowSchema('commitment');
const idParams = z.object({id: z.string().max(128)});

export function meetingRoutes(deps: HttpDeps) {
  const {zdb} = deps;
  const one = async (ctx: MemberContext, id: string) => {
    const row = await zdb.run(queries.meetings.one.fn({args: {id}, ctx}));
    if (!row) throw domainError('not_found');
    const {organizer: _o, commitments, ...rest} = row;
    return {...rest, commitments: commitments.map(({task: _t, ...c}) => c)};
  };
  const common = {tag: 'meetings', entity: 'meeting'} as const;
  return [
    route({
      ...common,
      method: 'get',
      path: '/meetings',
      summary: 'The meetings you may see (every one with meetings.read; those you organise or take part in otherwise), latest first',
      auth: 'member',
      query: z.object({
        from: z.coerce.number().int().nonnegative().optional().describe('Starting at or after (epoch ms).'),
        to: z.coerce.number().int().nonnegative().optional().describe('Starting before (epoch ms).'),
        limit: z.coerce.number().int().min(1).max(500).default(100),
      }),
      response: z.object({data: z.array(meetingRow)}),
      async handler({query, ctx}) {
        let q = queries.meetings.list.fn({args: undefined, ctx});
        if (query.from !== undefined) q = q.where('starts_at', '>=', query.from);
        if (query.to !== undefined) q = q.where('starts_at', '<', query.to);
        const rows = await zdb.run(q.limit(query.limit));
        return {body: {data: toCamel(rows.map(({participants: _p, commitments: _c, ...r}) => r))}};
      },
    }),
    route({
      ...common,
      method: 'get',
      path: '/meetings/:id',
      summary: 'One meeting with its participants and commitments',
      auth: 'member',
      params: idParams,
      response: meetingRow.extend({participants: z.array(participantRow), commitments: z.array(commitmentRow)}),
      async handler({params, ctx}) {
        return {body: toCamel(await one(ctx, params.id))};
      },
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.meeting.save,
      method: 'put',
      path: '/meetings/:id',
      summary:
        'Plan or change a meeting (topic, participants — members or guests by email —, time, place or link, purpose, agenda, repeat); invitations follow',
      response: meetingRow,
      read: (ctx, args) => one(ctx, args.id),
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.meeting.cancel,
      method: 'post',
      path: '/meetings/:id/cancel',
      summary: 'Cancel a meeting (participants are told)',
      status: 204,
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.meeting.commitments,
      method: 'put',
      path: '/meetings/:meetingId/commitments',
      summary: 'Record the commitments at the end of a meeting: what, who, by when, to whom; each new one becomes a task',
      response: meetingRow,
      read: (ctx, args) => one(ctx, args.meetingId),
    }),
    route({
      ...common,
      method: 'get',
      path: '/commitments',
      summary: 'Every commitment of the meetings you may see, with its task’s status (what was promised, by whom, what is late)',
      auth: 'member',
      response: z.object({data: z.array(commitmentRow.extend({taskStatus: z.string().nullable()}))}),
      async handler({ctx}) {
        const rows = await zdb.run(queries.meetings.commitments.fn({args: undefined, ctx}));
        return {body: {data: toCamel(rows.map(({task, meeting: _m, ...c}) => ({...c, task_status: task?.status ?? null})))}};
      },
    }),
  ];
}
