// The messengers' webhooks: /hooks/<telegram|whatsapp|vk>/<shared | channel id>.
// A request is verified against its raw bytes (Telegram's secret header,
// WhatsApp's HMAC signature, VK's secret), each update is stored as a job whose
// dedupe key is the channel's own update id — the same update delivered twice,
// even across a restart, is one job and so one effect — and the channel gets
// its answer at once. Then this process takes the job itself (the fast path);
// if it dies first, the worker takes it (jobs/runner.ts). Bad signature or
// secret: refused, nothing stored. Malformed or unknown: acknowledged (so the
// channel stops retrying), logged, nothing stored.
import express from 'express';
import type pg from 'pg';
import {MESSENGERS} from '#shared/messaging/events.ts';
import type {MessengerKind} from '#schema/tables/messaging.ts';
import type {Clock} from '../clock.ts';
import {claimByKey, enqueue, poolSql} from '../jobs/queue.ts';
import {log} from '../log.ts';
import {webhookFailures} from '../observe/instruments.ts';
import type {Bots} from './bots.ts';
import {handleInbound, type InboundDeps, type InboundJob} from './inbound.ts';
import {runClaimed} from './outbound.ts';

export const inboundKey = (kind: string, bot: string, id: string) => `in:${kind}:${bot}:${id}`;

/** One update at a time per person: two quick taps are answered in the order they came. */
function serialLines() {
  const lines = new Map<string, Promise<void>>();
  return (key: string, work: () => Promise<void>) => {
    const next = (lines.get(key) ?? Promise.resolve()).then(work, work);
    const done = next.catch(() => {});
    lines.set(key, done);
    void done.then(() => lines.get(key) === done && lines.delete(key));
    return next;
  };
}

export function createInbound(deps: InboundDeps & {bots: Bots}) {
  const line = serialLines();
  /** The job handler of 'chat.inbound' (worker and fast path alike). */
  async function run(p: InboundJob): Promise<void> {
    const bot = await deps.bots.get(p.kind, p.bot);
    if (!bot) return; // the channel was removed since: nothing to answer with
    const who = 'from' in p.event ? p.event.from.userId : p.event.id;
    await line(`${p.kind}:${p.bot}:${who}`, () => handleInbound(deps, bot, p.event));
  }
  return {run};
}

export function webhookRouter(deps: {pool: pg.Pool; clock: Clock; bots: Bots; run: (p: InboundJob) => Promise<void>}): express.Router {
  const router = express.Router();
  const raw = express.raw({type: () => true, limit: '1mb'});
  router.all('/hooks/:kind/:bot', raw, async (req, res, next) => {
    try {
      const kind = String(req.params.kind) as MessengerKind;
      const botKey = String(req.params.bot);
      if (!MESSENGERS.includes(kind) || (req.method !== 'POST' && req.method !== 'GET')) return void res.status(404).type('text').send('not found');
      const bot = await deps.bots.get(kind, botKey);
      if (!bot) return void res.status(404).type('text').send('not found');
      const verified = bot.api.verify({
        method: req.method,
        headers: req.headers,
        query: req.query,
        rawBody: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
      });
      if (verified.ok !== true) {
        if (verified.reply.status >= 400) webhookFailures.inc({channel: kind, reason: 'refused'});
        return void res.status(verified.reply.status).type('text').send(verified.reply.body);
      }
      const keys: string[] = [];
      const sql = poolSql(deps.pool);
      for (const event of verified.events) {
        if (event.type === 'ignored' || !event.id) {
          log.info('messaging', `${kind}/${botKey}: update ${event.id || '?'} ignored (${event.type === 'ignored' ? event.reason : 'no id'})`);
          continue;
        }
        const key = inboundKey(kind, botKey, event.id);
        // Button presses carry no date of their own: the moment they arrived.
        const payload: InboundJob = {kind, bot: botKey, event: 'at' in event && !event.at ? {...event, at: deps.clock.now()} : event};
        if (await enqueue(sql, deps.clock, {queue: 'chat.inbound', companyId: bot.companyId, payload, dedupeKey: key, maxAttempts: 8})) keys.push(key);
      }
      res.status(verified.reply.status).type('text').send(verified.reply.body);
      // The answer is out; now the work, in the order the updates came.
      void (async () => {
        for (const key of keys) {
          const job = await claimByKey(deps.pool, deps.clock, key);
          if (job) await runClaimed(deps, job, () => deps.run(job.payload as InboundJob));
        }
      })().catch((e) => log.warn('messaging', `inbound fast path: ${(e as Error).message}`));
    } catch (e) {
      webhookFailures.inc({channel: MESSENGERS.includes(req.params.kind as MessengerKind) ? String(req.params.kind) : 'other', reason: 'error'});
      next(e);
    }
  });
  return router;
}
