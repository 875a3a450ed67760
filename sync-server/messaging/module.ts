// Messengers (issue 14): the webhooks (public, verified), the bots' inbound
// queue and the outbound send queue, the inbox's and the channels' REST
// routes, and what the inbox's writes set off. One set of bots and one pacer
// per process, shared by all of them.
import type pg from 'pg';
import {defineServerModule, type ServerDeps} from '../module/define.ts';
import type {Executor} from '../zero/execute.ts';
import {createBots, type Bots} from './bots.ts';
import {channelRoutes} from './channel-routes.ts';
import {messagingEffects} from './effects.ts';
import {inboxRoutes} from './inbox-routes.ts';
import {staffRoutes} from './staff-routes.ts';
import {createInbound, webhookRouter} from './webhooks.ts';
import {sendMessage, type SendPayload} from './outbound.ts';
import {createPacer, type Pacer} from './pacing.ts';
import type {InboundJob} from './inbound.ts';
import {memberTelegram} from './staff.ts';
import {fetchMedia, type MediaJob} from './media.ts';
import {storageOf} from '../files/storage-of.ts';
import type {FileStorage} from '../files/storage.ts';
import {chatNotices, clientMessageNotice, type ChatNotices} from './notices.ts';

type Shared = {bots: Bots; pacer: Pacer; storage: FileStorage; run?: (p: InboundJob) => Promise<void>};
const perPool = new WeakMap<pg.Pool, Shared>();

function shared(deps: ServerDeps): Shared {
  let s = perPool.get(deps.pool);
  if (!s) {
    s = {bots: createBots(deps.pool, deps.config), pacer: createPacer(), storage: storageOf(deps.config)};
    perPool.set(deps.pool, s);
    // Members' notices reach their linked Telegram too (notify/notifier.ts).
    if (deps.notify) deps.notify.memberTelegram = memberTelegram({pool: deps.pool, bots: s.bots, pacer: s.pacer});
  }
  return s;
}

function inbound(deps: ServerDeps & {executor: Executor}) {
  const s = shared(deps);
  s.run ??= createInbound({
    ...deps,
    bots: s.bots,
    pacer: s.pacer,
    storage: s.storage,
    onClientMessage: deps.notify ? clientMessageNotice(deps.pool, deps.notify) : undefined,
  }).run;
  return s.run;
}

/** Booking's reminders and review requests through the client's chat (booking/jobs.ts). */
export function chatNoticesFor(deps: ServerDeps & {executor: Executor}): ChatNotices {
  const s = shared(deps);
  return chatNotices({pool: deps.pool, executor: deps.executor, clock: deps.clock, bots: s.bots, pacer: s.pacer});
}

export const messagingServer = defineServerModule({
  key: 'messaging',
  routes: (d) => {
    const {bots, pacer} = shared(d);
    return [...inboxRoutes({...d, bots}), ...channelRoutes({...d, bots}), ...staffRoutes({...d, bots, pacer})];
  },
  pages: (d) => webhookRouter({pool: d.pool, clock: d.clock, bots: shared(d).bots, run: inbound(d)}),
  // Queues are named after the mutator group ("chat"), so a company that switches messengers off has its waiting sends cancelled (jobs/module-gate.ts).
  jobs: (d) => {
    const s = shared(d);
    const run = inbound(d);
    return {
      jobs: {
        'chat.inbound': (job) => run(job.payload as InboundJob),
        'chat.send': (job) => sendMessage({pool: d.pool, clock: d.clock, bots: s.bots, pacer: s.pacer}, job.payload as SendPayload),
        'chat.media': (job) => fetchMedia({pool: d.pool, bots: s.bots, storage: s.storage}, job.payload as MediaJob),
      },
    };
  },
  effects: messagingEffects,
});
