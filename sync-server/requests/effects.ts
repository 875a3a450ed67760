// What request writes set off, from what the mutator did (its outcome): the
// people mentioned in a comment and a newly responsible person are told,
// enqueued in the write's own transaction so a write and its notice commit
// together.
import type {AuthContext} from '#shared/auth/context.ts';
import {mutators} from '#shared/mutators/index.ts';
import type {RequestOutcome} from '#shared/mutators/requests.ts';
import type {Sql} from '../jobs/queue.ts';
import type {ServerDeps} from '../module/define.ts';
import {afterWrite, type Effect} from '../zero/effects.ts';
import {enqueueAssigned, enqueueMention} from './jobs.ts';

const outcomeOf = (o: unknown) => (o ?? {}) as NonNullable<RequestOutcome>;

export function requestEffects(deps: ServerDeps): Effect[] {
  const assigned = async (sql: Sql, id: string, ctx: AuthContext, outcome: unknown) => {
    const memberId = outcomeOf(outcome).responsibleId;
    if (!memberId) return;
    // One notice per assignment: the transaction id tells this assignment from a later one to the same person.
    const [row] = await sql(`select pg_current_xact_id()::text as tx`, []);
    await enqueueAssigned(sql, deps.clock, ctx.companyID, {
      id,
      memberId,
      by: ctx.kind === 'member' ? ctx.memberID : null,
      key: `${id}:${memberId}:${String(row?.tx)}`,
    });
  };
  return [
    afterWrite(mutators.request.addComment, async ({sql, args, ctx, outcome}) => {
      if (outcomeOf(outcome).mentions) await enqueueMention(sql, deps.clock, ctx.companyID, args.id);
    }),
    afterWrite(mutators.request.create, ({sql, args, ctx, outcome}) => assigned(sql, args.id, ctx, outcome)),
    afterWrite(mutators.request.setResponsible, ({sql, args, ctx, outcome}) => assigned(sql, args.id, ctx, outcome)),
  ];
}
