// Free/busy (S1 §5.6): when picking a meeting time, when the chosen members
// are busy — their meetings, their bookings as a master, and the other events
// of a Google Calendar they connected. Times and the kind of source only:
// no topic, client or title ever leaves (privacy).
import {z} from 'zod';
import {domainError} from '#shared/errors.ts';
import {busyIn, busyQuery, type Busy} from '#shared/tasks/calendar/busy.ts';
import {seesMeetings} from '#shared/tasks/access.ts';
import {parseOrThrow} from '#shared/validation/issues.ts';
import {moduleIsOn} from '../../jobs/module-gate.ts';
import type {HttpDeps} from '../../module/define.ts';
import {route} from '../../rest/route.ts';

type Row = {member_id: string; starts_at: Date; ends_at: Date};

export function busyRoutes(deps: Pick<HttpDeps, 'pool'>) {
  const {pool} = deps;
  const range = (companyId: string, ids: string[], from: number, to: number) => [companyId, ids, from, to];
  const overlap = (t: string) => `${t}.ends_at > to_timestamp($3 / 1000.0) and ${t}.starts_at < to_timestamp($4 / 1000.0)`;

  async function meetings(args: unknown[]): Promise<Row[]> {
    const {rows} = await pool.query<Row>(
      `select p.member_id, m.starts_at, m.ends_at from meeting m
         join (select meeting_id, member_id from meeting_participant where company_id = $1 and member_id = any($2)
               union select id, organizer_id from meeting where company_id = $1 and organizer_id = any($2)) p on p.meeting_id = m.id
        where m.company_id = $1 and m.state <> 'cancelled' and ${overlap('m')}`,
      args,
    );
    return rows;
  }

  async function bookings(args: unknown[]): Promise<Row[]> {
    const {rows} = await pool.query<Row>(
      `select bm.member_id, b.starts_at, b.ends_at from booking b join booking_master bm on bm.id = b.master_id
        where b.company_id = $1 and bm.member_id = any($2) and b.status <> 'cancelled' and ${overlap('b')}`,
      args,
    );
    return rows;
  }

  async function external(args: unknown[]): Promise<Row[]> {
    const {rows} = await pool.query<Row>(
      `select g.member_id, g.starts_at, g.ends_at from google_busy g
        where g.company_id = $1 and g.member_id = any($2) and ${overlap('g')}
          and exists (select 1 from google_calendar c where c.member_id = g.member_id and c.company_id = $1)`,
      args,
    );
    return rows;
  }

  return [
    route({
      method: 'get',
      path: '/meetings/busy',
      tag: 'calendar',
      auth: 'member',
      summary:
        'When the chosen members are busy (their meetings, bookings and connected Google Calendar), to pick a meeting time: times only, never what fills them; at most 50 members and 62 days',
      query: z.object({
        members: z.string().describe('Member ids, comma-separated (at most 50).'),
        from: z.string().describe('Start of the period, epoch ms.'),
        to: z.string().describe('End of the period, epoch ms (at most 62 days after from).'),
      }),
      response: z.object({
        data: z.array(z.object({memberId: z.string(), start: z.number(), end: z.number(), kind: z.enum(['meeting', 'booking', 'external'])})),
      }),
      async handler({query, ctx}) {
        if (!seesMeetings(ctx)) throw domainError('not_found');
        const q = parseOrThrow(busyQuery, query);
        const {rows} = await pool.query<{id: string}>('select id from member where company_id = $1 and id = any($2)', [ctx.companyID, q.members]);
        if (rows.length !== q.members.length) throw domainError('validation', {fields: [{field: 'members', code: 'calendar.busy.unknown'}]});
        const args = range(ctx.companyID, q.members, q.from, q.to);
        const tag = (kind: Busy['kind']) => (r: Row) => ({memberId: r.member_id, start: r.starts_at.getTime(), end: r.ends_at.getTime(), kind});
        const list: Busy[] = [
          ...(await meetings(args)).map(tag('meeting')),
          ...((await moduleIsOn(pool, ctx.companyID, 'booking')) ? (await bookings(args)).map(tag('booking')) : []),
          ...(await external(args)).map(tag('external')),
        ];
        return {body: {data: busyIn(list, q.from, q.to)}};
      },
    }),
  ];
}
