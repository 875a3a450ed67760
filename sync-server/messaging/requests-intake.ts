// R1: messages become requests for a company that takes requests rather than
// bookings — with the chat's channel and the link's source, like the site's form.
import type {PublicContext} from '#shared/auth/context.ts';
import {mutators} from '#shared/mutators/index.ts';
import {moduleIsOn} from '../jobs/module-gate.ts';
import {log} from '../log.ts';
import type {InboundDeps} from './inbound.ts';

export /** No master takes bookings here (booking switched off, or nobody set up): the company works with requests. */
async function takesRequestsOnly(deps: InboundDeps, companyId: string): Promise<boolean> {
  if (!(await moduleIsOn(deps.pool, companyId, 'requests'))) return false;
  if (!(await moduleIsOn(deps.pool, companyId, 'booking'))) return true;
  const {rows} = await deps.pool.query('select 1 from booking_master where company_id = $1 and active limit 1', [companyId]);
  return rows.length === 0;
}

export async function requestFromChat(
  deps: InboundDeps,
  companyId: string,
  r: {id: string; name: string; phone: string; text: string; source: string; at: number},
) {
  try {
    await deps.executor.run(
      mutators.request.create({
        id: r.id,
        clientName: r.name.slice(0, 200),
        clientPhone: r.phone,
        text: r.text.slice(0, 5000),
        source: r.source,
        createdAt: r.at,
      }),
      {kind: 'public', companyID: companyId} satisfies PublicContext,
    );
  } catch (e) {
    // Still in the inbox: a request refused (a required field the company added) is not a lost message.
    log.warn('messaging', `request from a chat refused: ${(e as Error).message}`);
  }
}
